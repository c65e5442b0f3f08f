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
 * The bash script: a fixed completion function (rustplan.bash) that walks the words typed, over
 * tables written here from the tree: each command's subcommands and options, which options take a
 * value, and what each value and argument completes to.
 */
final class BashScript {

  private final CompletionTree tree;

  BashScript(CompletionTree tree) {
    this.tree = tree;
  }

  String render() {
    return Template.fill("rustplan.bash", Map.of(
        "TABLES", tables(),
        "PLAN_OPTION", PlanCandidates.PLAN_OPTION,
        "CANDIDATES_OPTION", PlanCandidates.OPTION));
  }

  private String tables() {
    List<Command> all = tree.root().all();
    StringBuilder out = new StringBuilder();

    out.append("# The commands below a command (by its path: '', 'plan', ...).\n");
    out.append(function("__rustplan_subcommands", all, c -> c.commands().isEmpty() ? null
        : " REPLY=(" + words(c.commands().stream().map(Command::name).toList()) + ") ;;\n", "    *) return 1 ;;\n"));

    out.append("# A command's options.\n");
    out.append(function("__rustplan_options", all, c -> c.options().isEmpty() ? null
        : " REPLY=(" + words(c.options().stream().flatMap(o -> o.names().stream()).toList()) + ") ;;\n",
        "    *) return 1 ;;\n"));

    out.append("# Whether a command's option takes a value: __rustplan_takes_value PATH OPTION.\n");
    out.append(function("__rustplan_takes_value", all, c -> c.valued().isEmpty() ? null
        : " case $2 in " + pattern(c.valued()) + ") return 0 ;; esac; return 1 ;;\n", "    *) return 1 ;;\n"));

    out.append("# What an option's value completes to: __rustplan_option_values PATH OPTION.\n");
    out.append(function("__rustplan_option_values", all, c -> {
      StringBuilder cases = new StringBuilder();
      for (Option o : c.options()) {
        String reply = reply(o.values());
        if (o.takesValue() && reply != null) {
          cases.append("        ").append(pattern(o.names())).append(") REPLY=(").append(reply).append(") ;;\n");
        }
      }
      return cases.isEmpty() ? null : "\n      case $2 in\n" + cases + "        *) return 1 ;;\n      esac ;;\n";
    }, "    *) return 1 ;;\n"));

    out.append("# What an argument completes to, by its index: __rustplan_argument_values PATH INDEX.\n");
    out.append(function("__rustplan_argument_values", all, c -> {
      StringBuilder cases = new StringBuilder();
      for (Argument a : c.arguments()) {
        String reply = reply(a.values());
        if (reply != null) {
          String test = a.last() == Argument.ANY ? "$2 >= " + a.first()
              : a.last() == a.first() ? "$2 == " + a.first() : "$2 >= " + a.first() + " && $2 <= " + a.last();
          cases.append("      if (( ").append(test).append(" )); then REPLY=(").append(reply).append("); return 0; fi\n");
        }
      }
      return cases.isEmpty() ? null : "\n" + cases + "      return 1 ;;\n";
    }, "    *) return 1 ;;\n"));

    out.append("# Values that depend on an earlier argument's word: __rustplan_by_argument PATH WORD.\n");
    out.append(function("__rustplan_by_argument", all, c -> {
      StringBuilder cases = new StringBuilder();
      for (Argument a : c.arguments()) {
        if (a.values() instanceof Values.ByArgument by) {
          by.byWord().forEach((word, values) -> {
            String reply = reply(values);
            if (reply != null) {
              cases.append("        ").append(Quote.sh(word)).append(") REPLY=(").append(reply).append(") ;;\n");
            }
          });
        }
      }
      return cases.isEmpty() ? null : "\n      case $2 in\n" + cases + "        *) return 1 ;;\n      esac ;;\n";
    }, "    *) return 1 ;;\n"));
    return out.toString().stripTrailing();
  }

  /**
   * A function that answers by the command's path, one case per distinct answer: most commands
   * answer alike (the global options), and one case for them all keeps the script short.
   */
  private static String function(String name, List<Command> commands, Function<Command, String> answer, String otherwise) {
    Map<String, List<String>> byAnswer = new LinkedHashMap<>();
    for (Command c : commands) {
      String text = answer.apply(c);
      if (text != null) {
        byAnswer.computeIfAbsent(text, t -> new ArrayList<>()).add(c.key());
      }
    }
    StringBuilder out = new StringBuilder(name + "() {\n  case $1 in\n");
    byAnswer.forEach((text, keys) -> out.append("    ").append(pattern(keys)).append(")").append(text));
    return out.append(otherwise).append("  esac\n}\n\n").toString();
  }

  /** The kind and words the script's __rustplan_offer takes for these values; null for none (text). */
  private static String reply(Values values) {
    if (values instanceof Values.Files) {
      return "files";
    } else if (values instanceof Values.Folders) {
      return "folders";
    } else if (values instanceof Values.Words w) {
      return "words " + words(w.texts());
    } else if (values instanceof Values.Asked a) {
      return "asked " + a.kind().label();
    } else if (values instanceof Values.Commands) {
      return "commands";
    } else if (values instanceof Values.ByArgument b) {
      return "by-argument " + b.index();
    }
    return null;
  }

  private static String words(List<String> words) {
    return words.stream().map(Quote::sh).collect(Collectors.joining(" "));
  }

  private static String pattern(List<String> words) {
    return words.stream().map(Quote::sh).collect(Collectors.joining("|"));
  }
}
