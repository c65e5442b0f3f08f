package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C while `log --edit` has the editor open, as a terminal sends it: SIGINT to a real rustplan
 * JVM, which then exits without returning from the editor. The draft goes with it unless it holds
 * the learner's typing.
 */
class LogEditorCtrlCTest {

  @TempDir Path home;
  @TempDir Path scratch;

  @BeforeEach
  void start() {
    assertThat(new Rustplan(home).run("start")).succeeds();
  }

  @Test
  void ctrlCWithTheEditorOpenLeavesNoDraft() throws Exception {
    byte[] before = new JournalFile(home).bytes();

    int exit = interruptWhileEditing("");

    assertThat(exit).isEqualTo(130);
    assertThat(draftFiles()).isEmpty();
    assertThat(new JournalFile(home).bytes()).isEqualTo(before);
  }

  @Test
  void ctrlCAfterTheLearnerSavedKeepsTheirTypingForTheNextEdit() throws Exception {
    int exit = interruptWhileEditing("printf '\\n- typed, then Ctrl-C\\n' >> \"$1\"\n");

    assertThat(exit).isEqualTo(130);
    assertThat(draftFiles()).hasSize(2).anyMatch(n -> n.endsWith(".md")).anyMatch(n -> n.endsWith(".base.json"));
    assertThat(new Rustplan(home).env("EDITOR", "true").run("log", "--edit")).succeeds().out()
        .startsWith("Opening day 1's draft").contains("Saved your note for day 1");
    assertThat(new JournalFile(home).day(1).path("notes").path("struggles").toString())
        .isEqualTo("[\"typed, then Ctrl-C\"]");
  }

  /**
   * Runs `rustplan log --edit` in its own JVM with an editor that runs the given lines, says it is
   * open and waits; sends the JVM SIGINT; returns its exit status once it is gone.
   */
  private int interruptWhileEditing(String lines) throws Exception {
    Path ready = scratch.resolve("ready");
    Path stop = scratch.resolve("stop");
    Path editor = scratch.resolve("editor.sh");
    Files.writeString(editor, "#!/bin/sh\n" + lines + "touch '" + ready + "'\n"
        + "while [ ! -e '" + stop + "' ]; do sleep 0.1; done\n");
    Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
    ProcessBuilder builder = ChildJvm.get().rustplan(home, "log", "--edit")
        .redirectOutput(scratch.resolve("out").toFile())
        .redirectError(scratch.resolve("err").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().put("EDITOR", editor.toString());
    builder.environment().remove("VISUAL");
    Process rustplan = builder.start();
    List<ProcessHandle> children = List.of();
    try {
      for (int waited = 0; !Files.exists(ready); waited++) {
        if (!rustplan.isAlive() || waited > 1200) {
          throw new AssertionError("the editor never opened: " + Files.readString(scratch.resolve("err")));
        }
        Thread.sleep(50);
      }
      children = rustplan.descendants().toList();
      // A JVM started with SIGINT ignored (inherited from a shell that runs it in the background)
      // keeps it ignored, as the terminal's own jobs would not be: nothing to test then.
      assumeFalse(ignoresSigint(rustplan.pid()), "SIGINT is ignored in this environment");
      new ProcessBuilder("kill", "-INT", Long.toString(rustplan.pid())).start().waitFor();
      if (!rustplan.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("rustplan did not end after SIGINT");
      }
      return rustplan.exitValue();
    } finally {
      Files.writeString(stop, "");
      rustplan.destroyForcibly();
      children.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static boolean ignoresSigint(long pid) throws IOException {
    Path status = Path.of("/proc/" + pid + "/status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  private List<String> draftFiles() throws IOException {
    Path folder = home.resolve("drafts");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
