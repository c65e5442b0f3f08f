package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Rustplan;
import dev.rustplan.testing.Screens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `report --html FILE` through the command line: the page is written whole and private, never over
 * a file without --force, holds no script and nothing to fetch, and shows every note as it was
 * typed. How it lays out in a real browser: ReportInBrowserTest.
 */
class ReportCommandTest {

  @TempDir Path home;
  @TempDir Path out;

  private Rustplan on(String date) {
    return new Rustplan(home).today(date);
  }

  @Test
  void thePageIsWrittenPrivateAndNeverOverAFileWithoutForce() throws Exception {
    Screens.Journal.FORTY_DAYS.make(home);
    Path page = out.resolve("sub/report.html");

    assertThat(on(Screens.FORTY_DAYS_TODAY).env("COLUMNS", "200").run("report", "--html", page.toString())).succeeds()
        .out().isEqualTo("Wrote the report to " + page + "\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page))).isEqualTo("rw-------");
    String first = Files.readString(page);
    assertThat(first).startsWith("<!DOCTYPE html>").endsWith("</html>\n");

    assertThat(on(Screens.FORTY_DAYS_TODAY).run("report", "--html", page.toString()))
        .failsWith(1, page + " already exists; rustplan never writes over a file without --force: add --force,"
            + " or choose another --html");
    assertThat(Files.readString(page)).isEqualTo(first);

    assertThat(on("2026-04-18").run("log", "--minutes", "30")).succeeds();
    assertThat(on("2026-04-18").run("report", "--html", page.toString(), "--force")).succeeds();
    assertThat(Files.readString(page)).isNotEqualTo(first).contains("Report of Sat 18 Apr 2026");
    try (var files = Files.list(page.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(page);
    }
  }

  @Test
  void aFolderOrAPlanNotStartedIsRefusedInOneLine() {
    assertThat(on("2026-03-02").run("report", "--html", out.resolve("r.html").toString()))
        .failsWith(2, "the plan has not started yet");
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("report", "--html", out.toString()))
        .failsWith(2, "--html " + out + " is a folder; give the name of the file to write");
    assertThat(on("2026-03-02").run("report")).failsWith(2, "--html");
  }

  @Test
  void theShippedPageHasNoScriptAndFetchesNothing() throws Exception {
    Screens.Journal.FORTY_DAYS.make(home);
    Path page = out.resolve("report.html");
    assertThat(on(Screens.FORTY_DAYS_TODAY).run("report", "--html", page.toString())).succeeds();
    String html = Files.readString(page);

    assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "@import", "url(", "<iframe",
        "<object", "<embed", "<img");
    assertThat(html).as("an event handler attribute").doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=");
    Matcher links = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    while (links.find()) {
      assertThat(links.group(2)).as("%s=%s", links.group(1), links.group(2)).doesNotContainPattern("(?i)^(https?:)?//");
    }
    // The calendar from the start to the last scheduled day, and a bar for each week with minutes.
    assertThat(count(html, "<rect class=\"cell ")).isEqualTo(100);
    assertThat(count(html, "<span class=\"bar\" ")).isEqualTo(7);
    assertThat(html).contains("<h2>Weekly Progress Log</h2>", "<h2>Calendar</h2>", "<h2>Minutes per week</h2>",
        "current streak", "longest streak", "<h2>Notes, day by day</h2>");
  }

  @Test
  void notesAreShownAsTypedAndPostsLinkedRelativeToThePage() throws Exception {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").stdin("fn main() { println!(\"</code></pre><b>{}</b>\", 1 < 2 && 3 > 2); }\n")
        .run("log", "--learned", "<script>alert('x')</script> & \"quotes\" <!-- not a comment -->",
            "--question", "is <T> a tag?", "--code", "-", "--minutes", "30")).succeeds();
    assertThat(on("2026-03-02").run("done")).succeeds();
    Path posts = out.resolve("my posts");
    assertThat(on("2026-03-02").run("blog", "1", "--out", posts.toString())).succeeds();
    Path page = out.resolve("report/index.html");
    assertThat(on("2026-03-03").run("report", "--html", page.toString())).succeeds();
    String html = Files.readString(page);

    assertThat(html).contains("<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"
        + " &lt;!-- not a comment --&gt;</li>");
    assertThat(html).contains("<li>is &lt;T&gt; a tag?</li>");
    assertThat(html).contains("<pre><code>fn main() { println!(&quot;&lt;/code&gt;&lt;/pre&gt;&lt;b&gt;{}&lt;/b&gt;&quot;,"
        + " 1 &lt; 2 &amp;&amp; 3 &gt; 2); }");
    assertThat(count(html, "<script")).isZero();
    assertThat(html).contains("<a href=\"../my%20posts/2026-03-02-100-days-of-rust-week-1.md\">"
        + "2026-03-02-100-days-of-rust-week-1.md</a>");
    assertThat(page.getParent().resolve("../my posts/2026-03-02-100-days-of-rust-week-1.md").normalize()).exists();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
