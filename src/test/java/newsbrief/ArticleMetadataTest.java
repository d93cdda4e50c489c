package newsbrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleMetadataTest {
  @Test
  void extrasAreKeptSortedByKeyAndCannotBeChanged() {
    Map<String, String> extra = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (char c = 'z'; c >= 'a'; c--) {
      extra.put("key-" + c, "value");
      keys.add(0, "key-" + c);
    }
    ArticleMetadata metadata = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), extra);
    assertEquals(keys, new ArrayList<>(metadata.extra().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> metadata.extra().put("a", "b"));
    assertEquals(metadata, new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        new HashMap<>(extra)));
  }

  @Test
  void blankFieldsAreNotStated() {
    ArticleMetadata metadata = new ArticleMetadata(Optional.of("  "), Optional.of(" Reuters "), null, null, null);
    assertEquals(Optional.empty(), metadata.title());
    assertEquals(Optional.of("Reuters"), metadata.outlet());
    assertEquals(Map.of(), metadata.extra());
  }
}
