package dev.rustplan.report;

/**
 * Text made safe for an HTML page: what a learner typed (a note, code, a plan's cell) is shown as
 * it was typed, never read as markup, in element content and in quoted attribute values alike.
 */
final class Html {

  private Html() {}

  /**
   * The text with &amp;, &lt;, &gt;, " and ' as character references, and the control characters
   * HTML does not allow (all but tab, line feed and carriage return) and lone surrogates as U+FFFD.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)
              || c < 0x20 && c != '\n' && c != '\t' && c != '\r'
              || c >= 0x7F && c <= 0x9F) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
