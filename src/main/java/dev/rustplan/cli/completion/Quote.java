package dev.rustplan.cli.completion;

/** Text as a literal word of a generated script, whatever it holds (quotes, $, backslashes). */
final class Quote {

  private Quote() {}

  /** In single quotes, as bash and zsh read them: a quote ends the string, is escaped, and a new one starts. */
  static String sh(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /** In single quotes, as fish reads them: only \ and ' are special there. */
  static String fish(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** A fish word: as it is when it is a plain word (show, --plan), else in single quotes. */
  static String fishWord(String text) {
    return text.matches("[A-Za-z0-9_.,/+-]+") ? text : fish(text);
  }

  /** In double quotes, as fish reads them: \, " and $ escaped. */
  static String fishDouble(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
  }

  /** A name fit for a shell function: "plan check" becomes plan_check. */
  static String identifier(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "_");
  }
}
