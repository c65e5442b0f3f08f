package dev.rustplan.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.blog.Setting;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.Week;
import dev.rustplan.plan.load.PlanLoader;
import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every shell must complete, asked of the real shell through its own completion machinery
 * (each subclass drives one), with the real rustplan on PATH for the plan's days and weeks. The
 * expectations come from the model and the plans, so a new command, option or setting is covered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShellCompletionCases {

  private static final Plan BUNDLED = PlanLoader.load(PlanSource.bundled()).requirePlan();
  private static final Plan OTHER = PlanLoader.load(PlanSource.file(ShellFixture.OTHER_PLAN, "test")).requirePlan();

  private Path folder;
  protected ShellFixture fixture;

  /** The shell's program, as Debian installs it. */
  abstract String shell();

  /** Puts the script where this shell reads it (a file to source, a folder on its completion path). */
  abstract void install(ShellFixture fixture);

  /** What the shell offers for the line, the cursor at its end, with these variables set (null removes one). */
  abstract List<Candidate> complete(String line, Map<String, String> vars);

  @BeforeAll
  void shellAndScript() throws IOException {
    RealTool.require(shell());
    folder = Files.createTempDirectory("rustplan-completion-" + shell());
    fixture = new ShellFixture(folder);
    install(fixture);
  }

  @AfterAll
  void removeFolder() throws IOException {
    if (folder != null) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  /** The words offered, each once. */
  List<String> words(String line) {
    return words(line, Map.of());
  }

  List<String> words(String line, Map<String, String> vars) {
    return complete(line, vars).stream().map(Candidate::word).distinct().toList();
  }

  @Test
  void commandNamesFromTheModel() {
    assertThat(words("rustplan ")).containsExactlyInAnyOrderElementsOf(commands(model()));
    assertThat(words("rustplan sh")).containsExactly("show");
    assertThat(words("rustplan --color never cal")).containsExactly("calendar");
    assertThat(words("rustplan plan ")).containsExactlyInAnyOrderElementsOf(commands(model().getSubcommands().get("plan")));
  }

  @Test
  void helpCompletesCommandNamesAndTheCommandsBelowThem() {
    assertThat(words("rustplan help ")).containsExactlyInAnyOrderElementsOf(commands(model()));
    assertThat(words("rustplan help pl")).containsExactly("plan");
    assertThat(words("rustplan help plan ")).containsExactlyInAnyOrderElementsOf(commands(model().getSubcommands().get("plan")))
        .contains("check");
    assertThat(words("rustplan help nothing-such ")).isEmpty();
  }

  /** Every command that takes a DAY, read from the model; the list is checked not to be empty by accident. */
  Stream<String> commandsWithADay() {
    List<String> found = new ArrayList<>();
    for (CommandLine command : model().getSubcommands().values()) {
      if (command.getCommandSpec().positionalParameters().stream().anyMatch(p -> p.paramLabel().equals("DAY"))) {
        found.add(command.getCommandName());
      }
    }
    assertThat(found).contains("show", "log", "done", "skip", "reopen", "review", "practice");
    return found.stream();
  }

  @ParameterizedTest(name = "rustplan {0} <Tab>")
  @MethodSource("commandsWithADay")
  void aDayIsOneOfThePlansDays(String command) {
    // A command with subcommands of its own (study start|stop|...) offers them beside the days.
    List<String> expected = new ArrayList<>(days(BUNDLED));
    expected.addAll(model().getSubcommands().get(command).getSubcommands().keySet());
    assertThat(words("rustplan " + command + " ")).containsExactlyInAnyOrderElementsOf(expected)
        .doesNotContain("notes.rs");
  }

  @Test
  void aStudySessionStartsOnADay() {
    assertThat(words("rustplan study start ")).containsExactlyInAnyOrderElementsOf(days(BUNDLED));
  }

  @Test
  void aDayCompletesFromWhatIsTyped() {
    assertThat(words("rustplan show 9")).containsExactlyInAnyOrder("9", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99");
    assertThat(words("rustplan show --json 10")).containsExactlyInAnyOrder("10", "100");
  }

  @ParameterizedTest(name = "rustplan {0} <Tab>")
  @ValueSource(strings = {"week", "blog"})
  void aWeekIsOneOfThePlansWeeks(String command) {
    assertThat(words("rustplan " + command + " ")).containsExactlyInAnyOrderElementsOf(weeks(BUNDLED))
        .doesNotContain("notes.rs");
  }

  @Test
  void anotherPlanNamedOnTheLineGivesItsOwnDaysAndWeeks() {
    String plan = ShellFixture.OTHER_PLAN.toString();
    assertThat(words("rustplan --plan " + plan + " show ")).containsExactlyInAnyOrderElementsOf(days(OTHER));
    assertThat(words("rustplan --plan=" + plan + " done ")).containsExactlyInAnyOrderElementsOf(days(OTHER));
    assertThat(words("rustplan show --plan " + plan + " ")).containsExactlyInAnyOrderElementsOf(days(OTHER));
    assertThat(words("rustplan --plan " + plan + " week ")).containsExactlyInAnyOrderElementsOf(weeks(OTHER));
  }

  @Test
  void anotherPlanInRustplanPlanGivesItsOwnDays() {
    Map<String, String> vars = Map.of("RUSTPLAN_PLAN", ShellFixture.OTHER_PLAN.toString());
    assertThat(words("rustplan show ", vars)).containsExactlyInAnyOrderElementsOf(days(OTHER));
    assertThat(words("rustplan blog ", vars)).containsExactlyInAnyOrderElementsOf(weeks(OTHER));
  }

  @ParameterizedTest(name = "[{0}<Tab>] offers files")
  @ValueSource(strings = {
      "rustplan log --code ", "rustplan import ", "rustplan config template ", "rustplan plan check ",
      "rustplan blog --template ", "rustplan --plan ", "rustplan export --out ", "rustplan today --plan "})
  void aFileIsAnyFile(String line) {
    assertThat(words(line)).contains("notes.rs", "journal.json", "posts", "templates");
  }

  @ParameterizedTest(name = "[{0}<Tab>] offers folders only")
  @ValueSource(strings = {
      "rustplan config blog-dir ", "rustplan config practice-dir ", "rustplan blog --out ", "rustplan practice --dir "})
  void aFolderIsAFolder(String line) {
    assertThat(words(line)).contains("posts", "templates").doesNotContain("notes.rs", "journal.json");
  }

  @Test
  void aValueAfterEqualsCompletesInTheSameWord() {
    assertThat(words("rustplan log --code=no")).containsExactly("--code=notes.rs");
    assertThat(words("rustplan --plan=jo")).containsExactly("--plan=journal.json");
    assertThat(words("rustplan --color=")).containsExactlyInAnyOrder("--color=auto", "--color=always", "--color=never");
    assertThat(words("rustplan show --color=al")).containsExactly("--color=always");
    assertThat(words("rustplan blog --front-matter=t")).containsExactly("--front-matter=toml");
    assertThat(words("rustplan export --format=c")).containsExactly("--format=csv");
  }

  @Test
  void theValuesOfAnOption() {
    assertThat(words("rustplan export --format ")).containsExactlyInAnyOrder("md", "json", "csv", "ics");
    assertThat(words("rustplan blog --front-matter ")).containsExactlyInAnyOrder("yaml", "toml");
    assertThat(words("rustplan today --color ")).containsExactlyInAnyOrder("auto", "always", "never");
    assertThat(words("rustplan completion ")).containsExactlyInAnyOrder("bash", "zsh", "fish");
  }

  @Test
  void configKeysAndTheirValues() {
    List<String> keys = Arrays.stream(Setting.values()).map(Setting::key).toList();
    assertThat(words("rustplan config ")).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(words("rustplan config --unset ")).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(words("rustplan config front-matter ")).containsExactlyInAnyOrder("yaml", "toml");
  }

  /** Nothing to pick, and no file names: at most the options (zsh lists them when nothing else can come). */
  @ParameterizedTest(name = "[{0}<Tab>] offers nothing, no files either")
  @ValueSource(strings = {
      "rustplan search ", "rustplan log --learned ", "rustplan done --date ", "rustplan config series-url ",
      "rustplan show 9 "})
  void textIsTypedNotPicked(String line) {
    assertThat(words(line)).allMatch(word -> word.startsWith("-"));
  }

  @Test
  void optionsByTheirStart() {
    assertThat(words("rustplan today --b")).containsExactly("--brief");
    assertThat(words("rustplan log --ed")).containsExactly("--edit");
  }

  /** Each command, asked for its options: every long option the model gives it, and no other. */
  @Test
  void everyCommandOffersItsOwnOptions() {
    for (CommandLine command : all(model())) {
      CommandSpec spec = command.getCommandSpec();
      List<String> expected = spec.options().stream().filter(o -> !o.hidden())
          .flatMap(o -> Arrays.stream(o.names())).filter(n -> n.startsWith("--")).toList();
      String path = spec.qualifiedName(" ").replaceFirst("^\\S+", "rustplan");
      assertThat(words(path + " --")).as("%s --<Tab>", path).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /** Starting rustplan costs a JVM start: only a day or a week is worth it, never an option or a file. */
  @Test
  void rustplanIsStartedOnlyForDaysAndWeeks() throws IOException {
    Path calls = fixture.root().resolve("calls.log");
    Files.deleteIfExists(calls);
    Map<String, String> counted = Map.of("RP_CALLS", calls.toString());
    words("rustplan show --j", counted);
    words("rustplan log --code ", counted);
    words("rustplan sh", counted);
    assertThat(calls).doesNotExist();
    words("rustplan show ", counted);
    assertThat(Files.readAllLines(calls)).containsExactly("completion " + shell() + " --candidates days");
  }

  static CommandLine model() {
    return new Rustplan(Path.of("target")).commandLine();
  }

  /** The command's subcommands a learner types: hidden plumbing (merge-driver, which git runs) is not completed. */
  static List<String> commands(CommandLine command) {
    return command.getSubcommands().entrySet().stream()
        .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(java.util.Map.Entry::getKey).toList();
  }

  private static List<CommandLine> all(CommandLine command) {
    List<CommandLine> all = new ArrayList<>();
    all.add(command);
    command.getSubcommands().values().stream().filter(sub -> !sub.getCommandSpec().usageMessage().hidden())
        .forEach(sub -> all.addAll(all(sub)));
    return all;
  }

  static List<String> days(Plan plan) {
    return plan.days().stream().map(Day::number).map(String::valueOf).toList();
  }

  static List<String> weeks(Plan plan) {
    return plan.weeks().stream().map(Week::number).map(String::valueOf).toList();
  }
}
