package dev.rustplan.journal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a date as the journal writes it, YYYY-MM-DD, as strictly as {@link LocalDate#parse} does.
 * The usual four-digit form is read by hand: Java's parser first builds its whole set of ISO
 * formatters, a few ms of every start, and a journal holds a date in nearly every entry.
 */
public final class IsoDate {

  private IsoDate() {}

  /** The date, or null when the text is not one (a day that does not exist, another layout). */
  public static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year < 0 || month < 0 || day < 0) {
        return null;
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null; // 2026-02-30, month 13
      }
    }
    // Years past 9999 ("+10000-01-01") and anything else: Java's own rules, for the same answer.
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the ASCII digits from start to end make, or -1 if any is not one. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
