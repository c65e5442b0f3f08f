package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.plan.PlanMeta;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.load.PlanLoader;
import dev.rustplan.testing.JsonText;
import dev.rustplan.testing.ParsedPost;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's metadata file (NAME.yaml beside NAME.md): its name in the headers, its posts, and a bad one refused. */
class PlanMetadataTest {

  @TempDir Path dir;

  private Path home() {
    return dir.resolve("home");
  }

  /** The SQL plan, copied with its catalog into a folder of its own, so that a metadata file can go beside it. */
  private Path sqlPlan() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("sql"));
    Path plans = Path.of(PlanMetadataTest.class.getResource("/plans/10-days-of-sql.md").toURI()).getParent();
    Files.copy(plans.resolve("resources.yaml"), folder.resolve("resources.yaml"));
    return Files.copy(plans.resolve("10-days-of-sql.md"), folder.resolve("10-days-of-sql.md"));
  }

  private static Path beside(Path plan, String extension) {
    return plan.resolveSibling(PlanSource.stem(plan.getFileName().toString()) + extension);
  }

  /** A small good plan without a metadata file, its days on lines 9-12. */
  private Path smallPlan(String fileName) throws Exception {
    Path file = Files.createDirectories(dir.resolve("small")).resolve(fileName);
    Files.writeString(file, """
        # Four days of Go

        ## Phase 1: Start (Days 1-4)

        ### Week 1: First Steps

        | Day | Topic | Activity | Resource |
        |-----|-------|----------|----------|
        | 1 | Slices | Append until it reallocates | Go spec |
        | 2 | Maps | Iterate in random order | Go spec |
        | 3 | Interfaces | Implement `io.Reader` | Go spec |
        | 4 | **Practice:** A CLI | Write `wc` | Go spec |
        """);
    return file;
  }

  /** A first note, so that blog drafts a begun week, without the note about an untouched one. */
  private static Rustplan begun(Rustplan rustplan) {
    assertThat(rustplan.run("start")).succeeds();
    assertThat(rustplan.run("log", "1", "--learned", "a first note")).succeeds();
    return rustplan;
  }

  @Test
  void theBundledPlanIsNamedByItsMetadataNotByTheBlogPostItCameIn() {
    Rustplan rustplan = new Rustplan(home());
    assertThat(rustplan.run("plan")).succeeds().out().startsWith("100 Days of Rust\n");
    assertThat(rustplan.run("start")).succeeds().out().startsWith("Started \u201c100 Days of Rust\u201d on 2026-03-02.");
    assertThat(rustplan.run("progress")).succeeds().out().startsWith("100 Days of Rust: progress");
    assertThat(rustplan.run("calendar")).succeeds().out().startsWith("100 Days of Rust: calendar");
    assertThat(rustplan.run("plan")).succeeds().out().doesNotContain("Asking Copilot");

    PlanMeta meta = PlanLoader.load(PlanSource.bundled()).requirePlan().meta();
    assertThat(meta).isEqualTo(new PlanMeta("100 Days of Rust", "100-days-of-rust", new Budget(30, 45),
        new PlanMeta.Posts("{name}: Week {week} - {theme}", List.of("rust", "learning", "100-days-of-rust"))));
    assertThat(meta.budget().text()).isEqualTo("30-45 minutes");
  }

  @Test
  void anotherPlansMetadataNamesItBudgetsItAndTitlesAndTagsItsPosts() throws Exception {
    Path plan = sqlPlan();
    Files.writeString(beside(plan, ".yaml"), """
        name: SQL in Ten Days
        short: sql-in-ten-days
        budget: {min: 20, max: 25}
        posts:
          title: "{name}, week {week}: {theme}"
          tags: [sql, postgres, "2026"]
        """);
    Rustplan rustplan = new Rustplan(home()).env("RUSTPLAN_PLAN", plan.toString());

    assertThat(rustplan.run("plan")).succeeds().out().startsWith("SQL in Ten Days\n10 days in 2 weeks and 2 phases\n");
    assertThat(rustplan.run("start")).succeeds().out().startsWith("Started \u201cSQL in Ten Days\u201d");
    // Today's page and JSON give the plan's own budget, not the bundled 30-45 minutes.
    assertThat(rustplan.run("today")).succeeds().out().contains(" · 20-25 min\n").doesNotContain("30-45");
    assertThat(rustplan.run("today", "--json").json().path("budget").asText()).isEqualTo("20-25 minutes");
    assertThat(rustplan.run("plan", "check")).succeeds().out()
        .isEqualTo(plan + ": 10 days in 2 weeks and 2 phases; no errors, no warnings\n");
    // The id keys the learner's progress: it stays the file's, whatever the metadata calls the plan.
    assertThat(rustplan.run("show", "1", "--json")).succeeds().out().contains("\"plan\" : \"10-days-of-sql\"");
    Budget budget = PlanLoader.load(PlanSource.file(plan, "test")).requirePlan().meta().budget();
    assertThat(budget.minMinutes()).isEqualTo(20);
    assertThat(budget.maxMinutes()).isEqualTo(25);
    assertThat(budget.text()).isEqualTo("20-25 minutes");

    Result blog = begun(rustplan).run("blog", "1");
    Path post = home().resolve("posts/2026-03-02-sql-in-ten-days-week-1.md");
    assertThat(blog).succeeds().out().isEqualTo(post + "\n");
    assertThat(ParsedPost.of(Files.readString(post)).frontMatter().get("title").asText())
        .isEqualTo("SQL in Ten Days, week 1: How a Query Runs");

    // The tags reach a template through tagsYaml and tagsToml, quoted where YAML would read a number.
    Path template = Files.writeString(dir.resolve("tags.md"),
        "{{#yaml}}---\ntitle: {{titleQuoted}}\ntags: {{tagsYaml}}\n---\n{{/yaml}}"
            + "{{#toml}}+++\ntitle = {{titleQuoted}}\ntags = {{tagsToml}}\n+++\n{{/toml}}"
            + "Part of [{{planName}}](/tags/{{planShort}}).\n");
    Result yaml = rustplan.run("blog", "1", "--stdout", "--template", template.toString());
    assertThat(yaml).succeeds().out()
        .isEqualTo("---\ntitle: \"SQL in Ten Days, week 1: How a Query Runs\"\ntags: [sql, postgres, \"2026\"]\n---\n"
            + "Part of [SQL in Ten Days](/tags/sql-in-ten-days).\n");
    assertThat(JsonText.of(ParsedPost.of(yaml.out()).frontMatter().get("tags"))).isEqualTo("[sql, postgres, 2026]");
    assertThat(ParsedPost.of(yaml.out()).frontMatter().get("tags").get(2).isTextual()).isTrue();
    Result toml = rustplan.run("blog", "1", "--stdout", "--template", template.toString(), "--front-matter", "toml");
    assertThat(toml).succeeds().out().startsWith("+++\ntitle = \"SQL in Ten Days, week 1: How a Query Runs\"\n"
        + "tags = [\"sql\", \"postgres\", \"2026\"]\n+++\n");
    assertThat(JsonText.of(ParsedPost.of(toml.out()).frontMatter().get("tags"))).isEqualTo("[sql, postgres, 2026]");
  }

  @Test
  void aPlanWithoutMetadataIsNamedByItsHeadingAndItsPostsByItsFileName() throws Exception {
    Path plan = smallPlan("Go Basics.md");
    Rustplan rustplan = new Rustplan(home()).env("RUSTPLAN_PLAN", plan.toString());

    assertThat(rustplan.run("plan")).succeeds().out().startsWith("Four days of Go\n4 days in 1 week and 1 phase\n");
    Result blog = begun(rustplan).run("blog", "1");
    Path post = home().resolve("posts/2026-03-02-go-basics-week-1.md");
    assertThat(blog).succeeds().out().isEqualTo(post + "\n");
    ParsedPost parsed = ParsedPost.of(Files.readString(post));
    assertThat(parsed.frontMatter().get("title").asText()).isEqualTo("Four days of Go: Week 1 - First Steps");
    assertThat(Files.readString(post)).doesNotContain("100 Days of Rust:");

    PlanMeta meta = PlanLoader.load(PlanSource.file(plan, "test")).requirePlan().meta();
    assertThat(meta.shortName()).isEqualTo("go-basics");
    assertThat(meta.budget()).isEqualTo(PlanMeta.DEFAULT_BUDGET);
    assertThat(meta.posts().tags()).containsExactly("rust", "learning", "go-basics");
  }

  @Test
  void aYmlFileIsReadTooAndOnlyTheKeysItGivesChange() throws Exception {
    Path plan = smallPlan("go.md");
    Files.writeString(beside(plan, ".yml"), "# only the name\nname: Go, Briefly\n");
    Rustplan rustplan = new Rustplan(home()).env("RUSTPLAN_PLAN", plan.toString());

    assertThat(rustplan.run("plan")).succeeds().out().startsWith("Go, Briefly\n");
    assertThat(begun(rustplan).run("blog", "1", "--stdout")).succeeds().out()
        .startsWith("---\ntitle: \"Go, Briefly: Week 1 - First Steps\"\n");
    PlanMeta meta = PlanLoader.load(PlanSource.file(plan, "test")).requirePlan().meta();
    assertThat(meta).isEqualTo(new PlanMeta("Go, Briefly", "go", PlanMeta.DEFAULT_BUDGET, PlanMeta.Posts.defaults("go")));
  }

  @Test
  void theBudgetIsReadInItsThreeFormsAndStrictly() throws Exception {
    Path plan = smallPlan("go.md");
    Path meta = beside(plan, ".yaml");
    for (String[] form : new String[][] {{"30-45 minutes", "30-45 minutes"}, {"20 minutes", "20 minutes"},
        {"{min: 1, max: 1440}", "1-1440 minutes"}, {"\"15-15 minutes\"", "15 minutes"}}) {
      Files.writeString(meta, "budget: " + form[0] + "\n");
      assertThat(PlanLoader.load(PlanSource.file(plan, "test")).requirePlan().meta().budget().text())
          .as(form[0]).isEqualTo(form[1]);
    }
    String forms = "budget must be minutes as '30-45 minutes', '30 minutes' or {min: 30, max: 45}";
    for (String[] bad : new String[][] {
        {"45-30 minutes", "budget '45-30 minutes' starts above where it ends; put the smaller number first, as in '30-45 minutes'"},
        {"{min: 45, max: 30}", "budget {min: 45, max: 30} starts above where it ends; put the smaller number first, as in {min: 30, max: 45}"},
        {"{min: 99999999999, max: 3}", "budget must lie between 1 and 1440 minutes (a day), got {min: 99999999999, max: 3}"},
        {"30-45", forms + ", got '30-45'"},
        {"30 - 45 minutes", forms + ", got '30 - 45 minutes'"},
        {"half an hour", forms + ", got 'half an hour'"},
        {"30", forms + ", got a number"},
        {"[30, 45]", forms + ", got a list"},
        {"0-10 minutes", "budget must lie between 1 and 1440 minutes (a day), got '0-10 minutes'"},
        {"{min: 30, max: 2000}", "budget must lie between 1 and 1440 minutes (a day), got {min: 30, max: 2000}"},
        {"{min: 30}", "budget needs both min and max, as in {min: 30, max: 45}"},
        {"{min: 30, max: 45, avg: 40}", "unknown key 'avg' under budget; the keys there are min and max"},
        {"{min: 30, max: forty}", "budget.max must be a whole number of minutes, got text"}}) {
      Files.writeString(meta, "budget: " + bad[0] + "\n");
      assertThat(new Rustplan(home()).run("--plan", plan.toString(), "show", "1")).as(bad[0])
          .failsWith(1, meta + ":1:", ": error: " + bad[1]);
    }
  }

  @Test
  void aWrongMetadataFileIsRefusedWithOneLineNamingItsFileLineAndWhatIsAllowed() throws Exception {
    Path plan = smallPlan("go.md");
    Path meta = beside(plan, ".yaml");
    Rustplan rustplan = new Rustplan(home()).env("RUSTPLAN_PLAN", plan.toString());

    Files.writeString(meta, "name: Go\nnmae: Go again\n");
    assertThat(rustplan.run("today")).failsWith(1,
        meta + ":2:1: error: unknown key 'nmae'; plan metadata has the keys name, short, budget, posts and catalog");
    Result check = rustplan.run("plan", "check");
    assertThat(check).failsWithReportOnStdout(1).out().isEqualTo(
        meta + ":2:1: error: unknown key 'nmae'; plan metadata has the keys name, short, budget, posts and catalog\n"
            + plan + ": 1 error, no warnings; rustplan cannot use this plan until the errors are fixed\n");

    String[][] cases = {
        {"name: [Go, Rust]\n", ":1:7: error: name must be text, as in 'name: 100 Days of Rust', got a list"},
        {"name:\n", ":1:6: error: name must be text, as in 'name: 100 Days of Rust', got nothing"},
        {"name: \"\"\n", ":1:7: error: name is empty; give it a value, or leave the key out for the default"},
        {"name: yes\n", ":1:7: error: name must be text, as in 'name: 100 Days of Rust', got true or false (put text that reads so in quotes)"},
        {"name: \"Two\\nlines\"\n", ":1:7: error: name must be one line of text without control characters, got 'Two lines'"},
        {"name: A\nname: B\n", ":2:1: error: 'name' is given twice; keep one"},
        {"short: Go Basics\n", ":1:8: error: short must be lower-case letters, digits and single hyphens, as in"
            + " '100-days-of-rust' (it goes into the posts' file names), got 'Go Basics'"},
        {"short: ../up\n", ":1:8: error: short must be lower-case letters, digits and single hyphens, as in"
            + " '100-days-of-rust' (it goes into the posts' file names), got '../up'"},
        {"posts:\n  title: \"Week {weak}\"\n", ":2:10: error: posts.title has {weak}, which rustplan cannot fill;"
            + " the placeholders are {name}, {short}, {week} and {theme}"},
        {"posts:\n  tags: rust\n", ":2:9: error: posts.tags must be a list, as in [rust, learning], got text"},
        {"posts:\n  tags: [rust, {a: b}]\n", ":2:16: error: each of posts.tags must be text, as in [rust, learning], got a mapping"},
        {"posts:\n  tag: [rust]\n", ":2:3: error: unknown key 'tag' under posts; the keys there are title and tags"},
        {"posts: weekly\n", ":1:8: error: posts must be a mapping of title and tags"},
        {"- name: Go\n", ":1:1: error: not plan metadata: it is a YAML mapping of the keys name, short, budget, posts and catalog"},
        {"name: [Go\nshort: go\n", ":2:6: error: not valid YAML: expected ',' or ']', but got :"},
        {"name: &n Go\nshort: *n\n", ":2:8: error: YAML aliases (*n) are not read in plan metadata; write the value out"},
        {"name: Go\n---\nname: Rust\n", ":3:1: error: more than one YAML document (a second ---); keep one"}};
    for (String[] c : cases) {
      Files.writeString(meta, c[0]);
      assertThat(rustplan.run("plan")).as(c[0]).failsWith(1, meta + c[1]);
    }
    Files.write(meta, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xFF, '\n'});
    assertThat(rustplan.run("plan")).failsWith(1, meta + ":1:1: error: not UTF-8 text (byte 0xFF), so not plan metadata; save it as UTF-8");
  }

  @Test
  void severalErrorsAreListedUnderOneLineAndATitleWithoutAWeekIsAWarning() throws Exception {
    Path plan = smallPlan("go.md");
    Path meta = beside(plan, ".yaml");
    Rustplan rustplan = new Rustplan(home()).env("RUSTPLAN_PLAN", plan.toString());

    Files.writeString(meta, "budget: 45-30 minutes\nposts: {tags: []}\nextra: 1\n");
    assertThat(rustplan.run("show", "1")).failsWithPlanDiagnostics(1,
        "cannot use plan " + plan + ": it has 2 errors",
        meta + ":1:9: error: budget '45-30 minutes' starts above where it ends",
        meta + ":3:1: error: unknown key 'extra'");

    Files.writeString(meta, "posts:\n  title: My Go notes\n  tags: []\n");
    assertThat(rustplan.run("plan", "check")).succeeds().out().isEqualTo(
        meta + ":2:10: warning: posts.title has no {week}, so every week's post gets the same title\n"
            + plan + ": 4 days in 1 week and 1 phase; no errors, 1 warning\n");
    assertThat(begun(rustplan).run("blog", "1", "--stdout")).succeeds().out().startsWith("---\ntitle: \"My Go notes\"\n");
  }

  @Test
  void twoMetadataFilesAreOneTooMany() throws Exception {
    Path plan = smallPlan("go.md");
    Files.writeString(beside(plan, ".yaml"), "name: Go\n");
    Files.writeString(beside(plan, ".yml"), "name: Go too\n");

    assertThat(new Rustplan(home()).run("--plan", plan.toString(), "plan")).failsWith(1,
        beside(plan, ".yml") + ":1:1: error: the plan has two metadata files, " + beside(plan, ".yaml")
            + " and this one; keep one (rustplan reads NAME.yaml, else NAME.yml)");
  }

  @Test
  void theCatalogIsNeverTakenForAPlansMetadata() throws Exception {
    Path plan = smallPlan("resources.md");
    Files.writeString(plan.resolveSibling("resources.yaml"), "resources: []\n");

    assertThat(new Rustplan(home()).run("--plan", plan.toString(), "plan")).succeeds().out().startsWith("Four days of Go\n");
  }

  @Test
  void catalogNoneLeavesTheCellsAsWrittenEvenWithACatalogBesideThePlan() throws Exception {
    Path plan = sqlPlan();
    Rustplan rustplan = new Rustplan(home()).env("RUSTPLAN_PLAN", plan.toString());
    assertThat(rustplan.run("show", "2")).succeeds().out().contains("https://www.postgresql.org/docs/current/using-explain.html");
    Files.writeString(beside(plan, ".yaml"), "catalog: none\n");
    assertThat(rustplan.run("show", "2")).succeeds().out().contains("PG docs \"Using EXPLAIN\"").doesNotContain("https://");
  }

  @Test
  void aPlanWrittenInYamlHoldsItsMetadataItselfAndReadsNoFileBesideIt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("yaml"));
    Path plan = Files.writeString(folder.resolve("go.yaml"), """
        name: Go, in YAML
        budget: 15 minutes
        posts: {title: "Go {week}", tags: [go]}
        weeks:
          - theme: Basics
            days:
              - {topic: Slices, activity: Append}
        """);
    Files.writeString(folder.resolve("go.yml"), "nmae: not read\n");
    Rustplan rustplan = new Rustplan(home()).env("RUSTPLAN_PLAN", plan.toString());
    assertThat(rustplan.run("plan")).succeeds().out().startsWith("Go, in YAML\n1 day in 1 week and 1 phase\n");
    PlanMeta meta = PlanLoader.load(PlanSource.file(plan, "test")).requirePlan().meta();
    assertThat(meta).isEqualTo(new PlanMeta("Go, in YAML", "go", new Budget(15, 15), new PlanMeta.Posts("Go {week}",
        List.of("go"))));
    // Its metadata keys are checked as a metadata file's are.
    Files.writeString(plan, Files.readString(plan).replace("budget: 15 minutes", "budget: a while"));
    assertThat(rustplan.run("plan")).failsWith(1, plan + ":2:9: error: budget must be minutes as '30-45 minutes',"
        + " '30 minutes' or {min: 30, max: 45}, got 'a while'");
  }
}
