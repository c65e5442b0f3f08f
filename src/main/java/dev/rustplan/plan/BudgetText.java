package dev.rustplan.plan;

import dev.rustplan.plan.PlanMeta.Budget;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A daily budget as plans write it in words, not in the strict forms of the metadata file: a Time
 * cell ("45 min", "30-45", "1 h 30", "~1.5 hours"), a front-matter value, or a sentence of the
 * introduction ("about 45 minutes a day", "an hour daily"). Plain numbers are minutes.
 */
public final class BudgetText {

  /** One duration: "45", "45 min", "1h", "1.5 hours", "1 h 30 min", "an hour", "half an hour". */
  private static final String DURATION =
      "(?:half an hour|an hour|\\d{1,4}(?:[.,]\\d{1,2})?\\s*(?:h|hrs?|hours?)(?:\\s*\\d{1,2}\\s*(?:m|mins?|minutes?)?)?"
          + "|\\d{1,4}\\s*(?:m|mins?|minutes?)?)";

  /** "30-45 min", "30 to 45 minutes", "1-2 hours": a range whose unit may be written only once, at its end. */
  private static final Pattern RANGE = Pattern.compile(
      "(" + DURATION + ")\\s*(?:-|\u2013|\u2014|to)\\s*(" + DURATION + ")");

  private static final Pattern ONE = Pattern.compile(DURATION);

  private static final Pattern HOURS = Pattern.compile(
      "(\\d{1,4}(?:[.,]\\d{1,2})?)\\s*(?:h|hrs?|hours?)(?:\\s*(\\d{1,2})\\s*(?:m|mins?|minutes?)?)?");
  private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s*(?:m|mins?|minutes?)?");
  private static final Pattern UNIT_HOURS = Pattern.compile(".*(?:h|hrs?|hours?)$");
  private static final Pattern UNIT_ANY = Pattern.compile(".*[a-z]$");

  /** A duration with its unit written out, as a sentence has it: "45 minutes", "1 hour", "an hour". */
  private static final String SPOKEN =
      "(?:half an hour|an hour|\\d{1,4}(?:[.,]\\d{1,2})?\\s*(?:hrs?|hours?)|\\d{1,4}\\s*(?:mins?|minutes?))";

  /** A duration followed by words that make it a daily one, in a sentence. */
  private static final Pattern PROSE = Pattern.compile(
      "(?<![\\w.])((?:" + DURATION + "\\s*(?:-|\u2013|\u2014|to)\\s*)?" + SPOKEN + ")"
          + "\\s*(?:(?:a|per|each|every)\\s+(?:day|session)|daily|/\\s*day)\\b");

  private BudgetText() {}

  /** The budget a short text gives ("30-45 min"), if it is nothing but a duration or a range of them. */
  public static Optional<Budget> parse(String text) {
    String t = plain(text);
    Matcher range = RANGE.matcher(t);
    if (range.matches()) {
      String first = range.group(1);
      String last = range.group(2);
      // "1-2 hours": the unit at the end applies to the first figure too.
      if (!UNIT_ANY.matcher(first).matches() && UNIT_HOURS.matcher(last).matches()) {
        first = first + " h";
      }
      return budget(minutes(first), minutes(last));
    }
    if (ONE.matcher(t).matches()) {
      int minutes = minutes(t);
      return budget(minutes, minutes);
    }
    return Optional.empty();
  }

  /** The first daily budget a sentence states: "about 45 minutes a day", "30-45 min daily", "an hour per day". */
  public static Optional<Budget> inProse(String text) {
    Matcher m = PROSE.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      Optional<Budget> budget = parse(m.group(1));
      if (budget.isPresent()) {
        return budget;
      }
    }
    return Optional.empty();
  }

  /** Lower case, without the words and signs that only say the figure is rough. */
  private static String plain(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[*_`~\u2248]", "")
        .replaceAll("^\\s*(?:about|around|roughly|approx\\.?|approximately|ca\\.|est\\.)\\s*", "")
        .replaceAll("\\s*(?:/\\s*day|a day|per day|each day|daily)\\s*$", "")
        .strip();
  }

  private static int minutes(String duration) {
    String d = duration.strip();
    if (d.equals("an hour")) {
      return 60;
    }
    if (d.equals("half an hour")) {
      return 30;
    }
    Matcher h = HOURS.matcher(d);
    if (h.matches()) {
      double hours = Double.parseDouble(h.group(1).replace(',', '.'));
      return (int) Math.round(hours * 60) + (h.group(2) == null ? 0 : Integer.parseInt(h.group(2)));
    }
    Matcher m = MINUTES.matcher(d);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static Optional<Budget> budget(int min, int max) {
    if (min < 1 || max > Budget.MOST || min > max) {
      return Optional.empty();
    }
    return Optional.of(new Budget(min, max));
  }
}
