package dev.rustplan.plan.markdown;

import dev.rustplan.plan.Outline.DayRange;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what phase, week and day headings say, in the shapes chatbots write them: emoji before or
 * after the words ("🌱 Phase 1: Basics 🚀"), the day range before or after the name, in
 * parentheses or brackets or after a dash, with a hyphen, an en or em dash or "to" ("(Days 1–7)"),
 * a block of weeks ("Week 2-3: Traits"), and any of ":", ".", "-", "–", "—", "|" after the number.
 */
public final class Headings {

  /** "Phase 2", "Week 3", "Weeks 2-3", "Day 4": the word, the number and, for weeks, the block's last number. */
  private static final Pattern START = Pattern.compile(
      "^(phase|weeks?|day)\\s+(\\d+)(?:\\s*(?:-|\u2013|\u2014|to|&|and)\\s*(\\d+)(?!\\d))?", Pattern.CASE_INSENSITIVE);

  /** A day range: "(Days 1-7)", "[Day 3]", "Days 1 to 7". */
  private static final Pattern RANGE = Pattern.compile(
      "([(\\[]\\s*)?\\bdays?\\s+(\\d+)(?:\\s*(?:-|\u2013|\u2014|to)\\s*(\\d+))?\\s*([)\\]])?", Pattern.CASE_INSENSITIVE);

  /** "Days 3-4: ...": a heading for two days at once, read as a day heading so that the reader can refuse it. */
  private static final Pattern SEVERAL_DAYS = Pattern.compile(
      "^days?\\s+\\d+\\s*(?:-|\u2013|\u2014|&|and|to)\\s*\\d+", Pattern.CASE_INSENSITIVE);

  /** The most weeks one heading may stand for ("Week 2-3"); more is not a block but a mistake. */
  static final int MOST_IN_A_BLOCK = 8;

  /** What may stand between the number, the range and the name. */
  private static final String SEPARATORS = "[\\s:.|,\u2013\u2014-]*";

  /**
   * The separators before a name: ":", "|", ",", a dash; "." and "-" only before a space, so that a
   * name that starts with them ("../up", "-1 Basics") keeps them.
   */
  private static final String LEADING = "^(?:\\s*[:|,\u2013\u2014]|\\s*[.-](?=\\s))*\\s*";

  /** The separators after a name, a hyphen only after a space. */
  private static final String TRAILING = "(?:\\s+-|[\\s:|,\u2013\u2014])+$";

  /** Emoji and other pictographs, with the joiners and selectors they are built of. */
  private static final String SYMBOLS = "[\\p{So}\\p{Sk}\\p{Cs}\\p{Co}\\x{FE0E}\\x{FE0F}\\x{200D}\\x{20E3}\\s]*";

  private Headings() {}

  /** What a heading declares: its number (and last number, for a block of weeks), its name and day range. */
  record Declared(int number, int lastNumber, String name, DayRange range) {}

  /** A heading without the pictographs around it ("🌐 HTTP Caching 🚀" reads "HTTP Caching"), its punctuation kept. */
  public static String withoutPictographs(String title) {
    return title.replaceAll("^" + SYMBOLS, "").replaceAll(SYMBOLS + "$", "").strip();
  }

  /** The words of a heading without the pictographs a chatbot puts around them, nor anything else before them. */
  public static String words(String title) {
    return title.replaceAll("^[^\\p{L}\\p{N}]+", "").replaceAll(SYMBOLS + "$", "").strip();
  }

  static Optional<Declared> phase(String title) {
    return read(title, "phase");
  }

  static Optional<Declared> week(String title) {
    return read(title, "week");
  }

  /** "Day 3" and the like; a day heading keeps its topic's Markdown, so {@link DayBlocks} reads it from source. */
  static boolean isDay(String title) {
    String w = words(title);
    Matcher m = START.matcher(w);
    return m.find() && m.group(1).equalsIgnoreCase("day") || SEVERAL_DAYS.matcher(w).find();
  }

  /** A heading that begins like a week or phase but whose number rustplan cannot read ("Week One"). */
  static Optional<String> unreadable(String title) {
    String w = words(title).toLowerCase(java.util.Locale.ROOT);
    if (w.matches("(phase|weeks?)\\b(?!\\s+\\d).*") && !w.matches("(phase|weeks?)\\s*[:.]?\\s*$")) {
      return Optional.of(w.startsWith("phase") ? "phase" : "week");
    }
    return Optional.empty();
  }

  private static Optional<Declared> read(String title, String word) {
    String t = words(title);
    Matcher m = START.matcher(t);
    if (!m.find() || !m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith(word)) {
      return Optional.empty();
    }
    int number = number(m.group(2));
    int last = m.group(3) != null && word.equals("week") ? number(m.group(3)) : number;
    boolean block = last > number && last - number <= MOST_IN_A_BLOCK;
    if (!block) {
      last = number; // "Week 3-1", "Week 1-999": not a block of weeks; the numbers stay in the name
    }
    String rest = m.group(3) != null && !block ? t.substring(m.end(2)) : t.substring(m.end());
    DayRange range = DayRange.NONE;
    Matcher r = RANGE.matcher(rest);
    while (r.find()) {
      boolean enclosed = r.group(1) != null && r.group(4) != null;
      boolean atAnEnd = rest.substring(0, r.start()).matches(SEPARATORS)
          || rest.substring(r.end()).matches(SEPARATORS);
      if (enclosed || atAnEnd) {
        int first = number(r.group(2));
        range = new DayRange(first, r.group(3) == null ? first : number(r.group(3)));
        rest = rest.substring(0, r.start()) + " " + rest.substring(r.end());
        break;
      }
    }
    String name = rest.replaceFirst(LEADING, "").replaceFirst(TRAILING, "").strip();
    return Optional.of(new Declared(number, Math.max(number, last), name, range));
  }

  private static int number(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE; // absurdly long: the checks report it as out of order
    }
  }
}
