package dev.rustplan.note;

import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Session;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Time Spent section of an edited note, read back as sessions: lines such as
 * "2026-03-02: 40 minutes" (or "30 minutes" for today). The total in the heading is computed from
 * those lines, so a heading that disagrees with them is never an error; it counts only where the
 * learner typed a new total there (see {@link #sessions}).
 */
final class TimeSpent {

  /** One line of the section and where it stands in the buffer. */
  record Entry(String text, int line) {}

  private static final Pattern TOTAL = Pattern.compile("(?i)time spent\\s*:?\\s*(\\S*?)\\s*(?:minutes?|mins?)?\\s*");
  private static final Pattern SESSION =
      Pattern.compile("(?i)(?:(\\d{4}-\\d{2}-\\d{2})\\s*:?\\s*)?(\\d+)\\s*(?:minutes?|mins?)?");

  private TimeSpent() {}

  /** What the heading states: a number, the template's "__", or "" when it states nothing. */
  static String total(String heading, int line) {
    Matcher m = TOTAL.matcher(heading);
    if (!m.matches()) {
      throw new NoteFormatException(line, "cannot read \"" + heading + "\"; write \"Time Spent: 40 minutes\"");
    }
    return m.group(1);
  }

  static List<Session> sessions(List<Entry> entries, String total, int totalLine, List<Session> before, LocalDate today) {
    Notes notes = Notes.EMPTY;
    for (Entry entry : entries) {
      Session s = session(entry, today);
      notes = notes.withSession(s.date(), s.minutes());
    }
    int listed = notes.minutes();
    if (!total.isEmpty() && !total.equals("__")) {
      int stated = minutes(total, totalLine);
      // The lines are the record: a learner who adds "- 30 minutes" (or deletes a line) and leaves
      // the heading as it was gets the lines. A total the learner typed into the heading, the
      // template's own way ("Time Spent: __ minutes" filled in), is a session too: when it is not
      // the total the buffer was written with and says more than the lines, the rest is today's.
      // An unchanged heading never counts, or deleting a line would put its minutes back on today.
      boolean typed = before.isEmpty() || stated != before.stream().mapToInt(Session::minutes).sum();
      if (typed && stated > listed) {
        notes = notes.withSession(today, stated - listed);
      }
    }
    // A session that was there before keeps its fields unknown to this version.
    return notes.sessions().stream()
        .map(s -> before.stream()
            .filter(b -> b.date().equals(s.date()))
            .findFirst()
            .map(b -> new Session(s.date(), s.minutes(), b.unknown()))
            .orElse(s))
        .toList();
  }

  private static Session session(Entry entry, LocalDate today) {
    Matcher m = SESSION.matcher(entry.text());
    if (!m.matches()) {
      throw new NoteFormatException(entry.line(), "cannot read the time " + NoteFormatException.quote(entry.text())
          + "; write \"30 minutes\" for today or \"2026-03-02: 30 minutes\"");
    }
    LocalDate date = today;
    if (m.group(1) != null) {
      try {
        date = LocalDate.parse(m.group(1));
      } catch (DateTimeParseException e) {
        throw new NoteFormatException(entry.line(), "\"" + m.group(1) + "\" is not a date; write it as YYYY-MM-DD");
      }
    }
    return new Session(date, minutes(m.group(2), entry.line()));
  }

  private static int minutes(String text, int line) {
    try {
      int minutes = Integer.parseInt(text);
      if (minutes <= 24 * 60) {
        return minutes;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new NoteFormatException(line, "minutes must be a whole number from 0 to 1440, got \"" + text + "\"");
  }
}
