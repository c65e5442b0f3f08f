package dev.rustplan.cli.text;

/** Plan text as a terminal shows it: emphasis markers dropped, `code` kept as the plan wrote it. */
public final class InlineText {

  private InlineText() {}

  /** "**Code every day**: Reading" reads "Code every day: Reading"; "`*const T`" stays whole. */
  public static String display(String markdown) {
    StringBuilder sb = new StringBuilder();
    boolean code = false;
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '`') {
        code = !code;
      } else if (!code && c == '*') {
        continue;
      } else if (!code && c == '_' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '_') {
        i++;
        continue;
      }
      sb.append(c);
    }
    return TextWrap.visible(sb.toString().strip());
  }

  /** Without the leading emoji or bullet symbol a list item may start with. */
  public static String withoutLeadingSymbols(String text) {
    return text.replaceFirst("^[^\\p{L}\\p{N}`\"'(\\[]+", "");
  }
}
