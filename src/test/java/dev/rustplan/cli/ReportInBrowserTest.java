package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.Chromium;
import dev.rustplan.testing.Rustplan;
import dev.rustplan.testing.Screens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report written by `rustplan report --html` opened in the real Chromium (headless, through
 * its DevTools protocol) at a phone's width (390 CSS pixels, emulated as a phone) and a laptop's
 * (1280): it loads with no console message, error or request but for the page itself, and the
 * rendered layout has every calendar cell and every week's bar on the page: of some size, inside
 * the viewport, none over another, and the page never wider than the viewport. The shipped page
 * is measured as it is (the measuring expression runs in the browser, not in the page), and the
 * screenshots are kept in target/report-screens for a person to look at.
 */
class ReportInBrowserTest {

  /** What the measuring expression reads from the rendered page, as JSON. */
  private static final String MEASURE = """
      (() => {
        const box = e => { const r = e.getBoundingClientRect();
          return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height}; };
        return JSON.stringify({
          viewport: document.documentElement.clientWidth,
          pageWidth: document.documentElement.scrollWidth,
          scripts: document.scripts.length,
          cells: [...document.querySelectorAll('svg.heatmap rect.cell')].map(box),
          bars: [...document.querySelectorAll('#weeks .bar')].map(box),
          code: [...document.querySelectorAll('pre')].map(box),
          text: document.body.innerText
        });
      })()""";

  @TempDir static Path dir;

  private static Path page;
  private static Chromium chromium;

  @BeforeAll
  static void writeTheReport() throws Exception {
    Path home = Files.createDirectory(dir.resolve("home"));
    Screens.Journal.FORTY_DAYS.make(home);
    Rustplan r = new Rustplan(home).today(Screens.FORTY_DAYS_TODAY);
    // A note with a long word and a long line of code: neither may widen a phone's page.
    assertThat(r.stdin("let very_long_line = [" + "1, ".repeat(80) + "];\n").run("log", "--learned",
        "https://doc.rust-lang.org/std/pin/index.html#a-very-long-address-without-any-space-in-it-at-all <b>not bold</b>",
        "--code", "-", "--minutes", "20")).succeeds();
    assertThat(r.run("blog", "1")).succeeds();
    page = dir.resolve("out/report.html");
    assertThat(r.run("report", "--html", page.toString())).succeeds();
    chromium = Chromium.start(Files.createDirectory(dir.resolve("profile")));
  }

  @AfterAll
  static void stopChromium() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @ParameterizedTest(name = "{0} pixels wide")
  @ValueSource(ints = {390, 1280})
  void theCalendarAndTheWeeksAreLaidOutOnThePage(int width) throws Exception {
    Chromium.Rendered rendered = chromium.render(page.toUri(), width, MEASURE);
    Path screens = Files.createDirectories(Path.of("target", "report-screens"));
    Files.write(screens.resolve("report-" + width + ".png"), rendered.screenshot());

    assertThat(rendered.errors()).as("console messages and errors").isEmpty();
    assertThat(rendered.requests()).as("requests").containsExactly(page.toUri().toString());
    JsonNode m = rendered.measured();
    int viewport = m.get("viewport").asInt();
    assertThat(viewport).isEqualTo(width);
    assertThat(m.get("pageWidth").asInt()).as("the page's width: nothing scrolls sideways").isLessThanOrEqualTo(viewport);
    assertThat(m.get("scripts").asInt()).isZero();

    List<Box> cells = boxes(m.get("cells"));
    assertThat(cells).hasSize(100);
    assertLaidOut("calendar cell", cells, viewport);
    // Square, and big enough to tap or see: at least 12 pixels.
    assertThat(cells).allSatisfy(c -> assertThat(c.w()).isGreaterThanOrEqualTo(12).isCloseTo(c.h(), org.assertj.core.data.Offset.offset(0.5)));
    List<Box> bars = boxes(m.get("bars"));
    assertThat(bars).hasSize(7);
    assertLaidOut("week bar", bars, viewport);
    // The bars in order of their weeks, one under the other, and the longest week's the longest.
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i).y()).isGreaterThan(bars.get(i - 1).y());
    }
    assertThat(bars.stream().mapToDouble(Box::w).max().orElseThrow()).isEqualTo(bars.get(3).w());
    for (Box code : boxes(m.get("code"))) {
      assertThat(code.x() + code.w()).as("a code block").isLessThanOrEqualTo(viewport);
    }
    assertThat(m.get("text").asText()).contains("<b>not bold</b>", "Weekly Progress Log", "-100-days-of-rust-week-1.md");
  }

  @Test
  void theBrowserHarnessHearsWhatAPageComplainsOf() throws Exception {
    Path broken = dir.resolve("broken.html");
    Files.writeString(broken, "<!DOCTYPE html><title>x</title><img src=\"missing.png\"><script>console.error('oops')</script>");

    Chromium.Rendered rendered = chromium.render(broken.toUri(), 390, "JSON.stringify({})");

    assertThat(String.join("\n", rendered.errors())).contains("oops", "missing.png");
    assertThat(rendered.requests()).hasSize(2);
  }

  record Box(double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
  }

  private static List<Box> boxes(JsonNode array) {
    List<Box> boxes = new ArrayList<>();
    array.forEach(b -> boxes.add(new Box(b.get("x").asDouble(), b.get("y").asDouble(), b.get("w").asDouble(),
        b.get("h").asDouble())));
    return boxes;
  }

  private static void assertLaidOut(String what, List<Box> boxes, int viewport) {
    for (int i = 0; i < boxes.size(); i++) {
      Box b = boxes.get(i);
      assertThat(b.w()).as("%s %d's width", what, i).isPositive();
      assertThat(b.h()).as("%s %d's height", what, i).isPositive();
      assertThat(b.x()).as("%s %d's left", what, i).isGreaterThanOrEqualTo(0);
      assertThat(b.x() + b.w()).as("%s %d's right", what, i).isLessThanOrEqualTo(viewport);
      for (int j = 0; j < i; j++) {
        assertThat(b.overlaps(boxes.get(j))).as("%s %d over %d: %s, %s", what, i, j, b, boxes.get(j)).isFalse();
      }
    }
  }
}
