package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import newsbrief.StageTimings.Stage;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  @Test
  void drawsOnOneLineThroughTheWriterAndEndsItAtOneHundredPercent() {
    StringWriter err = new StringWriter();
    try (ProgressDisplay display = new ProgressDisplay(new PrintWriter(err), 70, 1200)) {
      for (Stage stage : Stage.values()) {
        display.started(stage);
        display.finished(stage);
      }
    }
    String drawn = err.toString();
    assertTrue(drawn.startsWith("\r1,200 articles"), drawn.replace("\r", "<CR>"));
    assertTrue(drawn.endsWith("\n"), drawn);
    String last = drawn.substring(drawn.lastIndexOf('\r') + 1).strip();
    assertTrue(last.contains("100%"), last);
    assertTrue(last.length() <= 70, last.length() + ": " + last);
  }
}
