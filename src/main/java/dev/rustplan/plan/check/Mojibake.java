package dev.rustplan.plan.check;

import dev.rustplan.plan.Diagnostics;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds text that was UTF-8 but got read as Mac Roman or Windows-1252 and saved again, as the
 * seed of the bundled plan was: "\u00fc\u00ec\u00f2" for a book emoji, "\u201a\u00dc\u00ed" for an
 * arrow. A run of such characters whose bytes in that encoding form valid multi-byte UTF-8 is
 * reported with what it should read.
 */
public final class Mojibake {

  /** Characters 0x80-0xFF of each encoding, so that no optional JDK charset is needed. */
  private enum Encoding {
    MAC_ROMAN("Mac Roman", "\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7"),
    WINDOWS_1252("Windows-1252", "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff");

    final String label;
    final String high;

    Encoding(String label, String high) {
      this.label = label;
      this.high = high;
    }
  }

  private Mojibake() {}

  /** Adds a warning for every mis-decoded run, several on a line if the line has several. */
  public static void check(String text, Diagnostics diagnostics) {
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int i = 0;
      while (i < line.length()) {
        int next = i + 1;
        if (line.charAt(i) >= 0x80) {
          for (Encoding encoding : Encoding.values()) {
            // The longest stretch from here that decodes: a mis-decoded emoji right before a genuine "é" still counts.
            int end = Math.min(runEnd(line, i, encoding), i + 64);
            String meant = null;
            while (end >= i + 2 && (meant = decode(line.substring(i, end), encoding)) == null) {
              end--;
            }
            if (meant != null) {
              diagnostics.warning(n + 1, i + 1, "mis-decoded text '" + line.substring(i, end) + "' (UTF-8 read as "
                  + encoding.label + "); it should read '" + meant.replace("\ufffd", "")
                  + "': save the file as UTF-8 again");
              next = end;
              break;
            }
          }
        }
        i = next;
      }
    }
  }

  /** Where a run of the encoding's upper-half characters that starts at {@code start} ends (start if none). */
  private static int runEnd(String line, int start, Encoding encoding) {
    int i = start;
    while (i < line.length() && line.charAt(i) >= 0x80 && encoding.high.indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** The run's bytes in the encoding read as UTF-8, if they hold at least one multi-byte character. */
  private static String decode(String run, Encoding encoding) {
    byte[] bytes = new byte[run.length()];
    for (int k = 0; k < run.length(); k++) {
      bytes[k] = (byte) (0x80 + encoding.high.indexOf(run.charAt(k)));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
