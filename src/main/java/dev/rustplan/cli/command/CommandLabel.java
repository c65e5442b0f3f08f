package dev.rustplan.cli.command;

import java.util.List;
import picocli.CommandLine.ParseResult;

/** The command as the learner typed it, short and shell-quoted, to name a change in the undo history. */
public final class CommandLabel {

  private static final int MAX_ARG = 40;

  private CommandLabel() {}

  public static String of(ParseResult parsed) {
    List<String> args = parsed == null ? List.of() : parsed.originalArgs();
    StringBuilder label = new StringBuilder();
    for (String arg : args) {
      label.append(label.length() == 0 ? "" : " ").append(quoted(arg));
    }
    return label.length() == 0 ? "a change" : label.toString();
  }

  private static String quoted(String arg) {
    String shown = arg.codePointCount(0, arg.length()) > MAX_ARG ? arg.substring(0, arg.offsetByCodePoints(0, MAX_ARG - 1)) + "…" : arg;
    return plain(shown) ? shown : "'" + shown.replace("'", "'\\''") + "'";
  }

  /**
   * Whether the argument needs no quotes: it is made of [A-Za-z0-9_./:=@%+,-] alone. Checked by
   * hand, with no regex or stream: every change is named so, at the start of a command.
   */
  private static boolean plain(String arg) {
    if (arg.isEmpty()) {
      return false;
    }
    for (int i = 0; i < arg.length(); i++) {
      char c = arg.charAt(i);
      boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "_./:=@%+,-".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
