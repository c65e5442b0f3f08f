package dev.rustplan.cli.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one wrapper for everything rustplan prints to a terminal: hints, messages, legends, list
 * items and table cells break between words only, never inside one, so that a screen reads the
 * same at any width; a word longer than the line (a URL, a path) keeps a line of its own. Widths
 * are counted as a terminal counts them (emoji and CJK two columns, combining marks none, the
 * colour and link codes of {@link Style} nothing). It also shows the control characters a note
 * may hold instead of letting the terminal obey them ({@link #visible}).
 */
public final class TextWrap {

  /** The narrowest column text is wrapped into, however deep its indent: thinner reads worse than a long line. */
  private static final int NARROWEST = 10;

  private static final char ESC = '\u001b';

  /**
   * The code points a terminal gives two columns: East Asian Wide and Fullwidth (Unicode 14,
   * EastAsianWidth.txt, assigned characters only), as first-last pairs in order. Generated with
   * Python's unicodedata; glibc's wcwidth, and so the terminals that follow it, agree.
   */
  private static final int[] WIDE = {
      0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
      0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
      0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
      0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
      0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
      0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
      0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
      0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x2FFB, 0x3000, 0x303E,
      0x3041, 0x3096, 0x3099, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E, 0x3190, 0x31E3,
      0x31F0, 0x321E, 0x3220, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA48C, 0xA490, 0xA4C6,
      0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFA6D, 0xFA70, 0xFAD9, 0xFE10, 0xFE19,
      0xFE30, 0xFE52, 0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6,
      0x16FE0, 0x16FE4, 0x16FF0, 0x16FF1, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08,
      0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B150, 0x1B152,
      0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
      0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251,
      0x1F260, 0x1F265, 0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393,
      0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
      0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567,
      0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5,
      0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DD, 0x1F6DF, 0x1F6EB, 0x1F6EC,
      0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945,
      0x1F947, 0x1F9FF, 0x1FA70, 0x1FA74, 0x1FA78, 0x1FA7C, 0x1FA80, 0x1FA86, 0x1FA90, 0x1FAAC,
      0x1FAB0, 0x1FABA, 0x1FAC0, 0x1FAC5, 0x1FAD0, 0x1FAD9, 0x1FAE0, 0x1FAE7, 0x1FAF0, 0x1FAF6,
      0x20000, 0x2FFFD, 0x30000, 0x3FFFD};

  private TextWrap() {}

  /**
   * Plain text (a plan's cell, a note) as lines of at most {@code width} columns, its control
   * characters shown ({@link #visible}) and any run of white space read as one space.
   */
  public static List<String> wrap(String text, int width) {
    return breakWords(oneSpace(visible(text).strip()), width, width);
  }

  /**
   * Text laid out for the terminal, each of its lines wrapped to {@code width}: a line that fits
   * is left exactly as it is; a longer one breaks between words, its continuation indented like
   * the line, and under the text when the line starts with a mark ("• ", "? ", "🔥 "), so that a
   * list item or a hint stays one block. The text may hold {@link Style}'s codes; text from the
   * plan or a note must have been through {@link #visible} (or {@link InlineText#display}).
   * Every line of the result ends in a line feed, so it prints as {@code println} would.
   */
  public static String fill(String text, int width) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    StringBuilder sb = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      line = line.stripTrailing();
      if (width(line) <= width) {
        sb.append(line).append('\n');
        continue;
      }
      int lead = line.length() - line.stripLeading().length();
      String rest = line.substring(lead);
      int hang = lead + markWidth(rest);
      List<String> lines = breakWords(rest, Math.max(NARROWEST, width - lead), Math.max(NARROWEST, width - hang));
      for (int i = 0; i < lines.size(); i++) {
        sb.append(" ".repeat(i == 0 ? lead : hang)).append(lines.get(i)).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * {@code prefix} (a bullet such as "  • ", or a label such as "  Blog post: ") then text, any run
   * of white space in it read as one space, wrapped with its continuation lines under the text. A
   * label whose text does not fit beside it has the text on the next lines instead, two columns in
   * from the label. As for {@link #fill}, text from the plan or a note must have been through
   * {@link #visible}; {@link Style}'s codes may be in it.
   */
  public static String hanging(String prefix, String text, int width) {
    String words = oneSpace(text.strip());
    int lead = prefix.length() - prefix.stripLeading().length();
    int hang = width(prefix);
    boolean mark = isMark(prefix.strip());
    if (!mark && hang + longestWord(words) > width) {
      hang = lead + 2; // so deep an indent cannot hold the longest word: a shallower one may
    }
    String firstWord = words.contains(" ") ? words.substring(0, words.indexOf(' ')) : words;
    StringBuilder sb = new StringBuilder();
    List<String> lines;
    if (!mark && width(prefix) + width(firstWord) > width) {
      sb.append(prefix.stripTrailing()).append('\n');
      lines = breakWords(words, Math.max(NARROWEST, width - hang), Math.max(NARROWEST, width - hang));
    } else {
      // A bullet keeps its first word beside it, even one too long for the line.
      lines = breakWords(words, Math.max(NARROWEST, width - width(prefix)), Math.max(NARROWEST, width - hang));
      sb.append(prefix).append(lines.get(0)).append('\n');
      lines = lines.subList(1, lines.size());
    }
    for (String line : lines) {
      sb.append(" ".repeat(hang)).append(line).append('\n');
    }
    return sb.toString();
  }

  /**
   * Items on as few lines as they fit, after {@code lead}, joined by {@code separator} ("  " for a
   * legend, ", " or " · " for a list): a line breaks between items where it can, the separator's
   * mark (a comma, a dot) staying at the end of the line, and the next line indented under the first
   * item when the lead is short. An item wider than a line is itself wrapped between words.
   */
  public static String items(String lead, List<String> items, String separator, int width) {
    StringBuilder sb = new StringBuilder(lead);
    int hang = width(lead) <= width / 3 ? width(lead) : 0;
    int used = width(lead);
    String tail = separator.stripTrailing();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      String gap = i == 0 ? "" : separator;
      // Room for the separator's mark too, should the line break after this item.
      int after = i == items.size() - 1 ? 0 : width(tail);
      if (used + width(gap) + width(item) + after <= width) {
        sb.append(gap).append(item);
        used += width(gap) + width(item);
        continue;
      }
      if (i > 0 || used > hang) {
        sb.append(i == 0 ? "" : tail);
        trimLine(sb);
        sb.append('\n').append(" ".repeat(hang));
        used = hang;
      }
      List<String> lines = breakWords(item, Math.max(NARROWEST, width - used - after),
          Math.max(NARROWEST, width - hang - after));
      sb.append(String.join("\n" + " ".repeat(hang), lines));
      used = (lines.size() == 1 ? used : hang) + width(lines.get(lines.size() - 1));
    }
    trimLine(sb);
    return sb.append('\n').toString();
  }

  /**
   * The parts on one line, joined by {@code separator}, when they fit; else each part on lines of
   * its own ("🔥 Streak: 8 days" above "📅 on schedule"), so that a break falls where the meaning
   * does rather than in the middle of a part.
   */
  public static String either(int width, String separator, String... parts) {
    String joined = String.join(separator, parts);
    if (width(joined) <= width) {
      return joined + "\n";
    }
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      sb.append(fill(part, width));
    }
    return sb.toString();
  }

  /** Wraps plain text and indents every line, for a paragraph under a heading. */
  public static String indent(String text, int indent, int width) {
    StringBuilder sb = new StringBuilder();
    for (String line : wrap(text, Math.max(NARROWEST, width - indent))) {
      sb.append(" ".repeat(indent)).append(line).append('\n');
    }
    return sb.toString();
  }

  /**
   * The text with each control character but tab and line feed shown as its symbol (ESC as ␛, the
   * Unicode control pictures; the C1 controls as �), one character for one, so positions in it
   * still hold. A note pasted from a coloured terminal, or code that prints escapes, must not clear
   * the screen or recolour it when shown; the journal keeps the note as it was written.
   */
  public static String visible(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = c < 0x20 && c != '\n' && c != '\t' ? (char) (0x2400 + c)
          : c == 0x7F ? '\u2421'
          : c >= 0x80 && c <= 0x9F ? '\uFFFD'
          : c;
      if (shown != c && sb == null) {
        sb = new StringBuilder(text);
      }
      if (sb != null) {
        sb.setCharAt(i, shown);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Columns the text takes on a terminal; {@link Style}'s colour and link codes take none. */
  public static int width(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      if (text.charAt(i) == ESC) {
        i = afterEscape(text, i);
        continue;
      }
      int cp = text.codePointAt(i);
      columns += columns(cp);
      i += Character.charCount(cp);
    }
    return columns;
  }

  /**
   * The text cut to at most {@code width} columns, ending in "…" where it was cut (never inside a
   * character or between one and its combining marks); plain text, without Style's codes.
   */
  public static String cut(String text, int width) {
    if (width(text) <= width) {
      return text;
    }
    if (width < 1) {
      return "";
    }
    int used = 0;
    int end = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = columns(cp);
      if (used + w > width - 1) {
        break;
      }
      used += w;
      i += Character.charCount(cp);
      end = i;
    }
    return text.substring(0, end).stripTrailing() + "\u2026";
  }

  /** The text padded with spaces to {@code width} columns. */
  public static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  /** The text padded on the left to {@code width} columns, for numbers in a column. */
  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - width(text))) + text;
  }

  /** The widest word of the text, the narrowest a column can be without breaking one. */
  static int longestWord(String text) {
    int longest = 0;
    for (String word : oneSpace(text.strip()).split(" ", -1)) {
      longest = Math.max(longest, width(word));
    }
    return longest;
  }

  /**
   * The text with each run of white space (as regex {@code \s} means it: space, tab, line ends,
   * form feed, vertical tab) made one space. By hand, because `today` wraps dozens of pieces and
   * each replaceAll would compile its pattern again, a measurable part of a start.
   */
  static String oneSpace(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) {
        sb.append(c);
      } else if (!inRun) {
        sb.append(' ');
      }
      inRun = space;
    }
    return sb.toString();
  }

  /**
   * Words (runs without a space) on lines of at most {@code first} columns, then {@code rest}: the
   * spaces between two words on a line are kept as they were, those at a break dropped; a word
   * longer than a line has a line of its own, and a leading mark is never left alone on one.
   */
  static List<String> breakWords(String text, int first, int rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    int words = 0;
    boolean onlyAMark = false;
    int i = 0;
    while (i < text.length()) {
      int gapStart = i;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      if (i == text.length()) {
        break;
      }
      int wordStart = i;
      while (i < text.length() && text.charAt(i) != ' ') {
        i++;
      }
      String word = text.substring(wordStart, i);
      int gap = wordStart - gapStart;
      int w = width(word);
      int limit = lines.isEmpty() ? first : rest;
      if (words > 0 && used + gap + w > limit && !onlyAMark) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
        words = 0;
      }
      if (words > 0) {
        line.append(text, gapStart, wordStart);
        used += gap;
      }
      line.append(word);
      used += w;
      onlyAMark = words == 0 && lines.isEmpty() && isMark(word);
      words++;
    }
    if (words > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Columns of a leading mark and the spaces after it ("• ", "🔥 "), or 0 when the text starts with a word. */
  private static int markWidth(String text) {
    int space = text.indexOf(' ');
    if (space <= 0 || !isMark(text.substring(0, space))) {
      return 0;
    }
    int after = space;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return width(text.substring(0, space)) + (after - space);
  }

  /** A bullet or a symbol: at most two columns, and neither a letter nor a digit in it. */
  private static boolean isMark(String word) {
    if (word.isEmpty() || width(word) > 2) {
      return false;
    }
    for (int i = 0; i < word.length(); ) {
      if (word.charAt(i) == ESC) {
        i = afterEscape(word, i);
        continue;
      }
      int cp = word.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * The index just after the escape sequence at {@code at}: a CSI sequence (ESC [ ... a final
   * byte, as colours are written) or an OSC one (ESC ] ... ESC \ or BEL, as links are).
   */
  private static int afterEscape(String text, int at) {
    int i = at + 1;
    if (i >= text.length()) {
      return i;
    }
    char kind = text.charAt(i);
    if (kind == '[') {
      for (i++; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 0x40 && c <= 0x7E) {
          return i + 1;
        }
      }
      return i;
    }
    if (kind == ']') {
      for (i++; i < text.length(); i++) {
        if (text.charAt(i) == '\u0007') {
          return i + 1;
        }
        if (text.charAt(i) == ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
          return i + 2;
        }
      }
      return i;
    }
    return i + 1;
  }

  private static int columns(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || cp >= 0xFE00 && cp <= 0xFE0F) {
      return 0; // combining marks, joiners and variation selectors sit on the character before
    }
    int lo = 0;
    int hi = WIDE.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[2 * mid]) {
        hi = mid - 1;
      } else if (cp > WIDE[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return 2;
      }
    }
    return 1;
  }

  private static void trimLine(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
  }
}
