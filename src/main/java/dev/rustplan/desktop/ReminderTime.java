package dev.rustplan.desktop;

import dev.rustplan.RustplanException;
import java.time.LocalTime;

/** The time of day the reminder comes at, as `--at HH:MM` gives it (local time, 00:00 to 23:59). */
public record ReminderTime(int hour, int minute) {

  public ReminderTime {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      throw new IllegalArgumentException("no time " + hour + ":" + minute);
    }
  }

  /** "18:30" (or "9:30"); anything else is a usage error naming the value and the form. */
  public static ReminderTime parse(String text) {
    String t = text.strip();
    int colon = t.indexOf(':');
    if (colon >= 1 && colon <= 2 && t.length() == colon + 3 && digits(t.substring(0, colon)) && digits(t.substring(colon + 1))) {
      int hour = Integer.parseInt(t.substring(0, colon));
      int minute = Integer.parseInt(t.substring(colon + 1));
      if (hour <= 23 && minute <= 59) {
        return new ReminderTime(hour, minute);
      }
    }
    throw RustplanException.usage("--at must be a time of day as HH:MM, from 00:00 to 23:59, got '" + text
        + "'; e.g. rustplan remind --at 18:30");
  }

  private static boolean digits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** Whether the moment has come today by this clock's time: a late run before it (after midnight) reminds of nothing. */
  public boolean reachedBy(LocalTime now) {
    return !now.isBefore(LocalTime.of(hour, minute));
  }

  /** "18:30". */
  @Override
  public String toString() {
    return String.format("%02d:%02d", hour, minute);
  }
}
