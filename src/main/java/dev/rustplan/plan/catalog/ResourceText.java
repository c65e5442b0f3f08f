package dev.rustplan.plan.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a Resource cell is cut into pieces and how a piece is made comparable with catalog aliases. */
public final class ResourceText {

  private static final Pattern CHAPTER = Pattern.compile("\\bch(?:apter|\\.)?\\s*(\\d+)\\b");
  private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]]+");

  private ResourceText() {}

  /**
   * "RfR Ch. 1, Rust Reference" gives "RfR Ch. 1" and "Rust Reference". A comma inside backticks,
   * quotes or parentheses does not cut.
   */
  static List<String> split(String cell) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    boolean code = false;
    boolean quoted = false;
    int parens = 0;
    for (char c : cell.toCharArray()) {
      if (c == '`') {
        code = !code;
      } else if (c == '"' && !code) {
        quoted = !quoted;
      } else if (c == '(' && !code) {
        parens++;
      } else if (c == ')' && !code && parens > 0) {
        parens--;
      } else if (c == ',' && !code && !quoted && parens == 0) {
        add(pieces, piece);
        continue;
      }
      piece.append(c);
    }
    add(pieces, piece);
    return pieces;
  }

  /**
   * Lower case, without Markdown emphasis, quotes, leading symbols (the plan's emoji) and extra
   * spaces; "Ch. 8" becomes "chapter 8".
   */
  static String normalize(String text) {
    String t = text.toLowerCase(Locale.ROOT)
        .replaceAll("[*\"\u201c\u201d\u2018]", "")
        .replace('\u2019', '\'')
        .replaceAll("^[^\\p{L}\\p{N}]+", "")
        .replaceAll("\\s+", " ")
        .strip();
    return CHAPTER.matcher(t).replaceAll("chapter $1");
  }

  /** Whether {@code text} has {@code alias} at {@code at}, as whole words. */
  static boolean wordAt(String text, String alias, int at) {
    if (!text.startsWith(alias, at)) {
      return false;
    }
    boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    int end = at + alias.length();
    boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    return startOk && endOk;
  }

  /** The first link written in the text, if any ("free online: https://..."). */
  public static String firstUrl(String text) {
    Matcher m = URL.matcher(text);
    return m.find() ? m.group().replaceAll("[.,;]+$", "") : null;
  }

  private static void add(List<String> pieces, StringBuilder piece) {
    String p = piece.toString().strip();
    if (!p.isEmpty()) {
      pieces.add(p);
    }
    piece.setLength(0);
  }
}
