package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.ParsedPost;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export` in each format, read back by a real parser, and `import` of the json into other journals. */
class ExportImportTest {

  /** Code that holds a fence of its own: the export must lengthen the fence around it. */
  private static final String DOC_TEST =
      """
      /// ```
      /// assert_eq!(parts(&[1, 2, 3]).1, 3);
      /// ```
      pub fn parts(s: &[u8]) -> (*const u8, usize) {
          (s.as_ptr(), s.len())
      }
      """;

  @TempDir Path dir;

  private Rustplan learner() {
    return new Rustplan(dir.resolve("home"));
  }

  /** Two days with notes of every kind, a day done and one skipped, a setting, a review. */
  private Rustplan learnerWithNotes() {
    Rustplan r = learner();
    ok(r.today("2026-03-02").run("start"));
    ok(r.run("log", "1", "--learned", "`repr(C)` keeps the field order",
        "--learned", "Padding goes between fields:\nthe struct's alignment is its largest field's",
        "--question", "Why is `repr(packed)` unsafe to borrow from?", "--resource", "RfR Ch. 1",
        "--minutes", "40", "--aha", "The compiler reorders fields", "--struggle", "Niche optimisation"));
    ok(r.run("done", "1", "--hard"));
    ok(r.today("2026-03-03").stdin(DOC_TEST).run("log", "2", "--code", "-", "--lang", "rust"));
    ok(r.run("log", "2", "--learned", "`repr(C)` keeps the field order", "--minutes", "25"));
    ok(r.run("skip", "3"));
    ok(r.run("config", "front-matter", "toml"));
    return r;
  }

  private static void ok(Result result) {
    assertThat(result).succeeds();
  }

  @Test
  void markdownIsTheLearningJournalInTheLayoutOfTheDailyTemplate() {
    Result result = learnerWithNotes().today("2026-03-04").run("export", "--format", "md");
    assertThat(result).succeeds();
    Node doc = Parser.builder().build().parse(result.out());
    ParsedPost md = new ParsedPost("none", null, doc);

    assertThat(md.headings()).containsExactly(
        "# Learning journal: 100 Days of Rust",
        "## Day 1: Rust memory layout fundamentals",
        "### What I Learned", "### Code I Wrote", "### Questions That Arose", "### Resources Used",
        "### Time Spent: 40 minutes", "### Aha Moments", "### Struggles",
        "## Day 2: Size, alignment, and padding",
        "### What I Learned", "### Code I Wrote", "### Questions That Arose", "### Resources Used",
        "### Time Spent: 25 minutes");
    assertThat(result.out()).contains("*Started 2026-03-02 · 1 of 100 days done · 65 minutes · exported 2026-03-04*",
        "*Week 1 · lesson · done on 2026-03-02*", "*Week 1 · lesson · doing*");
    // A note of two lines stays one list item; inline code stays code.
    List<String> learned = items(md.section("What I Learned"));
    assertThat(learned).containsExactly("`repr(C)` keeps the field order",
        "Padding goes between fields:\nthe struct's alignment is its largest field's");
    assertThat(md.sectionText("Questions That Arose")).isEqualTo("Why is `repr(packed)` unsafe to borrow from?\n");
    // The snippet comes back whole, its own ``` fence and all, under a longer fence.
    List<FencedCodeBlock> code = md.codeBlocks();
    assertThat(code).hasSize(1);
    assertThat(code.get(0).getLiteral()).isEqualTo(DOC_TEST);
    assertThat(code.get(0).getInfo()).isEqualTo("rust");
    assertThat(code.get(0).getOpeningFenceLength()).isEqualTo(4);
    // Day 3 was skipped with no notes: no section.
    assertThat(result.out()).doesNotContain("Day 3");
  }

  private static List<String> items(List<Node> section) {
    BulletList list = (BulletList) section.stream().filter(BulletList.class::isInstance).findFirst().orElseThrow();
    java.util.ArrayList<String> texts = new java.util.ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      texts.add(ParsedPost.text((ListItem) item).strip());
    }
    return texts;
  }

  @Test
  void csvIsOneRowPerDayThatASpreadsheetReads() throws IOException {
    Result result = learnerWithNotes().run("export", "--format", "csv");
    assertThat(result).succeeds();
    assertThat(result.out()).startsWith("day,date,status,minutes,learned,code,questions,resources,aha,struggles,topic\r\n");

    List<Map<String, String>> rows = csv(result.out());
    assertThat(rows).hasSize(100);
    assertThat(rows.get(0)).containsAllEntriesOf(Map.of("day", "1", "date", "2026-03-02", "status", "done",
        "minutes", "40", "learned", "2", "code", "0", "questions", "1", "resources", "1", "aha", "1", "struggles", "1"));
    assertThat(rows.get(0).get("topic")).isEqualTo("Rust memory layout fundamentals");
    assertThat(rows.get(1)).containsAllEntriesOf(Map.of("day", "2", "date", "", "status", "doing",
        "minutes", "25", "learned", "1", "code", "1", "topic", "Size, alignment, and padding"));
    assertThat(rows.get(2)).containsAllEntriesOf(Map.of("date", "2026-03-03", "status", "skipped", "minutes", "0",
        "learned", "0"));
    assertThat(rows.get(99)).containsAllEntriesOf(Map.of("day", "100", "status", "todo", "topic", "Profile and optimize"));
  }

  @Test
  void csvQuotesWhatNeedsQuotingAsRfc4180Says() throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Path source = Path.of(getClass().getResource("/plans/10-days-of-sql.md").toURI());
    Files.copy(source.resolveSibling("resources.yaml"), plans.resolve("resources.yaml"));
    String topic = "Logical \"query\" order, step by step";
    Path plan = Files.writeString(plans.resolve("sql.md"),
        Files.readString(source).replace("| 1 | Logical query order |", "| 1 | " + topic + " |"));
    Rustplan r = learner().env("RUSTPLAN_PLAN", plan.toString());

    Result result = r.run("export", "--format", "csv");
    assertThat(result).succeeds().out().contains("\r\n1,,todo,0,0,0,0,0,0,0,\"Logical \"\"query\"\" order, step by step\"\r\n");
    List<Map<String, String>> rows = csv(result.out());
    assertThat(rows).hasSize(10);
    assertThat(rows.get(0).get("topic")).isEqualTo(topic);
    assertThat(rows.get(1).get("topic")).isEqualTo("Reading `EXPLAIN`");
  }

  private static List<Map<String, String>> csv(String text) throws IOException {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).build();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(true)).readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void jsonImportedIntoAnEmptyJournalGivesTheSameJournalAndTwiceAddsNothing() throws IOException {
    Rustplan mine = learnerWithNotes();
    Result export = mine.today("2026-03-04").run("export", "--format", "json");
    assertThat(export).succeeds();
    JsonNode document = new ObjectMapper().readTree(export.out());
    assertThat(document.path("format").asText()).isEqualTo("rustplan-journal");
    assertThat(document.path("version").asInt()).isEqualTo(1);
    assertThat(document.path("exported").asText()).isEqualTo("2026-03-04");
    assertThat(document.path("journal")).isEqualTo(new JournalFile(mine.home()).json());
    Path file = Files.writeString(dir.resolve("journal.json"), export.out());

    Rustplan other = new Rustplan(dir.resolve("other")).today("2026-03-05");
    assertThat(other.env("COLUMNS", "300").run("import", file.toString())).succeeds().out()
        .isEqualTo("Imported from " + file + ": 1 start date, 8 notes, 2 study sessions, 3 days' statuses,"
            + " 1 review and 1 setting, on 3 days.\n");
    byte[] imported = new JournalFile(other.home()).bytes();
    assertThat(new String(imported, StandardCharsets.UTF_8)).isEqualTo(new JournalFile(mine.home()).text());

    assertThat(other.env("COLUMNS", "300").run("import", file.toString())).succeeds().out()
        .isEqualTo("Nothing to import: everything in " + file + " is already in your journal.\n");
    assertThat(new JournalFile(other.home()).bytes()).isEqualTo(imported);
  }

  @Test
  void importMergesWithoutDuplicatingNotesAlreadyThere() throws IOException {
    Rustplan mine = learnerWithNotes();
    Path file = dir.resolve("journal.json");
    assertThat(mine.run("export", "--format", "json", "--out", file.toString())).succeeds();

    // Another journal that logged some of the same notes, one of them twice, and others of its own.
    Rustplan other = new Rustplan(dir.resolve("other")).today("2026-03-02");
    ok(other.run("start", "--date", "2026-03-01"));
    ok(other.run("log", "1", "--learned", "`repr(C)` keeps the field order", "--learned", "`repr(C)` keeps the field order",
        "--learned", "Only mine", "--minutes", "50"));
    ok(other.run("config", "front-matter", "yaml"));

    assertThat(other.env("COLUMNS", "300").run("import", file.toString())).succeeds().out()
        .isEqualTo("Imported from " + file + ": 7 notes, 1 study session, 3 days' statuses and 1 review, on 3 days.\n");
    JournalFile journal = new JournalFile(other.home());
    assertThat(journal.plan().path("started").asText()).isEqualTo("2026-03-01");
    JsonNode day1 = journal.day(1);
    assertThat(day1.path("status").asText()).isEqualTo("done");
    assertThat(day1.path("notes").path("learned").toString()).isEqualTo(
        "[\"`repr(C)` keeps the field order\",\"`repr(C)` keeps the field order\",\"Only mine\","
            + "\"Padding goes between fields:\\nthe struct's alignment is its largest field's\"]");
    // The same date's session keeps the larger number of minutes: 50, not 40 and not 90.
    assertThat(day1.path("notes").path("sessions").toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":50}]");
    assertThat(journal.json().path("config").path("front-matter").asText()).isEqualTo("yaml");
    assertThat(journal.day(2).path("notes").path("code").size()).isEqualTo(1);

    byte[] once = journal.bytes();
    assertThat(other.env("COLUMNS", "300").run("import", file.toString())).succeeds().out().startsWith("Nothing to import");
    assertThat(journal.bytes()).isEqualTo(once);
  }

  @Test
  void aBadFileIsOneLineWithItsLineAndColumnAndNothingIsWritten() throws IOException {
    Rustplan r = learnerWithNotes();
    JournalFile journal = new JournalFile(r.home());
    byte[] before = journal.bytes();

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"format\": \"rustplan-journal\",\n  \"version\": 1,,\n}\n");
    Result result = r.run("import", broken.toString());
    assertThat(result).failsWith(1, broken + ":3:16: Unexpected character (',' ", "nothing was imported");
    assertThat(result.err().lines().count()).isEqualTo(1);

    Path shape = Files.writeString(dir.resolve("shape.json"), """
        {
          "format": "rustplan-journal",
          "version": 1,
          "journal": {
            "schema": 1,
            "plans": { "100-days-of-rust": { "days": { "1": { "status": "finished" } } } }
          }
        }
        """);
    assertThat(r.run("import", shape.toString())).failsWith(1, shape + ":6:65: \"status\" must be one of todo, doing, done,"
        + " skipped, got \"finished\"; nothing was imported");

    Path other = Files.writeString(dir.resolve("other.json"), "{\"name\": \"not a journal\"}");
    assertThat(r.run("import", other.toString())).failsWith(1, other + ":1:1: no \"format\": this is not an export of a"
        + " rustplan journal");
    Path newer = Files.writeString(dir.resolve("newer.json"), "{\"format\": \"rustplan-journal\", \"version\": 2, \"journal\": {}}");
    assertThat(r.run("import", newer.toString())).failsWith(1, newer + ":1:43: export version 2 is newer than this"
        + " rustplan reads (1)");
    assertThat(r.run("import", dir.resolve("missing.json").toString())).failsWith(2, "missing.json: no such file");
    assertThat(journal.bytes()).isEqualTo(before);
  }

  @Test
  void outWritesTheFileAtOnceAndNeverOverAnExistingOneWithoutForce() throws IOException {
    Rustplan r = learnerWithNotes();
    Path out = dir.resolve("exports/journal.md");

    assertThat(r.run("export", "--format", "md", "--out", out.toString())).succeeds().out()
        .isEqualTo("Exported the journal (md) to " + out + "\n");
    assertThat(Files.readString(out)).startsWith("# Learning journal");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");

    Files.writeString(out, "my edits");
    assertThat(r.run("export", "--format", "csv", "--out", out.toString()))
        .failsWith(1, out + " already exists", "--force");
    assertThat(Files.readString(out)).isEqualTo("my edits");
    assertThat(r.run("export", "--format", "csv", "--out", out.toString(), "--force")).succeeds();
    assertThat(Files.readString(out)).startsWith("day,date,status");
    try (var files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("journal.md");
    }

    assertThat(r.run("export", "--format", "xml")).failsWith(2, "--format must be md, json, csv or ics, got 'xml'");
    assertThat(r.run("export")).failsWith(2, "rustplan: export needs --format FORMAT: md, json, csv");
    assertThat(r.run("export", "--format", "md", "--force")).failsWith(2, "--force only applies with --out");
    assertThat(r.run("export", "--format", "md", "--out", dir.toString())).failsWith(2, "is a folder");
  }

  @Test
  void anEmptyJournalExportsAndImportsToo() throws IOException {
    Rustplan r = learner();
    assertThat(r.run("export", "--format", "md")).succeeds().out()
        .contains("*Not started yet · 0 of 100 days done · 0 minutes", "No notes yet.");
    Result json = r.run("export", "--format", "json");
    assertThat(json).succeeds();
    assertThat(new ObjectMapper().readTree(json.out()).path("journal").toString()).isEqualTo("{\"schema\":1,\"plans\":{}}");
    assertThat(new JournalFile(r.home()).exists()).isFalse();
    assertThat(r.stdin(json.out()).run("import", "-")).succeeds().out()
        .isEqualTo("Nothing to import: everything in stdin is already in your journal.\n");
  }
}
