package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Launched;
import dev.rustplan.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged launcher, run as a real process: symlinks, missing and stale archives, clean stdout. */
class LauncherIT {

  private static final Path TARGET = Path.of("target").toAbsolutePath();

  @TempDir Path tmp;
  private Path cache;

  @BeforeEach
  void privateCache() throws IOException {
    cache = Files.createDirectories(tmp.resolve("cache"));
  }

  @Test
  void theBuildLeavesAnArchiveThatTheLauncherUses() throws Exception {
    Result result = run(TARGET.resolve("rustplan"), "--version");

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.err()).as("%s", result).isEmpty();
    assertThat(result.out())
        .startsWith("rustplan ")
        .contains("Start-up archive: " + TARGET.resolve("rustplan.jsa").toRealPath() + " (in use)");
  }

  @Test
  void doctorReportsTheArchiveInUse() throws Exception {
    Result result = run(TARGET.resolve("rustplan"), "doctor");

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out()).contains("info  archive   " + TARGET.resolve("rustplan.jsa").toRealPath() + " (in use)");
  }

  @Test
  void worksThroughASymlinkOnPath() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("rustplan"), TARGET.resolve("rustplan"));

    Result result = run(link, "--version");
    Files.delete(link); // JUnit warns about links that lead out of its temporary folder

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out()).startsWith("rustplan ").contains("(in use)");
  }

  @Test
  void withoutAnArchiveItRunsCleanlyAndMakesOneOnceInTheCache() throws Exception {
    Path copy = install(tmp.resolve("install"));

    Result first = run(copy.resolve("rustplan"), "--version");

    assertThat(first.exit()).as("%s", first).isZero();
    assertThat(first.err()).as("%s", first).isEmpty();
    assertThat(first.out()).startsWith("rustplan ").contains("Start-up archive: none");

    Path archive = cache.resolve("rustplan/rustplan.jsa.stamp");
    waitFor(archive, Duration.ofMinutes(2));
    Result second = run(copy.resolve("rustplan"), "--version");
    assertThat(second.out())
        .contains("Start-up archive: " + cache.resolve("rustplan/rustplan.jsa") + " (in use)");
  }

  @Test
  void theSameJdkReachedByAnotherPathKeepsTheBuildsArchive() throws Exception {
    Path javaHome = Path.of(System.getProperty("java.home"));
    Path linked = Files.createSymbolicLink(tmp.resolve("jdk"), javaHome);

    Result direct = run(Map.of("JAVA_HOME", javaHome.toString()), TARGET.resolve("rustplan"), "--version");
    Result throughLink = run(Map.of("JAVA_HOME", linked.toString()), TARGET.resolve("rustplan"), "--version");
    Files.delete(linked);

    Assumptions.assumeTrue(direct.out().contains(" (in use)"), "the build's archive was made with another JDK");
    assertThat(throughLink.out()).as("%s", throughLink).isEqualTo(direct.out());
    assertThat(cache.resolve("rustplan/rustplan.jsa")).as("an archive made again in the cache").doesNotExist();
  }

  @Test
  void aChangedJarIsNeverRunWithItsStaleArchive() throws Exception {
    Path copy = install(tmp.resolve("install"));
    Files.copy(TARGET.resolve("rustplan.jsa"), copy.resolve("rustplan.jsa"));
    Files.copy(TARGET.resolve("rustplan.jsa.stamp"), copy.resolve("rustplan.jsa.stamp"));
    Files.setLastModifiedTime(copy.resolve("rustplan.jar"), FileTime.from(Instant.now()));

    Result result = run(copy.resolve("rustplan"), "--version");

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.err()).as("%s", result).isEmpty();
    assertThat(result.out()).contains("Start-up archive: none");
  }

  @Test
  void evenAnArchiveWhoseStampLiesPrintsNoJvmWarningOnStdout() throws Exception {
    Path copy = install(tmp.resolve("install"));
    // The archive was made for target/rustplan.jar; its stamp is rewritten to claim the copy.
    Files.copy(TARGET.resolve("rustplan.jsa"), copy.resolve("rustplan.jsa"));
    String stamp = Files.readString(TARGET.resolve("rustplan.jsa.stamp"), StandardCharsets.UTF_8);
    Files.writeString(
        copy.resolve("rustplan.jsa.stamp"),
        stamp.replace(TARGET.toRealPath().resolve("rustplan.jar").toString(), copy.toRealPath().resolve("rustplan.jar").toString()));

    Result result = run(copy.resolve("rustplan"), "--version");

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out().lines().toList())
        .as("%s", result)
        .hasSize(3)
        .allMatch(line -> line.startsWith("rustplan ") || line.startsWith("Java ") || line.startsWith("Start-up archive: "));
  }

  @Test
  void colourOnlyWhenStdoutIsATerminalEvenWithStdinElsewhere() throws Exception {
    Path launcher = TARGET.resolve("rustplan");
    // Into a file, as `rustplan show 1 > notes.txt` or a pipe: no escape codes.
    Result piped = run(launcher, "show", "1");
    assertThat(piped.exit()).as("%s", piped).isZero();
    assertThat(piped.out()).contains("Day 1 of 100").doesNotContain("\u001b");

    // On a terminal (script(1) gives the launcher a pseudo-terminal), with stdin from /dev/null,
    // which Java 17's System.console() alone would take for "no terminal".
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) is not installed");
    Result terminal = run(Path.of("/usr/bin/script"), "-qec", launcher + " show 1 </dev/null", "/dev/null");
    assertThat(terminal.exit()).as("%s", terminal).isZero();
    assertThat(terminal.out()).contains("\u001b[1mDay 1 of 100");
    Result never = run(Path.of("/usr/bin/script"), "-qec", launcher + " show 1 --color never </dev/null", "/dev/null");
    assertThat(never.out()).contains("Day 1 of 100").doesNotContain("\u001b[");
  }

  /** Copies the launcher and the jar (and nothing else) into a folder of their own. */
  private static Path install(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.copy(TARGET.resolve("rustplan"), folder.resolve("rustplan"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(TARGET.resolve("rustplan.jar"), folder.resolve("rustplan.jar"));
    return folder;
  }

  private Result run(Path launcher, String... args) throws IOException, InterruptedException {
    return run(Map.of(), launcher, args);
  }

  private Result run(Map<String, String> extra, Path launcher, String... args) throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>(extra);
    env.put("XDG_CACHE_HOME", cache.toString());
    env.put("RUSTPLAN_HOME", tmp.resolve("home").toString());
    env.put("RUSTPLAN_CDS", null);
    env.put("NO_COLOR", null);
    env.put("TERM", "xterm-256color");
    return Launched.run(tmp, env, launcher, args);
  }

  private static void waitFor(Path file, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(file + " did not appear within " + limit);
      }
      Thread.sleep(200);
    }
  }
}
