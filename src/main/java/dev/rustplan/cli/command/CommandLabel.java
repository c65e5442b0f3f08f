package dev.rustplan.cli.command;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ParseResult;

/** The command as the learner typed it, short and shell-quoted, to name a change in the undo history. */
public final class CommandLabel {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
  private static final int MAX_ARG = 40;

  private CommandLabel() {}

  public static String of(ParseResult parsed) {
    List<String> args = parsed == null ? List.of() : parsed.originalArgs();
    String label = args.stream().map(CommandLabel::quoted).collect(Collectors.joining(" "));
    return label.isEmpty() ? "a change" : label;
  }

  private static String quoted(String arg) {
    String shown = arg.codePointCount(0, arg.length()) > MAX_ARG ? arg.substring(0, arg.offsetByCodePoints(0, MAX_ARG - 1)) + "…" : arg;
    return PLAIN.matcher(shown).matches() ? shown : "'" + shown.replace("'", "'\\''") + "'";
  }
}
