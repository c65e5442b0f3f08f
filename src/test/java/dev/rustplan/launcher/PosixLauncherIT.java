package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Launched;
import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher runs where rustplan's users are: under dash, busybox sh with busybox's own
 * userland, and bash (as macOS's bash 3.2 runs it: POSIX sh only), with no JAVA_HOME, with an
 * exported CDPATH, in locales whose charset is not UTF-8; and `java -jar` works without it.
 */
class PosixLauncherIT {

  /** "café ☕" as the bytes a UTF-8 terminal sends, made by the shell so that no Java encoder touches them. */
  private static final String TYPED = "$(printf 'caf\\303\\251 \\342\\230\\225')";
  /** "été.rs", the same way. */
  private static final String ETE = "$(printf '\\303\\251t\\303\\251.rs')";

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"dash", "busybox", "bash"})
  void eachShellRunsItAndKeepsTheCacheRight(String shell) throws Exception {
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles().env("JAVA_HOME", null); // java from PATH
    switch (shell) {
      case "dash" -> launcher.shell(RealTool.require("dash").toString());
      case "busybox" -> launcher.shell(RealTool.require("busybox").toString(), "sh")
          .first(LauncherRun.busyboxUserland(tmp.resolve("busybox-bin")));
      default -> launcher.shell(RealTool.require("bash").toString(), "--posix");
    }

    Result version = launcher.run("--version");
    assertThat(version.exit()).as("%s", version).isZero();
    assertThat(version.err()).as("%s", version).isEmpty();
    assertThat(version.out()).startsWith("rustplan ").contains("Start-up archive: " + LauncherRun.TARGET.resolve("rustplan.jsa").toRealPath() + " (in use)");

    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    Result first = launcher.run("today", "--brief");
    assertThat(first.out()).as("%s", first).startsWith("Day 1/100 · Rust memory layout fund… · streak 0 · not logged yet");
    Path saved = launcher.saved("today--brief");
    Files.writeString(saved, Files.readString(saved).replace("Day 1/100", "Day MARKED/100"));
    assertThat(launcher.run("today", "--brief").out()).as("the saved answer, printed again").startsWith("Day MARKED/100");

    assertThat(launcher.run("log", "--learned", "repr(C) keeps field order").exit()).isZero();
    assertThat(launcher.run("today").out()).contains("Logged so far: 1 learned");
    assertThat(launcher.run("today", "--brief").out()).startsWith("Day 1/100");
  }

  @Test
  void anExportedCdpathDoesNotSendItElsewhere() throws Exception {
    // The README's quick start, `target/rustplan today`, with CDPATH naming a folder that has a target too.
    Files.createDirectories(tmp.resolve("elsewhere/target"));
    LauncherRun launcher = new LauncherRun(tmp).env("CDPATH", tmp.resolve("elsewhere").toString())
        .launcher(Path.of("target/rustplan"));

    Result result = launcher.run("today", "--brief");

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.err()).as("%s", result).isEmpty();
    assertThat(result.out()).startsWith("Day 1/100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"LANG unset", "LC_CTYPE=UTF-8", "LANG=C", "LC_ALL=POSIX"})
  void textTypedInALocaleThatIsNotUtf8IsStoredExactly(String locale) throws Exception {
    LauncherRun launcher = localeRun(locale);
    assertThat(launcher.run("start").exit()).isZero();

    Result logged = launcher.shell("/bin/sh", "-c", "exec \"$0\" \"$@\" \"" + TYPED + "\"").run("log", "--learned");

    assertThat(logged.exit()).as("%s", logged).isZero();
    assertThat(logged.err()).as("%s", logged).isEmpty();
    assertThat(new JournalFile(tmp.resolve("home")).day(1).path("notes").path("learned").get(0).asText())
        .isEqualTo("café ☕");
  }

  @Test
  void aFileWithANonAsciiNameIsReadInThePosixLocale() throws Exception {
    LauncherRun launcher = localeRun("LANG=C");
    assertThat(launcher.run("start").exit()).isZero();
    String script = "cd \"$1\" && printf 'fn main() {}\\n' >\"" + ETE + "\" && shift && exec \"$0\" \"$@\" \"" + ETE + "\"";

    Result logged = launcher.shell("/bin/sh", "-c", script).run(tmp.toString(), "log", "--code");

    assertThat(logged.exit()).as("%s", logged).isZero();
    assertThat(new JournalFile(tmp.resolve("home")).day(1).path("notes").path("code").get(0).path("code").asText())
        .isEqualTo("fn main() {}\n");
  }

  @Test
  void javaDashJarWorksWithoutTheLauncher() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Map<String, String> env = new HashMap<>();
    env.put("RUSTPLAN_HOME", tmp.resolve("home").toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    env.put("RUSTPLAN_TODAY", "2026-03-02");
    env.put("RUSTPLAN_PLAN", null);
    String jar = LauncherRun.TARGET.resolve("rustplan.jar").toString();

    Result version = Launched.run(tmp, env, java, "-jar", jar, "--version");
    Result start = Launched.run(tmp, env, java, "-jar", jar, "start", "--date", "2026-02-28");
    Result today = Launched.run(tmp, env, java, "-jar", jar, "today", "--brief");

    assertThat(version.exit()).as("%s", version).isZero();
    assertThat(version.out()).contains("Start-up archive: none");
    assertThat(start.exit()).as("%s", start).isZero();
    assertThat(today.exit()).as("%s", today).isZero();
    assertThat(today.out()).startsWith("Day 1/100 · Rust memory layout fund… · streak 0 · not logged yet · 2 days behind");
  }

  /** A run in this locale ("LANG unset", or NAME=VALUE with the other locale variables unset). */
  private LauncherRun localeRun(String locale) {
    LauncherRun launcher = new LauncherRun(tmp).env("LANG", null);
    if (locale.contains("=")) {
      launcher.env(locale.substring(0, locale.indexOf('=')), locale.substring(locale.indexOf('=') + 1));
    }
    return launcher;
  }
}
