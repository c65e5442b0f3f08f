package dev.rustplan.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Where the shells complete: a folder of files to complete (notes.rs, journal.json, the folders
 * posts and templates), a private home and rustplan data folder, and a `rustplan` on PATH that
 * runs this build's own classes, which the scripts call back into for the plan's days and weeks.
 */
final class ShellFixture {

  /** Another plan than the bundled one: 10 days in 2 weeks. */
  static final Path OTHER_PLAN = Path.of("src/test/resources/plans/10-days-of-sql.md").toAbsolutePath();

  private final Path root;
  private final Path work;
  private final Path bin;

  ShellFixture(Path root) {
    this.root = root;
    this.work = root.resolve("work");
    this.bin = root.resolve("bin");
    try {
      Files.createDirectories(work.resolve("posts"));
      Files.createDirectories(work.resolve("templates"));
      Files.writeString(work.resolve("notes.rs"), "fn main() {}\n");
      Files.writeString(work.resolve("journal.json"), "{}\n");
      Files.createDirectories(root.resolve("rustplan-home"));
      Files.createDirectories(root.resolve("user-home"));
      Files.createDirectories(bin);
      // This test run's java and classes, started as the process tests start rustplan (ChildJvm).
      List<String> java = ChildJvm.get().rustplan(root.resolve("rustplan-home")).command();
      String exec = java.stream().map(ShellFixture::quoted).collect(Collectors.joining(" "));
      Path launcher = bin.resolve("rustplan");
      // With RP_CALLS set, each start is written down: tests count how often completion starts rustplan.
      Files.writeString(launcher, "#!/bin/sh\n[ -n \"$RP_CALLS\" ] && echo \"$*\" >> \"$RP_CALLS\"\nexec " + exec + " \"$@\"\n");
      Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder the shells complete in. */
  Path work() {
    return work;
  }

  Path root() {
    return root;
  }

  /** The script `rustplan completion SHELL` prints, written to a file of this name under the fixture. */
  Path script(String shell, String relativePath) {
    Result result = new Rustplan(root.resolve("rustplan-home")).run("completion", shell);
    assertThat(result.exit()).as("rustplan completion %s: %s", shell, result).isZero();
    Path file = root.resolve(relativePath);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, result.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Runs a shell command in the work folder with rustplan on PATH, the home and data folders
   * private, and these variables on top (a null value removes one); returns its stdout.
   */
  String run(List<String> command, Map<String, String> vars) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    Map<String, String> env = builder.environment();
    env.remove("RUSTPLAN_PLAN");
    env.put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", root.resolve("user-home").toString());
    env.put("XDG_CONFIG_HOME", root.resolve("config").toString());
    env.put("XDG_DATA_HOME", root.resolve("data").toString());
    env.put("RUSTPLAN_HOME", root.resolve("rustplan-home").toString());
    env.put("RUSTPLAN_TODAY", Rustplan.DEFAULT_TODAY);
    env.put("XDG_CACHE_HOME", ChildJvm.cache());
    Map<String, String> extra = new HashMap<>(vars);
    extra.forEach((name, value) -> {
      if (value == null) {
        env.remove(name);
      } else {
        env.put(name, value);
      }
    });
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      String out = read(process.getInputStream());
      boolean ended = process.waitFor(60, TimeUnit.SECONDS);
      if (!ended) {
        process.destroyForcibly();
      }
      assertThat(ended).as("%s ended within a minute", command).isTrue();
      assertThat(process.exitValue()).as("the exit status of %s; stdout:%n%s%nstderr:%n%s", command, out, err.join())
          .isZero();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A word for sh, in single quotes. */
  static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** The lines of a shell's answer, as candidates (word TAB description). */
  static List<Candidate> candidates(String out) {
    List<Candidate> candidates = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        int tab = line.indexOf('\t');
        candidates.add(tab < 0 ? Candidate.of(line, "") : Candidate.of(line.substring(0, tab), line.substring(tab + 1)));
      }
    }
    return candidates;
  }
}
