package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.load.PlanLoader;
import dev.rustplan.testing.Rustplan;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans in the layouts other chatbots write, one subject each (src/test/resources/plans/): each is
 * read with the right days, weeks, topics, activities and resources, seen through `show --json`
 * and `week` as a learner would.
 */
class PlanLayoutsTest {

  @TempDir Path home;

  static Path plan(String name) {
    try {
      return Path.of(PlanLayoutsTest.class.getResource("/plans/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Rustplan rustplan(String name) {
    return new Rustplan(home).env("RUSTPLAN_PLAN", plan(name).toString());
  }

  /** Day N's JSON, as `show N --json` prints it. */
  private static JsonNode day(Rustplan rustplan, int day) {
    return rustplan.run("show", Integer.toString(day), "--json").json();
  }

  /** Each resource as "title <url>" (or the title alone without a link), in order. */
  private static List<String> resources(JsonNode day) {
    List<String> out = new ArrayList<>();
    day.get("resources").forEach(r -> out.add(r.get("title").asText()
        + (r.get("url").isNull() ? "" : " <" + r.get("url").asText() + ">")));
    return out;
  }

  private static void place(JsonNode day, String topic, String activity, String kind, int week, String weekTheme,
      int phase, String phaseName) {
    assertThat(day.get("topic").asText()).as("topic of day %s", day.get("day")).isEqualTo(topic);
    assertThat(day.get("activity").asText()).as("activity of day %s", day.get("day")).isEqualTo(activity);
    assertThat(day.get("kind").asText()).as("kind of day %s", day.get("day")).isEqualTo(kind);
    assertThat(day.get("week").asInt()).as("week of day %s", day.get("day")).isEqualTo(week);
    assertThat(day.get("weekTheme").asText()).as("theme of day %s", day.get("day")).isEqualTo(weekTheme);
    assertThat(day.get("phase").asInt()).as("phase of day %s", day.get("day")).isEqualTo(phase);
    assertThat(day.get("phaseName").asText()).as("phase name of day %s", day.get("day")).isEqualTo(phaseName);
  }

  @Test
  void emojiInHeadingsColumnsInAnyOrderAndDayCellsWrittenAnyWay() {
    Rustplan r = rustplan("http/http-caching.md");
    assertThat(r.run("plan", "check")).succeeds().out().endsWith("7 days in 2 weeks and 2 phases; no errors, no warnings\n");
    // Leading and trailing emoji are not part of the names, and the phase's declared range is checked.
    assertThat(r.run("plan")).succeeds().out()
        .startsWith("Two Weeks of HTTP Caching\n7 days in 2 weeks and 2 phases\n")
        .contains("Phase 1 \u00b7 How Caches Decide \u00b7 days 1-4\n")
        .containsPattern("Week 1 +days 1-4 +Freshness and Validation\n");
    // Columns Topic | Day | Resources | Activities | Time | Deliverable; days "Day 1", "D2", "3." and "4".
    place(day(r, 1), "What a cache stores", "Read the overview, list the caches between you and your server",
        "lesson", 1, "Freshness and Validation", 1, "How Caches Decide");
    place(day(r, 2), "`Cache-Control` directives", "Try `max-age`, `no-cache` and `no-store` with `curl -I`",
        "lesson", 1, "Freshness and Validation", 1, "How Caches Decide");
    place(day(r, 3), "Validators", "`ETag` and `Last-Modified`, conditional requests",
        "lesson", 1, "Freshness and Validation", 1, "How Caches Decide");
    place(day(r, 4), "A caching proxy", "Put nginx in front of an app and watch `X-Cache-Status`",
        "practice", 1, "Freshness and Validation", 1, "How Caches Decide");
    place(day(r, 7), "Cache a real site", "Cache a page for an hour and prove it with headers",
        "capstone", 2, "CDNs", 2, "Caches in Production");
    assertThat(r.run("week", "1")).succeeds().out()
        .startsWith("Week 1 \u00b7 Freshness and Validation \u00b7 days 1-4 (4 days)\nPhase 1 \u00b7 How Caches Decide\n")
        .contains("4 \u25cb  Practice: A caching proxy");
  }

  @Test
  void aPlanWithoutACatalogKeepsItsOwnLinksAndGetsNoneOfRusts() {
    Rustplan r = rustplan("http/http-caching.md");
    // A Markdown link shows its text and keeps its link; "RFCs" is not the Rust RFC Book.
    assertThat(resources(day(r, 1))).containsExactly(
        "MDN: HTTP caching <https://developer.mozilla.org/en-US/docs/Web/HTTP/Caching>", "RFCs");
    // Stack Overflow's HTTP caching tag, not its Rust tag; "name (https://...)" is the name with its link.
    assertThat(resources(day(r, 2))).containsExactly(
        "Stack Overflow: HTTP caching <https://stackoverflow.com/questions/tagged/http-caching>",
        "RFC 9111 <https://www.rfc-editor.org/rfc/rfc9111>");
    // A bare URL is its own title; "API guidelines" are not the Rust API Guidelines.
    assertThat(resources(day(r, 3))).containsExactly(
        "https://www.rfc-editor.org/rfc/rfc9110#name-etag <https://www.rfc-editor.org/rfc/rfc9110#name-etag>",
        "API guidelines");
    // A comma inside emphasis does not cut a title; a cell with semicolons is cut at those alone.
    assertThat(resources(day(r, 4))).containsExactly("*Use The Index, Luke* (for the database behind it)", "nginx docs");
    assertThat(resources(day(r, 5))).containsExactly("Cloudflare docs", "\"Caching, and how to purge it\" (Fastly blog)");
    assertThat(r.run("show", "2")).succeeds().out()
        .contains("Stack Overflow: HTTP caching\n    https://stackoverflow.com/questions/tagged/http-caching\n")
        .doesNotContain("[Stack Overflow").doesNotContain("questions/tagged/rust");
  }

  @Test
  void weeksWithoutPhasesABlockOfWeeksAndSubHeadings() {
    Rustplan r = rustplan("go/go-basics.md");
    assertThat(r.run("plan", "check")).succeeds().out().endsWith("9 days in 3 weeks and 1 phase; no errors, no warnings\n");
    // "## Week 1 — Language Basics" with "#### Reading" and "#### Practice" sub-headings around its table.
    place(day(r, 1), "Packages and modules", "`go mod init`, write a `main` package", "lesson", 1, "Language Basics",
        1, "");
    place(day(r, 3), "Structs and methods", "Model a bank account", "lesson", 1, "Language Basics", 1, "");
    // "## Week 2-3: Interfaces and Concurrency" is one week numbered 2 that answers to 3 as well.
    place(day(r, 4), "Interfaces", "Implement `io.Reader`", "lesson", 2, "Interfaces and Concurrency", 1, "");
    assertThat(r.run("week", "3")).succeeds().out()
        .startsWith("Week 2-3 \u00b7 Interfaces and Concurrency \u00b7 days 4-7 (4 days)\n");
    assertThat(r.run("week", "3").out()).isEqualTo(r.run("week", "2").out());
    // "## Week 4 (Days 8–9): Services": the range before the theme, with an en dash.
    place(day(r, 9), "A URL shortener", "Build it, test it, ship it", "capstone", 4, "Services", 1, "");
    assertThat(r.run("week", "5")).failsWith(2, "week must be between 1 and 4, got 5");

    Plan plan = PlanLoader.load(PlanSource.file(plan("go/go-basics.md"), "test")).requirePlan();
    assertThat(plan.hasPhases()).isFalse();
    assertThat(plan.phases()).singleElement().satisfies(p -> assertThat(p.headed()).isFalse());
    assertThat(plan.requireWeek(3).label()).isEqualTo("2-3");
  }

  @Test
  void daysAsHeadingsAndAsBoldLinesWithTheirFieldsUnderThem() {
    Rustplan r = rustplan("music/music-theory.md");
    assertThat(r.run("plan", "check")).succeeds().out().endsWith("6 days in 2 weeks and 2 phases; no errors, no warnings\n");
    // "### Day 1: ..." with bullets: **Activity:**, **Resources:** and a list under it, **Time:**.
    JsonNode one = day(r, 1);
    place(one, "Half steps and whole steps", "Play the chromatic scale on one string and name each note", "lesson", 1,
        "Hearing Distances", 1, "Intervals");
    assertThat(resources(one)).containsExactly(
        "musictheory.net: Steps and Accidentals <https://www.musictheory.net/lessons/8>",
        "*Music Theory for Guitarists*, by Tom Kolb");
    // A budget after the topic, "(45 min)", is not part of it; "**Resources:** a, b" is cut like a cell.
    place(day(r, 2), "Major and minor thirds", "Find every major third on the G and B strings", "lesson", 1,
        "Hearing Distances", 1, "Intervals");
    assertThat(resources(day(r, 2))).containsExactly("musictheory.net", "ear training app");
    // Plain text under the heading is the activity.
    place(day(r, 3), "Perfect fourths and fifths", "Sing the interval before you play it.", "lesson", 1,
        "Hearing Distances", 1, "Intervals");
    assertThat(resources(day(r, 3))).containsExactly(
        "Teoria: interval ear training <https://www.teoria.com/en/exercises/ie.php>");
    // "**Day 4 — Major triads**" paragraphs, with "**Activity:**" and "**Resources:**" lines.
    place(day(r, 4), "Major triads", "Play C, F and G in three positions each", "lesson", 2, "Triads", 2, "Chords");
    assertThat(resources(day(r, 4))).containsExactly("Justin Guitar <https://www.justinguitar.com>");
    place(day(r, 5), "Minor triads", "Play Am, Dm and Em in three positions each; Compare each with its major triad",
        "lesson", 2, "Triads", 2, "Chords");
    assertThat(resources(day(r, 5))).isEmpty();
    place(day(r, 6), "A chord melody", "Harmonize *Twinkle, Twinkle* with triads", "practice", 2, "Triads", 2, "Chords");
    assertThat(r.run("week", "2")).succeeds().out()
        .startsWith("Week 2 \u00b7 Triads \u00b7 days 4-6 (3 days)\nPhase 2 \u00b7 Chords\n")
        .containsPattern("6 \u25cb +Practice: A chord");
  }

  @Test
  void daysAsListItems() {
    Rustplan r = rustplan("statistics/statistics.md");
    assertThat(r.run("plan", "check")).succeeds().out().endsWith("3 days in 1 week and 1 phase; no errors, no warnings\n");
    // "- **Day 1:** Topic — activity" on one line.
    place(day(r, 1), "Mean, median and mode", "compute them by hand for ten numbers", "lesson", 1, "Summaries", 1,
        "Describing Data");
    // "- **Day 2:** Topic" with its fields as a nested list.
    place(day(r, 2), "Spread", "Variance and standard deviation of the same ten numbers", "lesson", 1, "Summaries", 1,
        "Describing Data");
    assertThat(resources(day(r, 2))).containsExactly(
        "Khan Academy: Variance <https://www.khanacademy.org/math/statistics-probability>", "OpenIntro Statistics");
    place(day(r, 3), "Distributions", "Draw a histogram of your commute times", "lesson", 1, "Summaries", 1,
        "Describing Data");
    assertThat(r.run("week", "1")).succeeds().out().contains("2 \u25cb  Spread");
  }

  @Test
  void aPlanWrittenInYamlWithPhases() {
    Rustplan r = rustplan("kubernetes/kubernetes.yaml");
    assertThat(r.run("plan", "check")).succeeds().out().endsWith("4 days in 2 weeks and 2 phases; no errors, no warnings\n");
    assertThat(r.run("plan")).succeeds().out().startsWith("Kubernetes from Zero\n4 days in 2 weeks and 2 phases\n");
    JsonNode one = day(r, 1);
    place(one, "What a Pod is", "Run `kubectl run` and read the Pod's YAML back", "lesson", 1, "Pods and Deployments", 1,
        "Running Things");
    assertThat(one.get("plan").asText()).isEqualTo("kubernetes");
    assertThat(resources(one)).containsExactly("Pods <https://kubernetes.io/docs/concepts/workloads/pods/>",
        "Kubernetes Up & Running, chapter 5");
    // One string is cut like a cell; a {title, url} mapping is a resource as given.
    assertThat(resources(day(r, 2))).containsExactly(
        "Deployments <https://kubernetes.io/docs/concepts/workloads/controllers/deployment/>", "kubectl cheat sheet");
    assertThat(resources(day(r, 3))).containsExactly(
        "Service <https://kubernetes.io/docs/concepts/services-networking/service/>");
    place(day(r, 4), "Ingress", "Put an Ingress in front of two Services", "capstone", 2, "Services", 2,
        "Connecting Things");
    assertThat(r.run("week", "2")).succeeds().out()
        .startsWith("Week 2 \u00b7 Services \u00b7 days 3-4 (2 days)\nPhase 2 \u00b7 Connecting Things\n");
    assertThat(r.run("resources")).succeeds().out().contains("Kubernetes documentation")
        .contains("https://kubernetes.io/docs/home/");
  }

  @Test
  void aPlanWrittenInYamlWithWeeksAloneAndAGapInItsWeekNumbers() {
    Rustplan r = rustplan("spanish/spanish.yaml");
    Path file = plan("spanish/spanish.yaml");
    assertThat(r.run("plan", "check")).succeeds().out().isEqualTo(
        file + ":12:1: warning: week 3 follows week 1, so the plan has no week 2 ('rustplan week 2' finds none);"
            + " number the weeks 1, 2, 3, ... without gaps\n"
            + file + ": 3 days in 2 weeks and 1 phase; no errors, 1 warning\n");
    place(day(r, 1), "Greetings", "Say hello and goodbye in five ways", "lesson", 1, "Getting Around", 1, "");
    // A list item is one resource, its comma and all.
    assertThat(resources(day(r, 1))).containsExactly("Duolingo, unit 1",
        "SpanishDict: greetings <https://www.spanishdict.com/guide/spanish-greetings>");
    place(day(r, 3), "Ordering food", "Order a meal out loud, three courses", "lesson", 3, "Eating Out", 1, "");
    assertThat(r.run("week", "3")).succeeds().out().startsWith("Week 3 \u00b7 Eating Out \u00b7 ");
    // The week the plan skips is named as such, not as out of range.
    assertThat(r.run("week", "2")).failsWith(2, "rustplan: the plan has no week 2: its weeks are 1, 3");
    assertThat(r.run("week", "4")).failsWith(2, "week must be between 1 and 3, got 4");
  }
}
