package dev.rustplan.cli.completion;

import dev.rustplan.cli.completion.CompletionTree.Argument;
import dev.rustplan.cli.completion.CompletionTree.Command;
import dev.rustplan.cli.completion.CompletionTree.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The zsh script: a native `#compdef` function per command, built on zsh's _arguments, with
 * every command and option described; the fixed helpers are in _rustplan.zsh.
 */
final class ZshScript {

  private final CompletionTree tree;

  /** Each distinct word list gets one function, named by its place here. */
  private final Map<List<Values.Word>, String> wordFunctions = new LinkedHashMap<>();

  ZshScript(CompletionTree tree) {
    this.tree = tree;
  }

  String render() {
    // Commands first: they name the word functions, which are written out after them.
    StringBuilder commands = new StringBuilder();
    StringBuilder byArgument = new StringBuilder();
    for (Command c : tree.root().all()) {
      commands.append(command(c)).append('\n');
      for (Argument a : c.arguments()) {
        if (a.values() instanceof Values.ByArgument by) {
          byArgument.append(byArgument(c, a, by)).append('\n');
        }
      }
    }
    StringBuilder functions = new StringBuilder(commandList()).append('\n');
    wordFunctions.forEach((words, name) -> functions.append(wordFunction(name, words)).append('\n'));
    functions.append(byArgument).append(commands);
    return Template.fill("_rustplan.zsh", Map.of(
        "FUNCTIONS", functions.toString().stripTrailing(),
        "PLAN_OPTION", PlanCandidates.PLAN_OPTION,
        "CANDIDATES_OPTION", PlanCandidates.OPTION));
  }

  /** __rustplan_command_list PATH: sets reply to the commands below PATH as name:description. */
  private String commandList() {
    StringBuilder out = new StringBuilder("# The commands below a command, as name:description.\n");
    out.append("__rustplan_command_list() {\n  case $1 in\n");
    for (Command c : tree.root().all()) {
      if (!c.commands().isEmpty()) {
        out.append("    (").append(listName(c)).append(")\n      reply=(\n");
        for (Command sub : c.commands()) {
          out.append("        ").append(Quote.sh(describeWord(sub.name(), sub.summary()))).append('\n');
        }
        out.append("      ) ;;\n");
      }
    }
    return out.append("    (*) return 1 ;;\n  esac\n}\n").toString();
  }

  private static String wordFunction(String name, List<Values.Word> words) {
    StringBuilder out = new StringBuilder("# Words a value may be: " + name + " LABEL.\n" + name + "() {\n  local -a words\n  words=(\n");
    for (Values.Word w : words) {
      out.append("    ").append(Quote.sh(describeWord(w.text(), w.description()))).append('\n');
    }
    return out.append("  )\n  _describe -t values \"${@[-1]}\" words\n}\n").toString();
  }

  /** config KEY VALUE: VALUE by the word KEY is ($line holds the arguments before this one). */
  private String byArgument(Command c, Argument a, Values.ByArgument by) {
    StringBuilder out = new StringBuilder("# " + String.join(" ", "rustplan", c.key()).strip() + " "
        + a.label() + ": by the argument before it.\n");
    out.append(byArgumentName(c)).append("() {\n  case ${line[").append(by.index() + 1).append("]} in\n");
    Map<String, List<String>> byAction = new LinkedHashMap<>();
    by.byWord().forEach((word, values) -> {
      String action = action(c, values, a.label());
      if (!action.isBlank()) {
        byAction.computeIfAbsent(action, k -> new ArrayList<>()).add(Quote.sh(word));
      }
    });
    byAction.forEach((action, words) -> out.append("    (").append(String.join("|", words)).append(") ")
        .append(action).append(" ;;\n"));
    return out.append("    (*) _message ").append(word(message(a.label()))).append(" ;;\n  esac\n}\n").toString();
  }

  /** The name a command's list of subcommands goes by: rustplan, rustplan_plan (as help's walk builds it). */
  private static String listName(Command c) {
    return Quote.identifier(String.join(" ", "rustplan", c.key()).strip());
  }

  private static String byArgumentName(Command c) {
    return "__rustplan_by_" + (c.path().isEmpty() ? "rustplan" : Quote.identifier(c.key()));
  }

  private static String functionName(Command c) {
    return c.path().isEmpty() ? "_rustplan_cmd" : "_rustplan_cmd_" + Quote.identifier(c.key());
  }

  /** A command's function: its options and arguments for _arguments; then, with subcommands, the one named. */
  private String command(Command c) {
    List<String> specs = new ArrayList<>();
    for (Option o : c.options()) {
      specs.addAll(optionSpecs(c, o));
    }
    boolean parent = !c.commands().isEmpty();
    if (parent) {
      // (-): once the command is named, the options that follow are the command's, not this one's.
      Argument first = c.arguments().stream().filter(a -> a.first() == 0).findFirst().orElse(null);
      String action = first == null ? null : action(c, first.values(), first.label());
      if (action != null && action.matches("[A-Za-z0-9_. -]+")) {
        // A command with a value of its own before its commands (study [DAY] start): both are offered.
        specs.add(Quote.sh("(-): :_alternative \"commands:command:__rustplan_commands " + listName(c) + "\" \"values:"
            + message(first.label()) + ":" + action + "\""));
      } else {
        specs.add(Quote.sh("(-): :__rustplan_commands " + listName(c)));
      }
      specs.add(Quote.sh("(-)*:: :->command"));
    } else {
      for (Argument a : c.arguments()) {
        specs.addAll(argumentSpecs(c, a));
      }
    }
    StringBuilder out = new StringBuilder();
    String title = String.join(" ", "rustplan", c.key()).strip();
    out.append("# ").append(title).append(c.summary().isEmpty() ? "" : ": " + c.summary()).append('\n');
    out.append(functionName(c)).append("() {\n");
    out.append("  local curcontext=$curcontext state state_descr line ret=1\n  typeset -A opt_args\n");
    out.append("  _arguments -s -S").append(parent ? " -C" : "");
    for (String spec : specs) {
      out.append(" \\\n    ").append(spec);
    }
    out.append(" && ret=0\n");
    if (parent) {
      out.append("  [[ -n ${opt_args[").append(PlanCandidates.PLAN_OPTION).append("]} ]] && __rustplan_plan=${opt_args[")
          .append(PlanCandidates.PLAN_OPTION).append("]}\n");
      out.append("  if [[ $state == command ]]; then\n");
      out.append("    curcontext=${curcontext%:*:*}:").append(Quote.identifier(title).replace('_', '-')).append("-$words[1]:\n");
      out.append("    case $words[1] in\n");
      for (Command sub : c.commands()) {
        out.append("      (").append(Quote.sh(sub.name())).append(") ").append(functionName(sub)).append(" && ret=0 ;;\n");
      }
      out.append("    esac\n  fi\n");
    }
    return out.append("  return ret\n}\n").toString();
  }

  /** One spec per name: `(excluded)*--name=[what it does]:label:action`. */
  private List<String> optionSpecs(Command c, Option o) {
    Set<String> excluded = new LinkedHashSet<>();
    if (o.endsLine()) {
      excluded.add("- *");
    } else {
      if (!o.repeatable() && o.names().size() > 1) {
        excluded.addAll(o.names());
      }
      excluded.addAll(o.excludes());
    }
    String exclusions = excluded.isEmpty() ? "" : "(" + String.join(" ", excluded) + ")";
    List<String> specs = new ArrayList<>();
    for (String name : o.names()) {
      StringBuilder spec = new StringBuilder(exclusions);
      if (o.repeatable()) {
        spec.append('*');
      }
      spec.append(name);
      if (o.takesValue()) {
        // --name=: the value in the same word after '=', or as the next word; -n+: right after it, or next.
        spec.append(name.startsWith("--") ? "=" : "+");
      }
      spec.append('[').append(bracketed(o.summary())).append(']');
      if (o.takesValue()) {
        spec.append(':').append(message(o.label())).append(':').append(action(c, o.values(), o.label()));
      }
      specs.add(Quote.sh(spec.toString()));
    }
    return specs;
  }

  private List<String> argumentSpecs(Command c, Argument a) {
    String rest = ":" + message(a.label()) + ":" + action(c, a.values(), a.label());
    if (a.last() == Argument.ANY) {
      return List.of(Quote.sh("*" + rest));
    }
    List<String> specs = new ArrayList<>();
    for (int i = a.first(); i <= a.last(); i++) {
      specs.add(Quote.sh((i + 1) + (a.required() ? "" : ":") + rest));
    }
    return specs;
  }

  /** What _arguments runs to complete these values; a space for text (it shows the label, offers nothing). */
  private String action(Command c, Values values, String label) {
    String message = word(message(label));
    if (values instanceof Values.Files) {
      return "_files";
    } else if (values instanceof Values.Folders) {
      return "_files -/";
    } else if (values instanceof Values.Words w) {
      String name = wordFunctions.computeIfAbsent(w.words(), k -> "__rustplan_words_" + (wordFunctions.size() + 1));
      return name + " " + message;
    } else if (values instanceof Values.Asked a) {
      return "__rustplan_ask " + a.kind().label() + " " + message;
    } else if (values instanceof Values.Commands) {
      return "__rustplan_help_commands";
    } else if (values instanceof Values.ByArgument) {
      return byArgumentName(c);
    }
    return " ";
  }

  /** A word of an action: as it is when plain, else quoted. */
  private static String word(String text) {
    return text.matches("[A-Za-z0-9_.-]+") ? text : Quote.sh(text);
  }

  /** The label zsh shows above the candidates: "day", "file". */
  private static String message(String label) {
    return label.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace(":", "\\:");
  }

  /** Text inside an option's [description]: brackets and backslashes escaped. */
  private static String bracketed(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }

  /** name:description as _describe reads it, the name's own colons escaped. */
  private static String describeWord(String word, String description) {
    String name = word.replace("\\", "\\\\").replace(":", "\\:");
    return description.isEmpty() ? name : name + ":" + description.replaceAll("\\s+", " ");
  }
}
