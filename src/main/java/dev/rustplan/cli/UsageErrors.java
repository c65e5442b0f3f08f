package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every usage error as one line on stderr, in rustplan's own voice like its other errors: what
 * was wrong, what is allowed, where to look. picocli's own message runs to two or three lines
 * ("Unmatched argument at index 0", "Did you mean", "Try ... --help"), and its "did you mean"
 * offers the least far-off name even when it is far off ("calendar" for "frobnicate").
 */
final class UsageErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("rustplan: " + line(ex, cl.getCommandSpec()));
    if (Arrays.asList(args).contains("--verbose")) {
      ex.printStackTrace(err);
    }
    err.flush();
    return RustplanException.USAGE;
  }

  /** The one line for this error. */
  static String line(ParameterException ex, CommandSpec command) {
    String name = command.qualifiedName();
    String who = command.parent() == null ? name : command.name();
    String help = name + " --help";
    if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String arg = unmatched.getUnmatched().get(0);
      if (arg.startsWith("-")) {
        String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return "unknown option '" + option + "' for " + name + closest(option, optionNames(command))
            + " (" + help + " lists them)";
      }
      if (command.subcommands().isEmpty()) {
        return "unexpected argument '" + arg + "': " + who + " takes " + takes(command) + " (" + help + ")";
      }
      return "unknown command '" + arg + "'" + closest(arg, command.subcommands().keySet().stream().toList())
          + " (rustplan help lists them)";
    }
    if (ex instanceof MissingParameterException missing) {
      List<ArgSpec> specs = missing.getMissing();
      ArgSpec first = specs.isEmpty() ? null : specs.get(0);
      if (first instanceof OptionSpec option && ex.getMessage().startsWith("Missing required parameter for option")) {
        return option.longestName() + " needs a value (" + option.paramLabel() + ")" + allowed(option)
            + " (" + help + ")";
      }
      if (first instanceof OptionSpec option) {
        return who + " needs " + option.longestName() + " " + option.paramLabel() + allowed(option) + " (" + help + ")";
      }
      if (first instanceof PositionalParamSpec positional) {
        return who + " needs " + positional.paramLabel() + " (" + help + ")";
      }
    }
    if (ex instanceof MutuallyExclusiveArgsException) {
      // picocli: "Error: --ok, --again are mutually exclusive (specify only one)"
      String options = ex.getMessage().replaceFirst("^Error: ", "").replaceFirst(" are mutually exclusive.*$", "");
      return options.replace(", ", " and ") + " cannot go together; give one of them (" + help + ")";
    }
    String message = ex.getMessage();
    // "Invalid value for option '--date': invalid date 'xyz': use ..." -> "--date: invalid date 'xyz': use ..."
    message = message.replaceFirst("^Invalid value for option '([^']+)': ", "$1: ");
    message = message.replaceFirst("^Invalid value for positional parameter at index \\d+ \\(([^)]+)\\): ", "$1: ");
    message = message.replaceFirst("^Error: ", "");
    return lowerFirst(message) + " (" + help + ")";
  }

  /** "; did you mean 'today'?" for a name close to one that exists (a typo), else nothing. */
  private static String closest(String typed, List<String> names) {
    Optional<String> best = names.stream()
        .filter(n -> !n.isEmpty())
        .min(Comparator.comparingInt(n -> distance(typed.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT))));
    return best.filter(n -> distance(typed.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT)) <= allowance(n))
        .map(n -> "; did you mean '" + n + "'?")
        .orElse("");
  }

  /** How many edits a typo of a name may be: one for short names, two from five letters, three from nine. */
  private static int allowance(String name) {
    String bare = name.replaceFirst("^-+", "");
    return bare.length() < 5 ? 1 : bare.length() < 9 ? 2 : 3;
  }

  /** The Damerau-Levenshtein distance (optimal string alignment): a swapped pair is one typo. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static List<String> optionNames(CommandSpec command) {
    return command.options().stream().flatMap(o -> Stream.of(o.names())).filter(n -> n.startsWith("--")).toList();
  }

  /** "DAY", "[DAY]" or "no arguments": what the command's positional parameters are. */
  private static String takes(CommandSpec command) {
    List<PositionalParamSpec> positionals = command.positionalParameters();
    if (positionals.isEmpty()) {
      return "no arguments";
    }
    return String.join(" ", positionals.stream()
        .map(p -> p.arity().min > 0 ? p.paramLabel() : "[" + p.paramLabel() + "]").toList());
  }

  /** ": one of md, json, csv" when the option names its values. */
  private static String allowed(OptionSpec option) {
    Iterable<String> candidates = option.completionCandidates();
    if (candidates == null) {
      return "";
    }
    List<String> values = new java.util.ArrayList<>();
    candidates.forEach(values::add);
    return values.isEmpty() ? "" : ": " + String.join(", ", values);
  }

  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
