package dev.rustplan.export;

/**
 * The two rules of RFC 5545's content lines that every property obeys: TEXT values escaped
 * (3.3.11) and lines folded at 75 octets with CRLF ends (3.1), never inside a UTF-8 character.
 */
final class IcsText {

  /** A content line may hold at most 75 octets before its CRLF; a fold starts the next with one space. */
  static final int MAX_OCTETS = 75;

  static final String CRLF = "\r\n";

  private IcsText() {}

  /**
   * A TEXT value: backslash, semicolon and comma escaped, a line break (CRLF, CR or LF) as \n, and
   * the control characters TEXT may not hold (all but tab) left out, since nothing could show them.
   */
  static String text(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case ';' -> sb.append("\\;");
        case ',' -> sb.append("\\,");
        case '\n' -> sb.append("\\n");
        case '\r' -> {
          sb.append("\\n");
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> {
          if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * One content line, folded: a break before the 76th octet and then every 74 octets of the rest
   * (the space that starts a continuation is one of its 75), only ever between two code points,
   * so that no UTF-8 sequence is split; each physical line ends in CRLF.
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int n = utf8Length(cp);
      if (octets + n > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    return out.append(CRLF).toString();
  }

  private static int utf8Length(int cp) {
    if (cp < 0x80) {
      return 1;
    }
    if (cp < 0x800) {
      return 2;
    }
    // A lone surrogate is written by Java's encoder as one '?', which is shorter; 3 is safe.
    return cp < 0x10000 ? 3 : 4;
  }
}
