package dev.rustplan.cli.man;

/**
 * Text made safe for man(7) troff: a backslash is printed, not an escape; a line starting with a
 * '.' or a "'" is text, not a request; a hyphen a reader may type (in an option, a command, a
 * path's "-") is the ASCII one; and any character outside ASCII is named by its code point, so that
 * a page reads the same whatever encoding groff or mandoc assume for their input.
 */
final class Troff {

  private Troff() {}

  /**
   * Prose: a hyphen between two letters or digits ("read-only", "100-day") stays a hyphen, which
   * groff may break a line at; any other ("--plan", "-", "a -- b") is \-, the character typed.
   */
  static String prose(String text) {
    return escape(text, false);
  }

  /** What is typed as it stands (an option's name, a command, an example's line): every '-' is \-. */
  static String literal(String text) {
    return escape(text, true);
  }

  /** A line of text as troff's input: \& before a leading '.' or "'", which would make it a request. */
  static String line(String escaped) {
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }

  /** Bold, then back to the regular font. */
  static String bold(String escaped) {
    return "\\fB" + escaped + "\\fR";
  }

  /** Italic (underlined at a terminal), then back to the regular font. */
  static String italic(String escaped) {
    return "\\fI" + escaped + "\\fR";
  }

  private static String escape(String text, boolean literal) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c == '\\') {
        out.append("\\e");
      } else if (c == '-') {
        boolean joins = !literal && i > 0 && next < text.length()
            && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(next));
        out.append(joins ? "-" : "\\-");
      } else if (c == '\t') {
        out.append(' ');
      } else if (c < 0x20 || c == 0x7f) {
        // A control character has no place on a page (the model holds none): left out.
      } else if (c < 0x80) {
        out.append((char) c);
      } else if (c == 0xa0) {
        out.append("\\ ");
      } else {
        out.append("\\[u").append(String.format("%04X", c)).append(']');
      }
      i = next;
    }
    return out.toString();
  }
}
