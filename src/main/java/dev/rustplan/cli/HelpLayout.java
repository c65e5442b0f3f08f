package dev.rustplan.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import dev.rustplan.cli.text.TextWrap;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How `--help` reads: the root lists its commands in groups by when a learner uses them, and
 * lists the global options once; a command's help shows its own options only, with one line
 * pointing at the global ones, so that `log --help` does not repeat `-V, --version`.
 */
public final class HelpLayout {

  /** The commands by when a learner reaches for them, in the order `--help` shows them. */
  public static final Map<String, List<String>> GROUPS = groups();

  private HelpLayout() {}

  private static Map<String, List<String>> groups() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("Every day", List.of("today", "start", "study", "log", "done", "skip", "reopen", "next", "reschedule", "review"));
    groups.put("The plan", List.of("plan", "show", "week", "resources", "search"));
    groups.put("Each week and the journey", List.of("blog", "progress", "calendar", "stats", "report"));
    groups.put("Your journal", List.of("export", "import", "undo", "practice", "sync"));
    groups.put("Setup", List.of("config", "doctor", "completion", "prompt", "remind", "help"));
    return java.util.Collections.unmodifiableMap(groups);
  }

  /** Applies the layout to the root and every command below it, once they are all in place. */
  static void apply(CommandLine root) {
    root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
    root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::groupedCommands);
    root.getSubcommands().values().forEach(HelpLayout::ownOptionsOnly);
  }

  /** The groups, one column of names as wide as the longest in any group, so the groups line up. */
  private static String groupedCommands(Help help) {
    Map<String, Help> all = help.subcommands();
    Map<String, List<String>> shown = new LinkedHashMap<>();
    GROUPS.forEach((group, names) -> shown.put(group, names.stream().filter(all::containsKey).toList()));
    // A command missing from the groups is still listed, never lost from the help.
    List<String> rest = all.keySet().stream().filter(n -> GROUPS.values().stream().noneMatch(g -> g.contains(n))).toList();
    shown.put("More", rest);
    int column = all.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
    int width = help.commandSpec().usageMessage().width();
    StringBuilder text = new StringBuilder();
    shown.forEach((group, names) -> {
      if (names.isEmpty()) {
        return;
      }
      text.append('\n').append(group).append(":\n");
      for (String name : names) {
        String[] description = all.get(name).commandSpec().usageMessage().description();
        String summary = description.length == 0 ? "" : String.format(description[0]);
        List<String> lines = TextWrap.wrap(summary, Math.max(20, width - column));
        for (int i = 0; i < lines.size(); i++) {
          String head = i == 0 ? "  " + name : "";
          text.append(head).append(" ".repeat(column - head.length())).append(lines.get(i)).append('\n');
        }
      }
    });
    return text.toString();
  }

  private static void ownOptionsOnly(CommandLine command) {
    command.getCommandSpec().usageMessage().abbreviateSynopsis(true);
    command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> {
      List<OptionSpec> own = help.commandSpec().options().stream()
          .filter(o -> !o.hidden() && !o.inherited() && !o.usageHelp() && !o.versionHelp())
          .filter(o -> !inHeadedGroup(o))
          .collect(Collectors.toList());
      String global = String.join("\n", TextWrap.wrap("Global options (--plan, --color, --verbose) and -h/--help"
          + " work here as everywhere: rustplan --help", help.commandSpec().usageMessage().width())) + "\n";
      String options = own.isEmpty() ? "" : help.optionListExcludingGroups(own, help.createDefaultLayout(), null,
          help.parameterLabelRenderer());
      return options + help.optionListGroupSections() + global;
    });
    command.getSubcommands().values().forEach(HelpLayout::ownOptionsOnly);
  }

  private static boolean inHeadedGroup(OptionSpec option) {
    for (ArgGroupSpec group = option.group(); group != null; group = group.parentGroup()) {
      if (group.heading() != null) {
        return true;
      }
    }
    return false;
  }
}
