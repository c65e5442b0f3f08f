package dev.rustplan.blog;

/**
 * A string written as a double-quoted literal that YAML and TOML both read back unchanged: only
 * the escapes the two share (\" \\ \n \t \\uXXXX) are used.
 */
final class Quoted {

  private Quoted() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints().forEach(c -> append(out, c));
    return out.append('"').toString();
  }

  private static void append(StringBuilder out, int c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      default -> {
        // Control characters (C0, DEL, C1) and the non-characters U+FFFE/U+FFFF may not stand raw in YAML or TOML.
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff) {
          out.append(String.format("\\u%04x", c));
        } else {
          out.appendCodePoint(c);
        }
      }
    }
  }
}
