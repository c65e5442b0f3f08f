package dev.rustplan.sync;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Launched;
import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two machines, each its own HOME (with its .gitconfig) and data folder, kept in step through a
 * bare repository with the packaged launcher and real git, which runs `rustplan merge-driver`
 * itself as a process.
 */
class TwoMachinesSyncIT {

  private static final Path LAUNCHER = Path.of("target", "rustplan").toAbsolutePath();

  @TempDir Path dir;

  private Path remote;
  private Machine a;
  private Machine b;

  /** One machine: its home, data folder and the date it acts on. */
  private final class Machine {
    final String name;
    final Path root;
    String today = "2026-03-02";

    Machine(String name) throws IOException {
      this.name = name;
      this.root = Files.createDirectories(dir.resolve(name));
      Files.writeString(root.resolve(".gitconfig"),
          "[user]\n\tname = Learner on " + name + "\n\temail = " + name + "@example.com\n");
    }

    Path data() {
      return root.resolve("data");
    }

    JournalFile journal() {
      return new JournalFile(data());
    }

    Map<String, String> env() {
      Map<String, String> env = new HashMap<>();
      env.put("HOME", root.toString());
      env.put("GIT_CONFIG_NOSYSTEM", "1");
      env.put("RUSTPLAN_HOME", data().toString());
      env.put("XDG_CACHE_HOME", root.resolve("cache").toString());
      env.put("RUSTPLAN_TODAY", today);
      for (String name : List.of("XDG_DATA_HOME", "RUSTPLAN_PLAN", "GIT_DIR", "GIT_WORK_TREE", "EMAIL",
          "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "JAVA_TOOL_OPTIONS")) {
        env.put(name, null);
      }
      return env;
    }

    Result run(String... args) throws Exception {
      return Launched.run(root, env(), LAUNCHER, args);
    }

    Result ok(String... args) throws Exception {
      Result result = run(args);
      assertThat(result).as("%s: rustplan %s", name, String.join(" ", args)).succeeds();
      return result;
    }

    String git(String... args) throws Exception {
      List<String> command = new ArrayList<>(List.of("git", "-C", data().toString()));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(Map.of("HOME", root.toString(), "GIT_CONFIG_NOSYSTEM", "1"));
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as("git %s: %s", args, out).isZero();
      return out.strip();
    }
  }

  @BeforeEach
  void machines() throws Exception {
    RealTool.require("git");
    assertThat(LAUNCHER).as("the packaged launcher (mvn package)").exists();
    remote = dir.resolve("journal.git");
    ProcessBuilder bare = new ProcessBuilder("git", "init", "-q", "--bare", remote.toString()).inheritIO();
    bare.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    assertThat(bare.start().waitFor()).isZero();
    a = new Machine("laptop");
    b = new Machine("desktop");
  }

  /** Every note text of every day of the journal, in order. */
  private static List<String> learned(JournalFile journal) {
    List<String> all = new ArrayList<>();
    journal.plan().path("days").fields().forEachRemaining(day ->
        day.getValue().path("notes").path("learned").forEach(n -> all.add(day.getKey() + ": " + n.asText())));
    return all;
  }

  private static void assertInStep(Machine a, Machine b) throws Exception {
    assertThat(a.journal().text()).isEqualTo(b.journal().text());
    List<String> notes = learned(a.journal());
    assertThat(notes).doesNotHaveDuplicates();
    assertThat(a.journal().text()).doesNotContain("<<<<<<<", ">>>>>>>");
    a.ok("progress"); // parses
    b.ok("progress");
  }

  @Test
  void twoMachinesLogFinishAndConfigureOnTheSameAndOnDifferentDays_andEndInStep() throws Exception {
    a.ok("start");
    a.ok("log", "--learned", "laptop: layout of structs");
    Result initA = a.ok("sync", "init", remote.toString());
    assertThat(initA.out()).contains("Made " + a.data() + " a git repository", "Pushed the journal to origin");
    Result initB = b.ok("sync", "init", remote.toString());
    assertThat(initB.out()).contains("Took the journal from origin");
    assertThat(b.journal().text()).isEqualTo(a.journal().text());
    assertThat(b.git("config", "merge.rustplan.driver")).isEqualTo("'" + LAUNCHER + "' merge-driver %O %A %B");

    // The same day, both machines: notes on day 1 on both, done on one, a setting on the other.
    a.ok("log", "1", "--learned", "laptop: repr(C)", "--minutes", "20");
    b.ok("log", "1", "--learned", "desktop: repr(transparent)", "--minutes", "25");
    b.ok("done", "1");
    a.ok("config", "front-matter", "toml");
    assertThat(a.ok("sync").out()).contains("Committed: rustplan: log 1, config front-matter.", "Pushed to origin");
    Result merged = b.ok("sync");
    assertThat(merged.out()).contains("Committed: rustplan: log 1, done 1.", "Merged from origin: 1 note", "Pushed");
    // A real merge, made by git through the driver: a text merge of the two added lines would conflict.
    assertThat(b.git("log", "-1", "--format=%P").split(" ")).hasSize(2);
    assertThat(learned(b.journal())).containsExactly(
        "1: laptop: layout of structs", "1: desktop: repr(transparent)", "1: laptop: repr(C)");
    assertThat(b.journal().day(1).path("status").asText()).isEqualTo("done");
    assertThat(b.journal().json().path("config").path("front-matter").asText()).isEqualTo("toml");
    JsonNode minutes = b.journal().day(1).path("notes").path("sessions").get(0).path("minutes");
    assertThat(minutes.asInt()).isEqualTo(45); // studied on both machines that date: the minutes add up
    assertThat(a.ok("sync").out()).contains("Nothing new to commit.", "Merged from origin", "Nothing to push.");
    assertInStep(a, b);

    // Different days: the laptop on the 3rd, the desktop on the 4th, each syncing in turn, several rounds.
    a.today = "2026-03-03";
    b.today = "2026-03-04";
    a.ok("log", "--learned", "laptop: alignment");
    a.ok("done");
    b.ok("sync");
    b.ok("log", "--learned", "desktop: niche optimisation");
    a.ok("log", "3", "--learned", "laptop: ahead on day 3");
    b.ok("config", "practice-dir", b.root.resolve("practice").toString());
    b.ok("sync");
    a.ok("sync");
    b.ok("sync");
    assertInStep(a, b);
    assertThat(learned(a.journal())).containsExactlyInAnyOrder(
        "1: laptop: layout of structs", "1: desktop: repr(transparent)", "1: laptop: repr(C)",
        "2: laptop: alignment", "2: desktop: niche optimisation", "3: laptop: ahead on day 3");
    assertThat(a.git("status", "--porcelain")).isEmpty();
    assertThat(a.git("ls-files")).isEqualTo(".gitattributes\n.gitignore\nprogress.json");

    // Undo after a merge takes back the learner's own last change and keeps what came in.
    a.ok("log", "3", "--learned", "laptop: a typo");
    b.ok("log", "3", "--learned", "desktop: after the typo");
    b.ok("sync");
    assertThat(a.ok("sync").out()).contains("Merged from origin: 1 note");
    Result undo = a.ok("undo", "--yes");
    assertThat(undo.out()).contains("day 3: remove learned \u201claptop: a typo\u201d")
        .doesNotContain("desktop: after the typo").doesNotContain("changed outside rustplan");
    assertThat(learned(a.journal())).contains("3: desktop: after the typo").doesNotContain("3: laptop: a typo");
    assertThat(a.ok("sync").out()).contains("Committed: rustplan: undo log 3.");
    b.ok("sync");
    assertInStep(a, b);
  }

  @Test
  void bothMachinesWithAJournalAreMergedByTheFirstSync_andAClashKeepsBothVersions() throws Exception {
    a.ok("start");
    a.ok("log", "--learned", "laptop alone");
    a.ok("config", "front-matter", "toml");
    b.ok("start");
    b.ok("log", "--learned", "desktop alone");
    b.ok("config", "front-matter", "yaml");
    a.ok("sync", "init", remote.toString());
    assertThat(b.ok("sync", "init", remote.toString()).out()).contains("each have a journal", "rustplan sync merges them");
    Result first = b.ok("sync");
    assertThat(first.out().replaceAll("\\s+", " ")).contains("Merged from origin: 1 note", "setting front-matter",
        "this machine's is kept", "progress.json.theirs-2026-03-02");
    assertThat(learned(b.journal())).containsExactly("1: desktop alone", "1: laptop alone");
    assertThat(b.journal().json().path("config").path("front-matter").asText()).isEqualTo("yaml");
    Path theirs = b.data().resolve("progress.json.theirs-2026-03-02");
    assertThat(new JournalFile(b.data()).text()).isNotEqualTo(Files.readString(theirs));
    assertThat(Files.readString(theirs)).contains("\"toml\"", "laptop alone");
    assertThat(b.git("status", "--porcelain")).isEmpty(); // the kept version does not travel
    a.ok("sync");
    assertInStep(a, b);
  }

  @Test
  void aJournalTheDriverCannotReadFailsTheSyncLoudly_leavingTheJournalAsItWas() throws Exception {
    a.ok("start");
    a.ok("sync", "init", remote.toString());
    b.ok("sync", "init", remote.toString());
    // The desktop's journal comes from a newer rustplan (a schema this one does not know).
    b.ok("log", "--learned", "desktop");
    String newer = b.journal().text().replaceFirst("\"schema\": 1", "\"schema\": 9");
    Files.writeString(b.journal().path(), newer);
    b.git("commit", "-q", "-am", "a newer rustplan");
    b.git("push", "-q");
    a.ok("log", "--learned", "laptop");
    byte[] before = a.journal().bytes();
    Result sync = a.run("sync");
    assertThat(sync).failsWith(1, "could not merge origin/", "yours is as it was", "progress.json.theirs-");
    assertThat(sync.err().lines()).hasSize(1);
    assertThat(a.journal().bytes()).isEqualTo(before);
    assertThat(a.git("status", "--porcelain")).isEmpty(); // no merge left half done
    try (Stream<Path> kept = Files.list(a.data())) {
      assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("progress.json.theirs-"));
    }
    a.ok("log", "--learned", "still works");
  }
}
