package dev.rustplan.safety;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failed writes, through the real command line: for every command that changes the journal, each
 * step of its writes (creating a temporary file, writing, flushing, moving, for the history entry,
 * the backup and the journal) is made to fail in turn. After each failure the journal and its
 * history are byte for byte as they were, no temporary file is left, and the user reads one line.
 */
class FailedWritesTest {

  @TempDir Path tmp;

  private Path home() {
    return tmp.resolve("home");
  }

  private Rustplan rustplan() {
    return new Rustplan(home()).env("EDITOR", editor());
  }

  @Test
  void aWriteThatFailsAtAnyStepLeavesTheJournalAndItsHistoryAsTheyWereAndSaysSoInOneLine() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "1", "--learned", "first", "--minutes", "20")).succeeds();
    assertThat(rustplan().run("log", "2", "--question", "why?")).succeeds();
    assertThat(rustplan().run("undo", "--yes")).succeeds(); // so that redo has something to bring back
    List<String[]> commands = List.of(
        new String[] {"undo", "--redo", "--yes"},
        new String[] {"log", "1", "--learned", "second"},
        new String[] {"log", "3", "--edit"},
        new String[] {"done", "1"},
        new String[] {"skip", "2"},
        new String[] {"reopen", "2"},
        new String[] {"config", "front-matter", "toml"},
        new String[] {"blog", "1", "--force", "--out", tmp.resolve("posts").toString()},
        new String[] {"start", "--force", "--date", "2026-02-23"},
        new String[] {"undo", "--yes"});
    int injected = 0;
    Map<String, Integer> byStep = new TreeMap<>();
    for (String[] command : commands) {
      int steps = countSteps(command);
      assertThat(steps).as("steps of %s", Arrays.toString(command)).isGreaterThanOrEqualTo(8);
      for (int failAt = 0; failAt < steps; failAt++) {
        Map<String, String> before = files();
        Result failed = rustplan().fileSteps(new FaultySteps(failAt)).run(command);

        String what = Arrays.toString(command) + " failing at step " + (failAt + 1);
        assertThat(failed).as(what).failsWith(1, "injected failure of step " + (failAt + 1), "nothing was changed");
        assertThat(failed.err().lines()).as(what).hasSize(1);
        Map<String, String> after = files();
        String journal = after.get("progress.json");
        // The backup may already hold the journal as it is (a move that failed after it was written).
        if (!before.get("progress.json.bak").equals(after.get("progress.json.bak"))) {
          assertThat(after.get("progress.json.bak")).as(what).isEqualTo(journal);
          after.put("progress.json.bak", before.get("progress.json.bak"));
        }
        assertThat(after).as(what).isEqualTo(before);
        injected++;
        byStep.merge(stepName(command, failAt), 1, Integer::sum);
      }
      assertThat(rustplan().run(command)).as(Arrays.toString(command)).succeeds();
    }
    System.out.printf("[safety] failed writes: %d failures injected (%s), one at each step of %d commands that change"
        + " the journal; after each the journal and its history were byte for byte as before, with no temporary"
        + " file and one line on stderr%n", injected, byStep, commands.size());
  }

  private final Map<String, List<String>> stepsOf = new java.util.HashMap<>();

  private String stepName(String[] command, int index) {
    return stepsOf.get(String.join(" ", command)).get(index);
  }

  /** How many steps the command's writes take, run on a copy of the data. */
  private int countSteps(String[] command) throws IOException {
    Path copy = tmp.resolve("count");
    deleteTree(copy);
    try (Stream<Path> paths = Files.walk(home())) {
      for (Path p : paths.toList()) {
        Path to = copy.resolve(home().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    FaultySteps counting = new FaultySteps(-1);
    List<String> args = new java.util.ArrayList<>(List.of(command));
    args.replaceAll(a -> a.equals(tmp.resolve("posts").toString()) ? tmp.resolve("count-posts").toString() : a);
    Result result = new Rustplan(copy).env("EDITOR", editor()).fileSteps(counting).run(args.toArray(String[]::new));
    assertThat(result).succeeds();
    stepsOf.put(String.join(" ", command), List.copyOf(counting.steps()));
    return counting.steps().size();
  }

  /** Every file of the data folder (drafts aside: a failed edit keeps the learner's text there) with its bytes. */
  private Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(home())) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        String name = home().relativize(p).toString();
        if (!name.startsWith("drafts") && !name.equals("progress.json.lock")) {
          files.put(name, new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** An editor that adds a note to the buffer. */
  private String editor() {
    Path script = tmp.resolve("editor.sh");
    try {
      if (!Files.exists(script)) {
        Files.writeString(script, "#!/bin/sh\nprintf '\\n- added in the editor\\n' >> \"$1\"\n");
        script.toFile().setExecutable(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return script.toString();
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
