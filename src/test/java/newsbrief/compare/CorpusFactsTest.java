package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts of a corpus as a partition of its sentences, and the facts a choice covers. */
class CorpusFactsTest {
  private static final CorpusFacts THREE = new CorpusFacts(List.of(
      new CorpusFacts.Fact(List.of(0, 3), 2), new CorpusFacts.Fact(List.of(1), 1), new CorpusFacts.Fact(List.of(2, 4), 1)));

  @Test
  void aChoiceCoversTheFactsOfItsSentencesEachOnce() {
    assertEquals(List.of(), THREE.coveredBy(List.of()));
    assertEquals(List.of(0), THREE.coveredBy(List.of(3)));
    assertEquals(List.of(0, 2), THREE.coveredBy(List.of(4, 0, 3)));
    assertEquals(1, THREE.sharedCount());
    assertEquals(2, THREE.factOf(4));
  }

  @Test
  void everySentenceMustBeInExactlyOneFact() {
    assertThrows(IllegalArgumentException.class, () -> new CorpusFacts(List.of(
        new CorpusFacts.Fact(List.of(0, 1), 1), new CorpusFacts.Fact(List.of(1), 1))));
    assertThrows(IllegalArgumentException.class, () -> new CorpusFacts(List.of(new CorpusFacts.Fact(List.of(0, 2), 1))));
    assertThrows(IllegalArgumentException.class, () -> new CorpusFacts.Fact(List.of(), 1));
    assertThrows(IllegalArgumentException.class, () -> new CorpusFacts.Fact(List.of(0), 0));
    assertThrows(IndexOutOfBoundsException.class, () -> THREE.factOf(5));
  }

  @Test
  void eachSentenceAloneIsOneFactASentence() {
    CorpusFacts alone = CorpusFacts.eachSentenceAlone(3);
    assertEquals(3, alone.size());
    assertEquals(List.of(0, 2), alone.coveredBy(List.of(2, 0)));
    assertEquals(0, alone.sharedCount());
  }
}
