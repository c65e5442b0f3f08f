package dev.rustplan.export;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One row per day of the plan for a spreadsheet (RFC 4180: CRLF line ends, a field with a comma,
 * a double quote or a line break quoted, quotes doubled): the day, the date it was finished (done
 * or skipped, else empty), its status, minutes, how many notes of each kind, and the topic as the
 * plan writes it.
 */
public final class JournalCsv {

  public static final List<String> COLUMNS = List.of(
      "day", "date", "status", "minutes", "learned", "code", "questions", "resources", "aha", "struggles", "topic");

  private static final String CRLF = "\r\n";

  private JournalCsv() {}

  public static String render(Plan plan, PlanJournal journal) {
    StringBuilder csv = new StringBuilder(row(COLUMNS));
    for (Day day : plan.days()) {
      DayEntry entry = journal.day(day.number());
      Notes n = entry.notes();
      csv.append(row(Stream.of(day.number(), entry.finishedOn() == null ? "" : entry.finishedOn(),
              entry.status().label(), n.minutes(), n.learned().size(), n.code().size(), n.questions().size(),
              n.resources().size(), n.aha().size(), n.struggles().size(), day.topic())
          .map(String::valueOf).toList()));
    }
    return csv.toString();
  }

  private static String row(List<String> fields) {
    return fields.stream().map(JournalCsv::field).collect(Collectors.joining(",")) + CRLF;
  }

  static String field(String value) {
    boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
