package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.ParsedPost;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rustplan practice`: the Cargo project it creates, where, and what the journal and the blog make of it. */
class PracticeCommandTest {

  /** What Cargo accepts as a package name. */
  private static final String CARGO_NAME = "[A-Za-z][A-Za-z0-9_-]*";

  @TempDir Path dir;

  /** Wide, so that each line with a temporary folder's path (of varying length) reads whole. */
  private Rustplan learner() {
    return new Rustplan(dir.resolve("home")).env("COLUMNS", "300");
  }

  private Path projects() {
    return dir.resolve("projects");
  }

  @Test
  void aPracticeDayGetsACargoProjectWithTheExerciseAndTheDailyTemplate() throws IOException {
    Rustplan r = learner();
    assertThat(r.run("start")).succeeds();
    assertThat(r.run("log", "7", "--question", "Can size_of_val see through a trait object?")).succeeds();

    Result result = r.run("practice", "7", "--dir", projects().toString());

    Path project = projects().resolve("day-07-memory-inspector");
    assertThat(result).succeeds().out().isEqualTo(
        "🛠 Created day 7's practice project: " + project + "\n  Cargo.toml\n  src/main.rs\n  NOTES.md\n  .gitignore\n"
            + "Start with: cd " + project + " && cargo run\n");
    JsonNode cargo = new TomlMapper().readTree(Files.readString(project.resolve("Cargo.toml")));
    assertThat(cargo.path("package").path("name").asText()).isEqualTo("day-07-memory-inspector").matches(CARGO_NAME);
    assertThat(cargo.path("package").path("edition").asText()).isEqualTo("2021");
    assertThat(cargo.path("package").path("publish").asBoolean(true)).isFalse();

    List<String> main = Files.readAllLines(project.resolve("src/main.rs"));
    assertThat(main.subList(0, 3)).containsExactly(
        "//! Day 7 of 100 · Practice: Build a memory inspector",
        "//!",
        "//! Create utility functions to print layout info for any type");
    assertThat(main).contains("//! - Hands-on coding", "fn main() {",
        "    println!(\"Day 7: Build a memory inspector\");", "}");

    ParsedPost notes = new ParsedPost("none", null, Parser.builder().build().parse(Files.readString(project.resolve("NOTES.md"))));
    assertThat(notes.headings()).startsWith("## Day 7: Build a memory inspector", "### What I Learned",
        "### Code I Wrote", "### Questions That Arose", "### Resources Used", "### Time Spent: __ minutes");
    assertThat(notes.sectionText("Questions That Arose")).isEqualTo("Can size_of_val see through a trait object?\n");
    assertThat(Files.readString(project.resolve(".gitignore"))).isEqualTo("/target\n");

    // The day's notes record where it is; show and today say so.
    assertThat(new JournalFile(r.home()).day(7).path("practice").asText()).isEqualTo(project.toString());
    assertThat(r.run("show", "7")).succeeds().out().contains("Practice Project\n  " + project + "\n");
    assertThat(r.run("show", "7", "--json")).succeeds().out().contains("\"practice\" : \"" + project + "\"");
    try (var leftovers = Files.list(projects())) {
      assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("day-07-memory-inspector");
    }
  }

  @Test
  void anExistingFolderIsNeverWrittenInto() throws IOException {
    Rustplan r = learner();
    assertThat(r.run("start")).succeeds();
    assertThat(r.run("practice", "7", "--dir", projects().toString())).succeeds();
    Path main = projects().resolve("day-07-memory-inspector/src/main.rs");
    Files.writeString(main, "fn main() { println!(\"my work\"); }\n");
    byte[] journal = new JournalFile(r.home()).bytes();

    assertThat(r.run("practice", "7", "--dir", projects().toString()))
        .failsWith(1, projects().resolve("day-07-memory-inspector") + " already exists", "move it away, or give another --dir");
    assertThat(Files.readString(main)).isEqualTo("fn main() { println!(\"my work\"); }\n");
    assertThat(new JournalFile(r.home()).bytes()).isEqualTo(journal);

    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThat(r.run("practice", "14", "--dir", file.toString())).failsWith(2, "--dir " + file + " is a file, not a folder");
  }

  @Test
  void aLessonDayIsRefusedWithTheNearestPracticeDay() {
    Rustplan r = learner();
    assertThat(r.run("practice", "8", "--dir", projects().toString())).failsWith(2,
        "day 8 is a lesson (Drop order and drop guarantees); practice projects are for practice and capstone days:"
            + " the nearest is day 7 (Build a memory inspector), rustplan practice 7");
    assertThat(r.run("practice", "11", "--dir", projects().toString())).failsWith(2, "the nearest is day 14");
    // Days 49 and 55 are as near to 52: the one ahead.
    assertThat(r.run("practice", "52", "--dir", projects().toString())).failsWith(2, "the nearest is day 55");
    // Before the start, today's day is day 1: a lesson.
    assertThat(r.run("practice", "--dir", projects().toString())).failsWith(2, "day 1 is a lesson", "rustplan practice 7");
    assertThat(Files.exists(projects())).isFalse();
  }

  @Test
  void todaysDayAndThePracticeDirSetting() throws IOException {
    Rustplan r = learner();
    assertThat(r.run("start")).succeeds();
    for (int day = 1; day <= 13; day++) {
      assertThat(r.run("done", Integer.toString(day))).succeeds();
    }
    assertThat(r.run("today")).succeeds().out().contains("🛠 A Cargo project for the exercise, ready to code in: rustplan practice");
    assertThat(r.run("config", "practice-dir", projects().toString())).succeeds().out()
        .isEqualTo("practice-dir = " + projects() + "\n");
    assertThat(r.run("config")).succeeds().out().contains("practice-dir  " + projects());

    assertThat(r.run("practice")).succeeds().out().contains("day-14-simple-refcell");
    Path project = projects().resolve("day-14-simple-refcell");
    assertThat(Files.readString(project.resolve("src/main.rs")))
        .startsWith("//! Day 14 of 100 · Practice: Implement a simple `RefCell`\n")
        .contains("println!(\"Day 14: Implement a simple RefCell\");");
    assertThat(r.run("today")).succeeds().out().contains("🛠 Your project: " + project);
    assertThat(r.run("practice", "100")).succeeds().out().contains(projects().resolve("day-100-profile-and-optimize").toString());
    assertThat(Files.readString(projects().resolve("day-100-profile-and-optimize/src/main.rs")))
        .startsWith("//! Day 100 of 100 · Capstone: Profile and optimize\n");
  }

  @Test
  void theWeeklyPostLinksToTheProject() {
    Rustplan r = learner();
    assertThat(r.run("start")).succeeds();
    Path spaced = dir.resolve("my projects");
    assertThat(r.run("practice", "7", "--dir", spaced.toString())).succeeds();

    Result post = r.run("blog", "1", "--stdout");
    // A local path is a broken link once published: without practice-url the folder is named as text.
    assertThat(post).succeeds().out().contains("## Practical Applications\n\n- Day 7: day-07-memory-inspector <!-- What you built")
        .doesNotContain(spaced.toString());
    ParsedPost parsed = ParsedPost.of(post.out());
    assertThat(parsed.sectionText("Practical Applications")).contains("day-07-memory-inspector");
    assertThat(r.run("config", "practice-url", "https://github.com/learner/practice/tree/main")).succeeds();
    assertThat(r.run("blog", "1", "--stdout")).succeeds().out()
        .contains("- Day 7: [day-07-memory-inspector](https://github.com/learner/practice/tree/main/day-07-memory-inspector)");
  }
}
