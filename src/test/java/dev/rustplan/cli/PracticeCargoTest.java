package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Rustplan;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practice projects rustplan creates, handed to the real Cargo: they check and run as they are. */
class PracticeCargoTest {

  /** Cargo, where it is installed: on PATH or where rustup puts it. */
  private static final Optional<Path> CARGO = Stream.concat(
            Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).filter(p -> !p.isEmpty()),
            Stream.of(Path.of(System.getProperty("user.home"), ".cargo", "bin").toString()))
        .map(p -> Path.of(p, "cargo"))
        .filter(Files::isExecutable)
        .findFirst();

  @TempDir Path dir;

  private Path cargo;

  /** Each test is skipped, saying why, where cargo is not installed. */
  @BeforeEach
  void cargoIsInstalled() {
    Assumptions.assumeTrue(CARGO.isPresent(),
        "cargo is not installed (neither on PATH nor in ~/.cargo/bin): skipping the check that Cargo builds the"
            + " practice project; install Rust from https://rustup.rs to run it");
    cargo = CARGO.get();
  }

  @Test
  void cargoChecksAndRunsADayOfTheBundledPlan() throws Exception {
    Rustplan r = new Rustplan(dir.resolve("home"));
    assertThat(r.run("practice", "7", "--dir", dir.toString())).succeeds();
    Path project = dir.resolve("day-07-memory-inspector");

    assertThat(cargo(project, "check", "--offline")).isEqualTo(0);
    assertThat(cargoRun(project)).isEqualTo("Day 7: Build a memory inspector\n");
  }

  @Test
  void aTopicWithQuotesBracesAndABackslashStillCompiles() throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Path source = Path.of(getClass().getResource("/plans/10-days-of-sql.md").toURI());
    Files.copy(source.resolveSibling("resources.yaml"), plans.resolve("resources.yaml"));
    Path plan = Files.writeString(plans.resolve("sql.md"), Files.readString(source)
        .replace("| 4 | **Practice:** Index a slow query |", "| 4 | **Practice:** Index a \"slow\" {query} \\ now |"));
    Rustplan r = new Rustplan(dir.resolve("home")).env("RUSTPLAN_PLAN", plan.toString());
    assertThat(r.run("practice", "4", "--dir", dir.toString())).succeeds();
    Path project = dir.resolve("day-04-slow-query-now");

    assertThat(cargo(project, "check", "--offline")).isEqualTo(0);
    assertThat(cargoRun(project)).isEqualTo("Day 4: Index a \"slow\" {query} \\ now\n");
  }

  private String cargoRun(Path project) throws Exception {
    Path out = dir.resolve("run.out");
    assertThat(cargo(project, out, "run", "--offline", "--quiet")).isEqualTo(0);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private int cargo(Path project, String... args) throws Exception {
    return cargo(project, dir.resolve("cargo.out"), args);
  }

  /** Runs cargo in the project; its own output goes to a file, shown when it fails. */
  private int cargo(Path project, Path stdout, String... args) throws IOException, InterruptedException {
    List<String> command = Stream.concat(Stream.of(cargo.toString()), Stream.of(args)).toList();
    Path log = dir.resolve("cargo.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
        .redirectOutput(stdout.toFile()).redirectError(log.toFile());
    // The build goes beside the project in the temporary folder, never into a shared cache of targets.
    builder.environment().put("CARGO_TARGET_DIR", dir.resolve("target").toString());
    Process process = builder.start();
    // A guard against a hung build, not a timing claim: a check of an empty project takes seconds.
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("cargo " + String.join(" ", args) + " did not finish");
    }
    if (process.exitValue() != 0) {
      System.err.println(Files.readString(log));
    }
    return process.exitValue();
  }
}
