package dev.rustplan.cli.completion;

/**
 * The line a shell shows beside a command or an option: the first clause of its help, without
 * picocli's format codes, since zsh and fish fit it on one line with the word it describes.
 */
final class Summary {

  private Summary() {}

  /** The first sentence of an option's or argument's description. */
  static String of(String[] description) {
    return firstSentence(plain(String.join(" ", description)));
  }

  /** The first sentence of a command's description: its first line, as the help's list of commands shows. */
  static String ofCommand(String[] description) {
    if (description.length == 0) {
      return "";
    }
    return firstSentence(plain(description[0].split("%n", -1)[0]));
  }

  private static String plain(String text) {
    return text.replace("%n", " ")
        .replace("%%", "%")
        .replaceAll("@\\|[\\w,]+ (.*?)\\|@", "$1") // picocli's markup: @|bold text|@
        .replaceAll("\\s+", " ")
        .strip();
  }

  /**
   * Up to the end of the first clause: a full stop followed by a capital, or a colon or semicolon
   * followed by a space, outside brackets (so "e.g. .rs is rust" and "(default: today's)" stay
   * whole); without the stop.
   */
  private static String firstSentence(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == '.' && depth == 0 && i + 2 < text.length() && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))) {
        return text.substring(0, i);
      } else if ((c == ':' || c == ';') && depth == 0 && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
        // "Show one day (default: today's day): topic, activity..." reads "Show one day (default: today's day)".
        return text.substring(0, i);
      }
    }
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
