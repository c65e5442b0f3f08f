package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The promises of the journal file, through the real command line and real processes. */
class JournalFileTest {

  @TempDir Path home;

  private JournalFile file() {
    return new JournalFile(home);
  }

  @Test
  void aCorruptFileStaysByteForByteAsItWasAndTheErrorSaysWhereAndHowToRecover() throws IOException {
    assertThat(new Rustplan(home).run("start")).succeeds();
    assertThat(new Rustplan(home).run("log", "--learned", "one")).succeeds();
    // A hand edit gone wrong: a trailing comma on line 8.
    String good = file().text();
    String corrupt = good.replace("\"status\": \"doing\"", "\"status\": \"doing\",,");
    Files.writeString(file().path(), corrupt);
    int line = (int) corrupt.lines().takeWhile(l -> !l.contains(",,")).count() + 1;

    for (String[] args : new String[][] {{"log", "--learned", "two"}, {"done"}, {"today"}, {"progress"}, {"start", "--force"}}) {
      var result = new Rustplan(home).run(args);
      assertThat(result).failsWith(1, file().path() + ":" + line + ":",
          "rustplan left the file untouched: fix it by hand, or go back to the version before the last change"
              + " with: rustplan undo (the broken file is kept: rustplan undo --redo brings it back to fix by hand)");
      assertThat(result.err().lines()).hasSize(1);
      assertThat(file().bytes()).isEqualTo(corrupt.getBytes(StandardCharsets.UTF_8));
    }

    // Following the advice loses nothing: the broken file, the only copy of the last change, comes back.
    assertThat(new Rustplan(home).run("undo", "--yes")).succeeds();
    assertThat(new Rustplan(home).run("today")).succeeds();
    assertThat(new Rustplan(home).run("undo", "--redo", "--yes")).succeeds();
    assertThat(file().bytes()).isEqualTo(corrupt.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void withoutAnUndoHistoryTheAdviceKeepsTheBrokenFileAsideBeforeGoingBackToTheBackup() throws IOException {
    assertThat(new Rustplan(home).run("start")).succeeds();
    assertThat(new Rustplan(home).run("log", "--learned", "one")).succeeds();
    try (var entries = Files.list(home.resolve("progress.json.history"))) {
      for (Path p : entries.toList()) {
        Files.delete(p);
      }
    }
    Files.writeString(file().path(), file().text() + ",,");
    Path backup = home.resolve("progress.json.bak");
    Path journal = file().path();
    assertThat(new Rustplan(home).run("today")).failsWith(1, "fix it by hand, or keep the broken file aside and go"
        + " back to the previous version with: mv '" + journal + "' '" + journal + ".broken' && cp '" + backup + "' '"
        + journal + "'");
  }

  @Test
  void aLinkToAJournalThatIsNotThereIsOneLineAndNothingIsCreated() throws IOException {
    Path synced = home.resolveSibling(home.getFileName() + "-synced").resolve("rustplan/progress.json");
    Files.createDirectories(home);
    Files.createSymbolicLink(home.resolve("progress.json"), synced);
    for (String[] args : new String[][] {{"today"}, {"start"}, {"log", "--learned", "x"}, {"progress", "--json"}}) {
      assertThat(new Rustplan(home).run(args)).failsWith(1, home.resolve("progress.json") + " is a link to " + synced
          + ", which does not exist (a synced folder not mounted yet?); rustplan changed nothing");
    }
    assertThat(synced.getParent()).doesNotExist();
    assertThat(home.resolve("progress.json")).isSymbolicLink();
  }

  @Test
  void aJournalFromANewerRustplanIsNeverOverwritten() throws IOException {
    String newer = "{\n  \"schema\": 2,\n  \"plans\": {\"100-days-of-rust\": {\"started\": \"2026-03-02\"}}\n}\n";
    Files.writeString(file().path(), newer);

    var result = new Rustplan(home).run("log", "--learned", "x");

    assertThat(result).failsWith(1, file().path() + ":2:13: schema 2 is newer than this rustplan understands (1)",
        "upgrade rustplan");
    assertThat(file().text()).isEqualTo(newer);
  }

  @Test
  void fieldsThisVersionDoesNotKnowSurviveAtEveryLevel() throws IOException {
    Files.writeString(file().path(), """
        {
          "schema": 1,
          "sync": {"device": "laptop", "rev": 12},
          "config": {"blog-dir": "~/blog/content/posts"},
          "plans": {
            "100-days-of-rust": {
              "started": "2026-03-02",
              "goal": "finish by summer",
              "days": {
                "1": {"status": "doing", "mood": 4, "notes": {
                  "learned": ["old note"], "drawing": "layout.svg",
                  "code": [{"language": "rust", "code": "fn a() {}\\n", "gist": "abc"}],
                  "sessions": [{"date": "2026-03-02", "minutes": 10, "device": "phone"}]
                }}
              },
              "weeks": {"1": {"blogPost": "posts/week-1.md", "published": false}}
            },
            "another-plan": {"started": "2025-01-01", "days": {"3": {"status": "done", "completed": "2025-01-03"}}}
          }
        }
        """);

    assertThat(new Rustplan(home).run("log", "--learned", "new note", "--minutes", "15")).succeeds();
    assertThat(new Rustplan(home).run("done")).succeeds();

    JsonNode json = file().json();
    assertThat(json.path("sync").toString()).isEqualTo("{\"device\":\"laptop\",\"rev\":12}");
    assertThat(json.path("config").path("blog-dir").asText()).isEqualTo("~/blog/content/posts");
    JsonNode plan = file().plan();
    assertThat(plan.path("goal").asText()).isEqualTo("finish by summer");
    assertThat(plan.path("weeks").path("1").toString()).isEqualTo("{\"blogPost\":\"posts/week-1.md\",\"published\":false}");
    JsonNode day = file().day(1);
    assertThat(day.path("mood").asInt()).isEqualTo(4);
    assertThat(day.path("status").asText()).isEqualTo("done");
    assertThat(day.path("notes").path("drawing").asText()).isEqualTo("layout.svg");
    assertThat(day.path("notes").path("learned").toString()).isEqualTo("[\"old note\",\"new note\"]");
    assertThat(day.path("notes").path("code").get(0).path("gist").asText()).isEqualTo("abc");
    assertThat(day.path("notes").path("sessions").toString())
        .isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":25,\"device\":\"phone\"}]");
    assertThat(json.path("plans").path("another-plan").path("days").path("3").path("completed").asText())
        .isEqualTo("2025-01-03");
  }

  @Test
  void theBackupHoldsTheVersionBeforeTheLastChange() throws IOException {
    assertThat(new Rustplan(home).run("start")).succeeds();
    assertThat(new Rustplan(home).run("log", "--learned", "one")).succeeds();
    byte[] beforeDone = file().bytes();

    assertThat(new Rustplan(home).run("done")).succeeds();

    assertThat(Files.readAllBytes(home.resolve("progress.json.bak"))).isEqualTo(beforeDone);
    assertThat(file().day(1).path("status").asText()).isEqualTo("done");
  }

  @Test
  void aCommandThatChangesNothingDoesNotRewriteTheFile() throws IOException {
    assertThat(new Rustplan(home).run("start")).succeeds();
    assertThat(new Rustplan(home).run("log", "--learned", "one")).succeeds();
    byte[] bak = Files.readAllBytes(home.resolve("progress.json.bak"));

    assertThat(new Rustplan(home).run("start")).succeeds();
    assertThat(new Rustplan(home).run("today")).succeeds();

    assertThat(Files.readAllBytes(home.resolve("progress.json.bak"))).isEqualTo(bak);
  }

  @Test
  void theFileIsPrettyAndItsDaysAreInNumberOrder() {
    assertThat(new Rustplan(home).run("start")).succeeds();
    for (String day : List.of("12", "3", "100", "21")) {
      assertThat(new Rustplan(home).run("log", day, "--learned", "note " + day)).succeeds();
    }

    String text = file().text();
    assertThat(text).startsWith("{\n  \"schema\": 1,\n  \"plans\": {\n    \"100-days-of-rust\": {\n");
    assertThat(text.indexOf("\"3\": {")).isLessThan(text.indexOf("\"12\": {"));
    assertThat(text.indexOf("\"12\": {")).isLessThan(text.indexOf("\"21\": {"));
    assertThat(text.indexOf("\"21\": {")).isLessThan(text.indexOf("\"100\": {"));
    assertThat(text).contains("\"learned\": [\n              \"note 3\"\n            ]").endsWith("}\n");
  }

  @Test
  void eightProcessesLoggingAtOnceLoseNoNote() throws Exception {
    assertThat(new Rustplan(home).run("start")).succeeds();
    int processes = 8;
    String java = ProcessHandle.current().info().command().orElse("java");
    List<Process> running = new ArrayList<>();
    for (int i = 1; i <= processes; i++) {
      ProcessBuilder builder =
          new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.rustplan.cli.Main",
              "log", "1", "--learned", "note from process " + i, "--minutes", "5");
      builder.environment().put("RUSTPLAN_HOME", home.toString());
      builder.environment().put("XDG_CACHE_HOME", ChildJvm.cache()); // never the user's cache
      builder.environment().put("RUSTPLAN_TODAY", Rustplan.DEFAULT_TODAY);
      builder.redirectErrorStream(true);
      builder.redirectOutput(home.resolve("process-" + i + ".out").toFile());
      running.add(builder.start());
    }
    for (int i = 0; i < processes; i++) {
      int exit = running.get(i).waitFor();
      assertThat(exit).as("exit of process %d: %s", i + 1, Files.readString(home.resolve("process-" + (i + 1) + ".out")))
          .isZero();
    }

    JsonNode notes = file().day(1).path("notes");
    List<String> learned = new ArrayList<>();
    notes.path("learned").forEach(n -> learned.add(n.asText()));
    assertThat(learned).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, processes).mapToObj(i -> "note from process " + i).toList());
    assertThat(notes.path("sessions").get(0).path("minutes").asInt()).isEqualTo(5 * processes);
    try (var files = Files.list(home)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
    }
  }
}
