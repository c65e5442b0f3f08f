package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.cli.Env;
import dev.rustplan.testing.Result;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher and Java find the data folder (whose journal the launcher's key covers) and the
 * cache folder by the same rules, or the launcher keeps no answer: blank and white-space values,
 * HOME unset, XDG_* set. The launcher's side is read from the arguments it gives a java that only
 * prints them; Java's from {@link Env}; then the real JVM saves an answer the launcher prints again.
 */
class FoldersAgreeIT {

  /** No variable of these is set unless a case sets it. */
  private static final List<String> VARIABLES = List.of("RUSTPLAN_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HOME");

  @TempDir Path tmp;

  /** Each case: its name, then NAME=VALUE pairs, where "@" stands for the scratch folder. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("all set", List.of("RUSTPLAN_HOME=@/data", "XDG_CACHE_HOME=@/cache", "HOME=@/home")),
        Arguments.of("white space around", List.of("RUSTPLAN_HOME=  @/data \t", "XDG_CACHE_HOME= @/cache ", "HOME=@/home")),
        Arguments.of("a CR at the end", List.of("RUSTPLAN_HOME=@/data\r", "XDG_CACHE_HOME=@/cache\r", "HOME=@/home\r")),
        Arguments.of("spaces inside", List.of("RUSTPLAN_HOME=@/my data", "XDG_CACHE_HOME=@/my cache", "HOME=@/home")),
        Arguments.of("blank ones fall through", List.of("RUSTPLAN_HOME=   ", "XDG_DATA_HOME=@/xdg-data", "XDG_CACHE_HOME=\t",
            "HOME=@/home")),
        Arguments.of("HOME alone", List.of("HOME=@/home")),
        Arguments.of("HOME with a space at the end", List.of("HOME=@/home ")),
        Arguments.of("XDG set", List.of("XDG_DATA_HOME=@/xdg-data", "XDG_CACHE_HOME=@/xdg-cache", "HOME=@/home")),
        Arguments.of("HOME unset, the rest set", List.of("RUSTPLAN_HOME=@/data", "XDG_CACHE_HOME=@/cache")),
        Arguments.of("HOME unset, no cache folder", List.of("RUSTPLAN_HOME=@/data")),
        Arguments.of("HOME unset, no data folder", List.of("XDG_CACHE_HOME=@/cache")),
        Arguments.of("HOME blank", List.of("HOME= ")),
        Arguments.of("nothing set", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theLauncherAndJavaFindTheSameFoldersOrTheLauncherKeepsNoAnswer(String name, List<String> pairs) throws Exception {
    Map<String, String> vars = new HashMap<>();
    for (String pair : pairs) {
      vars.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1).replace("@", tmp.toString()));
    }
    Map<String, String> launcherSaw = launcherFolders(vars);
    Env java = new Env(vars, Clock.systemUTC(), InputStream.nullInputStream(), false);
    boolean dataNeedsHome = get(vars, "RUSTPLAN_HOME").isEmpty() && get(vars, "XDG_DATA_HOME").isEmpty();
    boolean cacheNeedsHome = get(vars, "XDG_CACHE_HOME").isEmpty();
    boolean javaNeedsTheUserDatabase = get(vars, "HOME").isEmpty() && (dataNeedsHome || cacheNeedsHome);

    if (javaNeedsTheUserDatabase) {
      assertThat(launcherSaw).as("no answer kept where Java reads the user database's home").isEmpty();
      return;
    }
    assertThat(launcherSaw).containsKeys("rustplan.data", "rustplan.cache", "rustplan.output.cache");
    assertThat(Path.of(launcherSaw.get("rustplan.data"))).isEqualTo(java.home());
    assertThat(Path.of(launcherSaw.get("rustplan.cache"))).isEqualTo(java.cacheHome());
    assertThat(Path.of(launcherSaw.get("rustplan.output.cache"))).isEqualTo(java.cacheHome().resolve("output/today--brief"));

    // The real JVM agrees (else it would save nothing), and the launcher prints its answer again.
    LauncherRun launcher = realRun(vars).aheadOfTheFiles();
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    assertThat(java.home().resolve("progress.json")).exists();
    Result first = launcher.run("today", "--brief");
    Path saved = java.cacheHome().resolve("output/today--brief");
    assertThat(saved).as("%s", first).exists();
    Files.writeString(saved, Files.readString(saved, StandardCharsets.UTF_8).replace("Day 1/100", "Day MARKED/100"),
        StandardCharsets.UTF_8);
    assertThat(launcher.run("today", "--brief").out()).startsWith("Day MARKED/100");
    assertThat(launcher.run("log", "--learned", "seen").exit()).isZero();
    assertThat(launcher.run("today", "--brief").out()).startsWith("Day 1/100");
  }

  /** The -Drustplan.* properties the launcher gives java for `today --brief` with these variables. */
  private Map<String, String> launcherFolders(Map<String, String> vars) throws Exception {
    Path javaHome = LauncherRun.echoingJava(tmp.resolve("echoing-jdk"));
    LauncherRun launcher = realRun(vars).env("JAVA_HOME", javaHome.toString()).env("RUSTPLAN_CDS", "off");
    Result printed = launcher.run("today", "--brief");
    assertThat(printed.exit()).as("%s", printed).isZero();
    Map<String, String> properties = new HashMap<>();
    for (String arg : printed.out().split("\n")) {
      if (arg.startsWith("-Drustplan.data=") || arg.startsWith("-Drustplan.cache=")
          || arg.startsWith("-Drustplan.output.cache=")) {
        properties.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return properties;
  }

  /** A run with only these of the folder variables set. */
  private LauncherRun realRun(Map<String, String> vars) {
    LauncherRun launcher = new LauncherRun(tmp);
    VARIABLES.forEach(v -> launcher.env(v, vars.get(v)));
    // Were HOME unset, Java would use the user database's home: a scratch one, not the real one.
    launcher.env("JAVA_TOOL_OPTIONS", "-Duser.home=" + tmp.resolve("user-database-home"));
    return launcher;
  }

  private static Optional<String> get(Map<String, String> vars, String name) {
    String value = vars.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
