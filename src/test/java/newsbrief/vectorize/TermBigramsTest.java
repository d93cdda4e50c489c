package newsbrief.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermBigramsTest {
  @Test
  void fewerThanTwoTermsGainNothing() {
    assertEquals(List.of(), TermBigrams.withBigrams(List.of()));
    assertEquals(List.of("bridg"), TermBigrams.withBigrams(List.of("bridg")));
  }

  @Test
  void adjacentTermsBecomeOneMoreTermEach() {
    assertEquals(List.of("bridg", "reopen", "bridg reopen"), TermBigrams.withBigrams(List.of("bridg", "reopen")));
    assertEquals(List.of("a", "b", "a", "a b", "b a"), TermBigrams.withBigrams(List.of("a", "b", "a")));
  }
}
