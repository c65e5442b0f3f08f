package dev.rustplan.cli.completion;

import dev.rustplan.cli.completion.CompletionTree.Argument;
import dev.rustplan.cli.completion.CompletionTree.Command;
import dev.rustplan.cli.completion.CompletionTree.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fish script: a `complete` line per command, option and argument, each under a condition
 * that reads the words before the cursor (rustplan.fish) against tables written here from the tree.
 */
final class FishScript {

  private final CompletionTree tree;

  /** Each distinct word list gets one function, named by its place here. */
  private final Map<List<Values.Word>, String> wordFunctions = new LinkedHashMap<>();

  FishScript(CompletionTree tree) {
    this.tree = tree;
  }

  String render() {
    List<Command> all = tree.root().all();
    // The complete lines first: they name the word functions, which go into the tables.
    StringBuilder completions = new StringBuilder();
    for (Command c : all) {
      completions.append(completions(c));
    }
    StringBuilder tables = new StringBuilder();
    tables.append("# The commands below a command (by its path: '', 'plan', ...), as name<Tab>description.\n");
    tables.append(function("__rustplan_subcommands", "path", all, c -> c.commands().isEmpty() ? null
        : "            printf '%s\\t%s\\n' " + c.commands().stream()
            .map(s -> Quote.fish(s.name()) + " " + Quote.fish(s.summary()))
            .collect(Collectors.joining(" ")) + "\n"));
    tables.append("# Whether a command's option takes a value.\n");
    tables.append(function("__rustplan_takes_value", "path option", all, c -> c.valued().isEmpty() ? null
        : "            contains -- $option " + c.valued().stream().map(Quote::fish).collect(Collectors.joining(" ")) + "\n"));
    wordFunctions.forEach((words, name) -> tables.append(wordFunction(name, words)));
    return Template.fill("rustplan.fish", Map.of(
        "TABLES", tables.toString().stripTrailing(),
        "COMPLETIONS", completions.toString().stripTrailing(),
        "PLAN_OPTION", PlanCandidates.PLAN_OPTION,
        "CANDIDATES_OPTION", PlanCandidates.OPTION));
  }

  /** A function that answers by the command's path, one case per distinct answer; false for the others. */
  private static String function(String name, String arguments, List<Command> commands, Function<Command, String> answer) {
    Map<String, List<String>> byAnswer = new LinkedHashMap<>();
    for (Command c : commands) {
      String body = answer.apply(c);
      if (body != null) {
        byAnswer.computeIfAbsent(body, b -> new ArrayList<>()).add(Quote.fishWord(c.key()));
      }
    }
    StringBuilder out = new StringBuilder("function " + name + " --argument-names " + arguments + "\n    switch $path\n");
    byAnswer.forEach((body, keys) -> out.append("        case ").append(String.join(" ", keys)).append('\n').append(body));
    return out.append("        case '*'\n            return 1\n    end\nend\n\n").toString();
  }

  private static String wordFunction(String name, List<Values.Word> words) {
    StringBuilder out = new StringBuilder("# Words a value may be.\nfunction " + name + "\n");
    for (Values.Word w : words) {
      if (w.description().isEmpty()) {
        out.append("    echo ").append(Quote.fish(w.text())).append('\n');
      } else {
        out.append("    printf '%s\\t%s\\n' ").append(Quote.fish(w.text())).append(' ').append(Quote.fish(w.description())).append('\n');
      }
    }
    return out.append("end\n\n").toString();
  }

  private String completions(Command c) {
    String title = String.join(" ", "rustplan", c.key()).strip();
    StringBuilder out = new StringBuilder("\n# " + title + "\n");
    String path = Quote.fishWord(c.key());
    for (Command sub : c.commands()) {
      out.append(line("__rustplan_command_slot " + path, "-a " + Quote.fishWord(sub.name()) + " -d " + Quote.fish(sub.summary())));
    }
    for (Option o : c.options()) {
      StringBuilder flags = new StringBuilder();
      for (String name : o.names()) {
        flags.append(name.startsWith("--") ? "-l " + Quote.fishWord(name.substring(2)) : "-s " + Quote.fishWord(name.substring(1)))
            .append(' ');
      }
      if (o.takesValue()) {
        flags.append(optionValue(o.values())).append(' ');
      }
      flags.append("-d ").append(Quote.fish(o.summary()));
      out.append(line("__rustplan_at " + path, flags.toString()));
    }
    for (Argument a : c.arguments()) {
      String condition = "__rustplan_argument " + path + " " + a.first() + " " + (a.last() == Argument.ANY ? "'*'" : a.last());
      if (a.values() instanceof Values.ByArgument by) {
        by.byWord().forEach((word, values) -> {
          String flags = argumentValue(values);
          if (!flags.isEmpty()) {
            out.append(line(condition + "; and __rustplan_argument_is " + by.index() + " " + Quote.fishWord(word), flags));
          }
        });
      } else {
        String flags = argumentValue(a.values());
        if (!flags.isEmpty()) {
          out.append(line(condition, flags));
        }
      }
    }
    return out.toString();
  }

  private static String line(String condition, String rest) {
    return "complete -c rustplan -n " + Quote.fishDouble(condition) + " " + rest + "\n";
  }

  /** An option's value: -r (it takes one) with what it may be; -x where no file is one. */
  private String optionValue(Values values) {
    if (values instanceof Values.Files) {
      return "-r -F";
    }
    String candidates = candidates(values);
    return candidates.isEmpty() ? "-x" : "-x " + candidates;
  }

  private String argumentValue(Values values) {
    if (values instanceof Values.Files) {
      return "-F";
    }
    return candidates(values);
  }

  /** The -a flag and its argument for these values; "" for none. */
  private String candidates(Values values) {
    if (values instanceof Values.Folders) {
      return "-a " + Quote.fish("(__fish_complete_directories)");
    } else if (values instanceof Values.Words w) {
      String name = wordFunctions.computeIfAbsent(w.words(), k -> "__rustplan_words_" + (wordFunctions.size() + 1));
      return "-a " + Quote.fish("(" + name + ")");
    } else if (values instanceof Values.Asked a) {
      // -k: in the plan's order, not sorted as text.
      return "-k -a " + Quote.fish("(__rustplan_ask " + a.kind().label() + ")");
    } else if (values instanceof Values.Commands) {
      return "-a " + Quote.fish("(__rustplan_help_commands)");
    }
    return "";
  }
}
