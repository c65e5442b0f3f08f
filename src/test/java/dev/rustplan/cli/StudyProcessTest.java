package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `rustplan study` in real JVMs: Ctrl-C (SIGINT) in the middle of a foreground session records
 * it, and a session started by one process is stopped by another.
 */
class StudyProcessTest {

  @TempDir Path home;
  @TempDir Path scratch;

  @BeforeEach
  void start() {
    assertThat(new Rustplan(home).run("start")).succeeds();
  }

  @Test
  void ctrlCEndsTheSessionAndRecordsIt() throws Exception {
    ProcessBuilder builder = ChildJvm.get().rustplan(home, "study", "2")
        .redirectOutput(scratch.resolve("out").toFile())
        .redirectError(scratch.resolve("err").toFile());
    builder.environment().put("RUSTPLAN_NOW", "2026-03-02T18:30");
    Process study = builder.start();
    try (OutputStream keys = study.getOutputStream()) {
      waitFor("Studying day 2", study);
      // A pause and a resume first: the keys reach it as bytes from a pipe, and Ctrl-C comes while it counts.
      keys.write("p".getBytes(StandardCharsets.US_ASCII));
      keys.flush();
      keys.write("p".getBytes(StandardCharsets.US_ASCII));
      keys.flush();
      assumeFalse(ignoresSigint(study.pid()), "SIGINT is ignored in this environment");
      new ProcessBuilder("kill", "-INT", Long.toString(study.pid())).start().waitFor();
      if (!study.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("rustplan study did not end after SIGINT");
      }
    } finally {
      study.destroyForcibly();
    }

    assertThat(Files.readString(scratch.resolve("err"))).isEmpty();
    assertThat(study.exitValue()).isEqualTo(130);
    String out = Files.readString(scratch.resolve("out"));
    assertThat(out).contains("Session of day 2 ended at 18:3", "Logged to day 2 (Size, alignment, and padding): 1 min.");
    JournalFile journal = new JournalFile(home);
    assertThat(journal.day(2).path("notes").path("sessions").toString())
        .isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":1}]");
    assertThat(journal.plan().has("study")).isFalse();
  }

  @Test
  void oneProcessStartsAnotherStopsAndAThirdIsRefusedMeanwhile() throws Exception {
    assertThat(run("2026-03-02T07:15", "study", "start", "3")).isEqualTo(0);
    assertThat(Files.readString(scratch.resolve("out"))).startsWith("Started studying day 3");
    assertThat(run("2026-03-02T07:20", "study", "start")).isEqualTo(2);
    assertThat(Files.readString(scratch.resolve("err")))
        .isEqualTo("rustplan: a study session is already running: day 3 since 07:15; end it with rustplan study"
            + " stop (or drop it with rustplan study cancel)\n");
    assertThat(run("2026-03-02T07:52", "study", "stop")).isEqualTo(0);
    assertThat(Files.readString(scratch.resolve("out"))).contains("Logged to day 3", ": 37 min.");

    assertThat(new JournalFile(home).day(3).path("notes").path("sessions").toString())
        .isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":37}]");
  }

  private int run(String now, String... args) throws Exception {
    ProcessBuilder builder = ChildJvm.get().rustplan(home, args)
        .redirectOutput(scratch.resolve("out").toFile())
        .redirectError(scratch.resolve("err").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().put("RUSTPLAN_NOW", now);
    Process p = builder.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("rustplan " + String.join(" ", args) + " did not end");
    }
    return p.exitValue();
  }

  private void waitFor(String text, Process process) throws Exception {
    for (int waited = 0; !Files.readString(scratch.resolve("out")).contains(text); waited++) {
      if (!process.isAlive() || waited > 1200) {
        throw new AssertionError("the session never began: " + Files.readString(scratch.resolve("err")));
      }
      Thread.sleep(50);
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
}
