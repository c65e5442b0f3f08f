package dev.rustplan.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.JournalFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text typed in any locale is stored as typed or refused, never replaced by U+FFFD: real JVMs
 * started in the locales learners have (LANG unset; LC_CTYPE=UTF-8 forwarded by ssh from a Mac).
 */
class LocaleTest {

  /** "café ☕" as the bytes a UTF-8 terminal sends, made by the shell so no Java encoder touches them. */
  private static final String TYPED = "$(printf 'caf\\303\\251 \\342\\230\\225')";

  @TempDir Path home;

  private record Run(int exit, String out, String err) {}

  /** `rustplan log --learned "café ☕"` in a JVM started with only these locale variables. */
  private Run logInLocale(Map<String, String> locale) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" \"" + TYPED + "\"", "sh"));
    ProcessBuilder java = ChildJvm.get().rustplan(home, "log", "--learned");
    command.addAll(java.command());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(Map.of("PATH", System.getenv("PATH"), "RUSTPLAN_HOME", home.toString(),
        "RUSTPLAN_TODAY", "2026-03-02", "XDG_CACHE_HOME", ChildJvm.cache()));
    builder.environment().putAll(locale);
    Path out = home.resolveSibling(home.getFileName() + ".out");
    Path err = home.resolveSibling(home.getFileName() + ".err");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private void started() throws Exception {
    ProcessBuilder start = ChildJvm.get().rustplan(home, "start");
    assertThat(start.redirectErrorStream(true).start().waitFor()).isZero();
  }

  @Test
  void withNoLocaleOrAMacsLocaleTheTextIsRefusedWithOneLineAndNothingIsWritten() throws Exception {
    started();
    byte[] before = Files.readAllBytes(new JournalFile(home).path());
    for (Map<String, String> locale : List.of(Map.<String, String>of(), Map.of("LC_CTYPE", "UTF-8"),
        Map.of("LANG", "C"))) {
      Run run = logInLocale(locale);
      assertThat(run.exit()).as("%s: %s", locale, run).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("rustplan: argument 3 ('caf").contains("lost its non-ASCII characters",
          "nothing was changed", "LC_ALL=C.UTF-8").doesNotContain("\uFFFD");
      assertThat(run.err().lines()).hasSize(1);
      assertThat(Files.readAllBytes(new JournalFile(home).path())).isEqualTo(before);
    }
  }

  @Test
  void inAUtf8LocaleTheTextIsStoredExactlyAsTyped() throws Exception {
    started();
    Run run = logInLocale(Map.of("LC_ALL", "C.UTF-8"));
    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(new JournalFile(home).day(1).path("notes").path("learned").get(0).asText()).isEqualTo("café ☕");
  }
}
