package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date the way a person types it: 2026-03-02, today, yesterday, "3 days ago", or a
 * weekday name, which means the most recent such day (today included).
 */
public final class DateWords {

  /** The forms accepted, for error messages and help. */
  public static final String FORMS =
      "YYYY-MM-DD, today, yesterday, 'N days ago', or a weekday name (monday ... sunday)";

  private static final Pattern DAYS_AGO = Pattern.compile("(\\d{1,4}) days? ago");

  private DateWords() {}

  /** The date the text names, counted from today; a usage error lists the accepted forms. */
  public static LocalDate parse(String text, LocalDate today) {
    String words = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (words.equals("today")) {
      return today;
    }
    if (words.equals("yesterday")) {
      return today.minusDays(1);
    }
    Matcher ago = DAYS_AGO.matcher(words);
    if (ago.matches()) {
      return today.minusDays(Integer.parseInt(ago.group(1)));
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().toLowerCase(Locale.ROOT);
      if (words.equals(name) || words.equals(name.substring(0, 3))) {
        return today.with(TemporalAdjusters.previousOrSame(day));
      }
    }
    try {
      return LocalDate.parse(words);
    } catch (DateTimeParseException e) {
      throw RustplanException.usage("invalid date '" + text + "': use " + FORMS);
    }
  }
}
