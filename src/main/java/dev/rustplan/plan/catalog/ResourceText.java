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

  /** The end of "&amp;" or "&#8212;": its semicolon separates nothing. */
  private static final Pattern ENTITY = Pattern.compile("&#?\\w{1,10}$");

  private ResourceText() {}

  /**
   * "RfR Ch. 1, Rust Reference" gives "RfR Ch. 1" and "Rust Reference". Nothing inside backticks,
   * quotes, parentheses, brackets (a Markdown link's text), an autolink or emphasis cuts, so
   * "*Use The Index, Luke*" and "[A, B](https://...)" stay whole. A cell that separates its
   * resources with semicolons is cut at those alone, its commas being part of titles. Pieces that
   * a catalog alias with a comma spans ("Use The Index, Luke") are put together again.
   */
  public static List<String> split(String cell, List<String> commaAliases) {
    char separator = hasTopLevel(cell, ';') ? ';' : ',';
    List<String> pieces = cut(cell, separator);
    if (separator == ',' && !commaAliases.isEmpty()) {
      pieces = joinAliases(pieces, commaAliases);
    }
    return pieces;
  }

  private static boolean hasTopLevel(String cell, char separator) {
    return cut(cell, separator).size() > 1;
  }

  private static List<String> cut(String cell, char separator) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    boolean code = false;
    boolean quoted = false;
    boolean emphasis = false;
    boolean autolink = false;
    int parens = 0;
    int brackets = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '`') {
        code = !code;
      } else if (code) {
        // inside code nothing counts
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == '*' && (i + 1 >= cell.length() || cell.charAt(i + 1) != '*')) {
        emphasis = !emphasis; // the last star of a run: "**a, b**" and "*a, b*" alike
      } else if (c == '<' && cell.startsWith("http", i + 1)) {
        autolink = true;
      } else if (c == '>' && autolink) {
        autolink = false;
      } else if (c == '(') {
        parens++;
      } else if (c == ')' && parens > 0) {
        parens--;
      } else if (c == '[') {
        brackets++;
      } else if (c == ']' && brackets > 0) {
        brackets--;
      } else if (c == separator && !quoted && !emphasis && !autolink && parens == 0 && brackets == 0
          && !(c == ';' && ENTITY.matcher(piece).find())) {
        add(pieces, piece);
        continue;
      }
      piece.append(c);
    }
    add(pieces, piece);
    if (pieces.isEmpty() || code || quoted || emphasis || brackets > 0) {
      // Unbalanced marks would swallow the rest of the cell: cut at every separator instead.
      return unbalanced(cell, separator, pieces);
    }
    return pieces;
  }

  private static List<String> unbalanced(String cell, char separator, List<String> balanced) {
    if (balanced.isEmpty()) {
      return balanced;
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (char c : cell.toCharArray()) {
      if (c == separator) {
        add(pieces, piece);
      } else {
        piece.append(c);
      }
    }
    add(pieces, piece);
    return pieces;
  }

  /** Joins neighbouring pieces whose text, put back together, starts with an alias that holds a comma. */
  private static List<String> joinAliases(List<String> pieces, List<String> commaAliases) {
    List<String> out = new ArrayList<>(pieces);
    for (int i = 0; i + 1 < out.size(); i++) {
      String joined = out.get(i) + ", " + out.get(i + 1);
      String text = normalize(joined);
      String first = normalize(out.get(i));
      boolean spans = commaAliases.stream()
          .anyMatch(a -> a.length() > first.length() && wordAt(text, a, 0));
      if (spans) {
        out.set(i, joined);
        out.remove(i + 1);
        i--;
      }
    }
    return out;
  }

  /**
   * Lower case, without Markdown emphasis, quotes, leading symbols (the plan's emoji) and extra
   * spaces; "Ch. 8" becomes "chapter 8".
   */
  static String normalize(String text) {
    String t = text.toLowerCase(Locale.ROOT)
        .replaceAll("[*\"\u201c\u201d\u2018`]", "")
        .replace('\u2019', '\'')
        .replaceAll("^[^\\p{L}\\p{N}]+", "")
        .replaceAll("\\s+", " ")
        .strip();
    return CHAPTER.matcher(t).replaceAll("chapter $1");
  }

  /** Whether {@code text} has {@code alias} at {@code at}, as whole words. */
  static boolean wordAt(String text, String alias, int at) {
    if (alias.isEmpty() || !text.startsWith(alias, at)) {
      return false;
    }
    boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    int end = at + alias.length();
    boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    return startOk && endOk;
  }

  /** Whether the text holds the words anywhere, as whole words (case and markup aside). */
  static boolean containsWords(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      if (wordAt(text, words, at)) {
        return true;
      }
    }
    return false;
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
