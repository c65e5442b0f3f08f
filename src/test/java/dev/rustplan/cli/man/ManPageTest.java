package dev.rustplan.cli.man;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man pages, read by the real readers: groff with every warning on (-ww) finds nothing to warn
 * about in any page, and man(1) shows each command's options, arguments and commands; text that
 * troff would take for requests or escapes (a leading '.', "'", a backslash) reads as typed.
 */
class ManPageTest {

  @TempDir Path tmp;

  private List<ManPage> pages() {
    return ManPages.of(new Rustplan(tmp.resolve("home")).commandLine().getCommandSpec(), "0.1.0", "2026-12-02");
  }

  @Test
  void everyPageRendersWithoutAWarningAndShowsEveryOptionOfItsCommand() throws Exception {
    RealTool.require("groff");
    RealTool.require("man");
    List<ManPage> pages = pages();
    assertThat(pages).extracting(ManPage::fileName)
        .contains("rustplan.1", "rustplan-today.1", "rustplan-log.1", "rustplan-plan-check.1", "rustplan-plan-convert.1")
        .doesNotHaveDuplicates();
    List<String> missing = new ArrayList<>();
    for (ManPage page : pages) {
      Path file = Files.writeString(tmp.resolve(page.fileName()), page.render(), StandardCharsets.UTF_8);
      Run groff = groff(file);
      assertThat(groff.err()).as("groff's warnings on %s", page.fileName()).isEmpty();
      Run man = read(file);
      assertThat(man.err()).as("man's warnings on %s", page.fileName()).isEmpty();
      assertThat(man.out()).as(page.fileName()).contains("NAME", "SYNOPSIS", "DESCRIPTION", page.name() + " - ");
      for (OptionSpec option : page.options()) {
        for (String name : option.names()) {
          if (!man.out().contains(name)) {
            missing.add(page.fileName() + ": " + name);
          }
        }
      }
      CommandSpec spec = page.spec();
      for (PositionalParamSpec positional : spec.positionalParameters()) {
        if (!positional.hidden() && !man.out().contains(positional.paramLabel())) {
          missing.add(page.fileName() + ": " + positional.paramLabel());
        }
      }
      // Hidden plumbing (merge-driver, which git runs) is left out of the lists, as from --help.
      spec.subcommands().entrySet().stream()
          .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
          .map(java.util.Map.Entry::getKey)
          .filter(name -> !man.out().contains(name + "(1)") && !man.out().contains(name))
          .forEach(name -> missing.add(page.fileName() + ": command " + name));
    }
    assertThat(missing).as("what the pages leave out").isEmpty();
  }

  @Test
  void theRootPageListsEveryCommandItsEnvironmentAndFiles() throws Exception {
    RealTool.require("man");
    ManPage root = pages().get(0);
    String text = read(Files.writeString(tmp.resolve("rustplan.1"), root.render())).out();
    assertThat(text).contains("ENVIRONMENT", "RUSTPLAN_HOME", "RUSTPLAN_PLAN", "XDG_CACHE_HOME", "NO_COLOR",
        "FILES", "progress.json", "EXIT STATUS", "130", "EXAMPLES", "rustplan today", "SEE ALSO", "rustplan-plan(1)",
        "Every day", "--plan=FILE", "--color=WHEN");
    for (ManPage page : pages().subList(1, pages().size())) {
      if (page.spec().parent() == root.spec()) {
        assertThat(text).as("rustplan(1) names %s", page.name()).contains(page.name() + "(1)");
      }
    }
  }

  @Test
  void troffsOwnCharactersReadAsTyped() throws Exception {
    RealTool.require("groff");
    RealTool.require("man");
    CommandSpec spec = CommandSpec.create().name("odd");
    spec.usageMessage()
        .description(
            "Starts plainly.",
            ".TH a line that would be a request",
            "'br and one with the other control character",
            "A back\\slash, \\fB not bold, a \\- and --double, caf\u00e9 \u2615 and 100% (%%), two%nlines.")
        .footerHeading("%nExamples:%n")
        .footer("  .hidden --dry-run 'quoted' \\n", "'also not a request");
    spec.addOption(OptionSpec.builder("--dash-y").type(String.class).paramLabel("A\\B").description(".starts with a dot").build());
    Path file = Files.writeString(tmp.resolve("odd.1"), new ManPage(spec, "1.0", "2026-12-02", Map.of()).render());

    assertThat(groff(file).err()).isEmpty();
    String text = read(file).out().replaceAll("\\s+", " "); // as one line: man wraps where it likes
    assertThat(text).contains(
        ".TH a line that would be a request",
        "'br and one with the other control character",
        "A back\\slash, \\fB not bold, a \\- and --double, caf\u00e9 \u2615 and 100% (%), two lines.",
        ".hidden --dry-run 'quoted' \\n",
        "'also not a request",
        "--dash-y=A\\B",
        ".starts with a dot");
    assertThat(text).doesNotContain("%n");
  }

  /**
   * groff with every warning on, as for a UTF-8 terminal (where man pages are read): its default
   * device, PostScript, has no glyph for much beyond Latin-1 (an emoji) and would warn of that.
   */
  private Run groff(Path file) throws IOException, InterruptedException {
    return run("groff", "-man", "-ww", "-z", "-Tutf8", file.toString());
  }

  private Run read(Path file) throws IOException, InterruptedException {
    return run(Map.of("MANWIDTH", "80", "MAN_KEEP_FORMATTING", "", "LC_ALL", "C.UTF-8"),
        "man", "--warnings", "-l", file.toString());
  }

  private Run run(String... command) throws IOException, InterruptedException {
    return run(Map.of("LC_ALL", "C.UTF-8"), command);
  }

  private Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.environment().remove("MANPAGER");
    builder.environment().put("PAGER", "cat");
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 60 s");
    }
    Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    assertThat(run.exit()).as("%s: %s", String.join(" ", command), run).isZero();
    return run;
  }

  /** What a reader printed. */
  private record Run(int exit, String out, String err) {}
}
