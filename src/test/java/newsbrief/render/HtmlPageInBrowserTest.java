package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import newsbrief.TestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML page opened in a real browser, headless Chromium, at a phone's width and a desktop's:
 * it must load from the file alone, show the stories and sources as text, and draw a page. The
 * screenshots are kept in {@code target/page-screenshots/} to look at. Skipped, with the reason,
 * where {@code /usr/bin/chromium} is not installed ({@code .ci/run} installs it).
 */
class HtmlPageInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  /** A guard against a browser that hangs, not a measure of speed. */
  private static final long BROWSER_MINUTES = 3;

  @TempDir static Path work;
  private static Path page;

  @BeforeAll
  static void writeThePage() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no headless browser: " + CHROMIUM
        + " is not installed (apt-get install chromium; .ci/run does it)");
    page = work.resolve("day-brief.html");
    Files.writeString(page, new HtmlRenderer().render(HtmlPages.day()), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource({"phone, 390, 844", "desktop, 1280, 900"})
  void theBrowserDrawsThePageAndShowsItsText(String device, int width, int height) throws Exception {
    Path screenshots = TestSupport.projectDir().resolve("target/page-screenshots");
    Files.createDirectories(screenshots);
    Path screenshot = screenshots.resolve("day-brief-" + device + ".png");
    Files.deleteIfExists(screenshot);
    chromium(device + "-shot", "--screenshot=" + screenshot, "--window-size=" + width + "," + height);
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertTrue(image != null, "no PNG written at " + screenshot);
    assertEquals(width, image.getWidth());
    assertTrue(distinctColours(image) > 50, "the screenshot looks blank: " + screenshot);

    Document shown = Jsoup.parse(chromium(device + "-dom", "--dump-dom", "--window-size=" + width + "," + height));
    String text = shown.body().text();
    for (String expected : List.of("Daily brief, 2024-11-01 to 2024-11-03", "Talks resume",
        "1 Nov: Talks resumed in Doha on Monday. [1]", "A storm closed the port of Valen for two days",
        "Also reported", "Wire One, \u201cTalks resume\u201d, 2024-11-01", "Coast Radio, 2024-11-02")) {
      assertTrue(text.contains(expected), "the browser does not show \"" + expected + "\": " + text);
    }
    assertEquals("https://wire.example/talks", shown.selectFirst("a.cite").attr("href"));
  }

  /** Runs Chromium on the page with a fresh profile; its standard output. */
  private static String chromium(String run, String... options) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(work.resolve("profile-" + run));
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
    command.addAll(List.of(options));
    command.add(page.toUri().toString());
    Path out = work.resolve(run + ".out");
    Path log = work.resolve(run + ".log");
    Process browser = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
    if (!browser.waitFor(BROWSER_MINUTES, TimeUnit.MINUTES)) {
      browser.destroyForcibly();
      throw new AssertionError("Chromium did not finish within " + BROWSER_MINUTES + " minutes: " + String.join(" ", command));
    }
    assertEquals(0, browser.exitValue(), "Chromium failed: " + Files.readString(log));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
