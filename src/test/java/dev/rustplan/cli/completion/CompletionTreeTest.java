package dev.rustplan.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.blog.Setting;
import dev.rustplan.cli.completion.CompletionTree.Argument;
import dev.rustplan.cli.completion.CompletionTree.Command;
import dev.rustplan.cli.completion.CompletionTree.Option;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** What each value completes to, read from the real model: the rules hold for every command, present and to come. */
class CompletionTreeTest {

  @TempDir Path home;

  private CompletionTree tree() {
    return CompletionTree.of(new Rustplan(home).commandLine().getCommandSpec());
  }

  private Command command(String key) {
    return tree().root().all().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }

  private Option option(String command, String name) {
    return command(command).options().stream().filter(o -> o.names().contains(name)).findFirst().orElseThrow();
  }

  /** Every Path or File in the model, option or argument, completes file or folder names: never text. */
  @Test
  void everyPathCompletesNames() {
    List<String> wrong = new ArrayList<>();
    for (CommandLine command : all(new Rustplan(home).commandLine())) {
      CommandSpec spec = command.getCommandSpec();
      List<ArgSpec> args = new ArrayList<>(spec.options());
      args.addAll(spec.positionalParameters());
      for (ArgSpec arg : args) {
        boolean path = Path.class.isAssignableFrom(arg.type()) || java.io.File.class.isAssignableFrom(arg.type());
        Values values = ValueRules.of(spec, arg);
        if (path && !(values instanceof Values.Files) && !(values instanceof Values.Folders)) {
          wrong.add(spec.qualifiedName() + " " + arg.paramLabel() + ": " + values);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void labelsSayWhatAValueIs() {
    Values days = new Values.Asked(PlanCandidates.Kind.DAYS);
    for (String command : List.of("show", "log", "done", "skip", "reopen", "review", "practice")) {
      assertThat(command(command).arguments()).extracting(Argument::values).as(command).containsExactly(days);
    }
    for (String command : List.of("week", "blog")) {
      assertThat(command(command).arguments()).extracting(Argument::values).as(command)
          .containsExactly(new Values.Asked(PlanCandidates.Kind.WEEKS));
    }
    assertThat(option("log", "--code").values()).isEqualTo(Values.FILES);
    assertThat(option("blog", "--out").values()).isEqualTo(Values.FOLDERS);
    assertThat(option("blog", "--template").values()).isEqualTo(Values.FILES);
    assertThat(option("practice", "--dir").values()).isEqualTo(Values.FOLDERS);
    assertThat(option("", "--plan").values()).isEqualTo(Values.FILES);
    assertThat(command("import").arguments()).extracting(Argument::values).containsExactly(Values.FILES);
    assertThat(command("plan check").arguments()).extracting(Argument::values).containsExactly(Values.FILES);
    assertThat(command("help").arguments()).extracting(Argument::values).containsExactly(Values.COMMANDS);
    assertThat(option("log", "--learned").values()).isEqualTo(Values.TEXT);
    assertThat(option("log", "--learned").repeatable()).isTrue();
    assertThat(option("show", "--json").takesValue()).isFalse();
  }

  @Test
  void declaredCandidatesAreWords() {
    assertThat(((Values.Words) option("", "--color").values()).texts()).containsExactly("auto", "always", "never");
    assertThat(((Values.Words) option("blog", "--front-matter").values()).texts()).containsExactly("yaml", "toml");
    assertThat(((Values.Words) command("completion").arguments().get(0).values()).texts()).containsExactly("bash", "zsh", "fish");
  }

  /** config KEY VALUE: the keys are Setting's, described by their meaning; VALUE goes by the key. */
  @Test
  void configValuesGoByTheirKey() {
    Values.Words keys = (Values.Words) command("config").arguments().get(0).values();
    assertThat(keys.words()).containsExactlyElementsOf(Arrays.stream(Setting.values())
        .map(s -> new Values.Word(s.key(), s.meaning())).toList());
    assertThat(((Values.Words) option("config", "--unset").values()).texts()).isEqualTo(keys.texts());
    Values.ByArgument value = (Values.ByArgument) command("config").arguments().get(1).values();
    assertThat(value.index()).isZero();
    assertThat(value.byWord().keySet()).containsExactlyElementsOf(keys.texts());
    Map<String, Values> byKey = value.byWord();
    assertThat(byKey.get("template")).isEqualTo(Values.FILES);
    assertThat(byKey.get("blog-dir")).isEqualTo(Values.FOLDERS);
    assertThat(byKey.get("practice-dir")).isEqualTo(Values.FOLDERS);
    assertThat(((Values.Words) byKey.get("front-matter")).texts()).containsExactly("yaml", "toml");
  }

  @Test
  void hiddenOptionsAreLeftOut() {
    assertThat(command("completion").options()).flatExtracting(Option::names).doesNotContain(PlanCandidates.OPTION);
  }

  @Test
  void optionsThatExcludeEachOtherSayWhich() {
    assertThat(option("review", "--ok").excludes()).contains("--again");
    assertThat(option("", "--help").endsLine()).isTrue();
  }

  @Test
  void aSummaryIsTheFirstClause() {
    assertThat(Summary.of(new String[] {"The language of --code (default: from the file's extension, e.g. .rs is rust)."}))
        .isEqualTo("The language of --code (default: from the file's extension, e.g. .rs is rust)");
    assertThat(Summary.of(new String[] {"Colour the output: auto, always or never. NO_COLOR turns it off."}))
        .isEqualTo("Colour the output");
    assertThat(Summary.ofCommand(new String[] {"List the settings; with KEY, show one.", "%nKeys: ..."}))
        .isEqualTo("List the settings");
    assertThat(Summary.of(new String[] {"Show @|bold this|@%nand that."})).isEqualTo("Show this and that");
  }

  private static List<CommandLine> all(CommandLine command) {
    List<CommandLine> all = new ArrayList<>();
    all.add(command);
    command.getSubcommands().values().forEach(sub -> all.addAll(all(sub)));
    return all;
  }
}
