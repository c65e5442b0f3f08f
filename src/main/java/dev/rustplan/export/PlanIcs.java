package dev.rustplan.export;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.Week;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The plan's days as an iCalendar (RFC 5545) calendar, an event a day: on the date it was done or
 * skipped, else on its scheduled date; all-day, or at a time of day in UTC; titled "Day N: Topic"
 * with the activity and the resources in its description, and an optional reminder.
 */
public final class PlanIcs {

  /** The product that wrote the calendar, as RFC 5545 3.7.3 asks. */
  public static final String PRODID = "-//rustplan//rustplan export//EN";

  static final String DONE_MARK = "\u2713 ";
  static final String SKIPPED_MARK = "(skipped) ";

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * How the events are written.
   *
   * @param at the time of day of timed events, in zone; null for all-day events
   * @param minutes how long a timed event lasts; null for the day's budget, its upper end
   * @param alarm minutes before an event's start to remind; null for no reminder
   * @param zone the learner's time zone, whose rules turn each date's time of day into UTC
   * @param stamp the moment of the export (DTSTAMP)
   */
  public record Options(LocalTime at, Integer minutes, Integer alarm, ZoneId zone, Instant stamp) {}

  private PlanIcs() {}

  /**
   * The calendar. Day N is scheduled on the schedule's day 1 + N - 1 (before `start`, counted from
   * today); sequences gives each event its SEQUENCE, and learns what it says now.
   */
  public static String render(Plan plan, PlanJournal journal, LocalDate today, Options options, EventSequences sequences) {
    LocalDate day1 = journal.isStarted() ? journal.schedule() : today;
    String planHash = hash(plan.id(), 12);
    StringBuilder ics = new StringBuilder();
    // No METHOD: this is a calendar to import or subscribe to, not an iTIP message (RFC 5546), whose
    // PUBLISH would ask an ORGANIZER of every event.
    for (String line : List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + PRODID, "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:" + IcsText.text(plan.title()))) {
      ics.append(IcsText.fold(line));
    }
    String stamp = UTC.format(options.stamp().truncatedTo(ChronoUnit.SECONDS));
    for (Day day : plan.days()) {
      DayEntry entry = journal.day(day.number());
      String uid = "day-" + day.number() + "." + planHash + "@rustplan";
      List<String> body = event(plan, day, entry, date(day, entry, day1), options);
      int sequence = sequences.next(uid, hash(String.join("\n", body), 16));
      ics.append(IcsText.fold("BEGIN:VEVENT"));
      ics.append(IcsText.fold("UID:" + uid));
      ics.append(IcsText.fold("DTSTAMP:" + stamp));
      ics.append(IcsText.fold("SEQUENCE:" + sequence));
      body.forEach(line -> ics.append(IcsText.fold(line)));
      ics.append(IcsText.fold("END:VEVENT"));
    }
    return ics.append(IcsText.fold("END:VCALENDAR")).toString();
  }

  /**
   * A finished day stays on the date it was done or skipped, so that a reschedule, which moves the
   * future only, never moves the past in the calendar either; the others go on their scheduled date.
   */
  static LocalDate date(Day day, DayEntry entry, LocalDate day1) {
    LocalDate finished = entry.finishedOn();
    return finished != null ? finished : day1.plusDays(day.number() - 1L);
  }

  /** The event's lines between UID, DTSTAMP and SEQUENCE and its end, unfolded: what its digest sums up. */
  private static List<String> event(Plan plan, Day day, DayEntry entry, LocalDate date, Options options) {
    List<String> lines = new ArrayList<>();
    if (options.at() == null) {
      lines.add("DTSTART;VALUE=DATE:" + DATE.format(date));
      lines.add("DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
    } else {
      // Each date's own offset: a plan of 100 days crosses a change of the clocks.
      Instant start = date.atTime(options.at()).atZone(options.zone()).toInstant();
      int minutes = options.minutes() != null ? options.minutes() : plan.budgetOf(day).maxMinutes();
      lines.add("DTSTART:" + UTC.format(start));
      lines.add("DTEND:" + UTC.format(start.plus(minutes, ChronoUnit.MINUTES)));
    }
    String summary = mark(entry.status()) + "Day " + day.number() + ": " + day.topic();
    lines.add("SUMMARY:" + IcsText.text(summary));
    lines.add("DESCRIPTION:" + IcsText.text(description(plan, day, entry)));
    List<String> categories = new ArrayList<>(List.of(IcsText.text(day.kind().label())));
    if (entry.status().finished()) {
      categories.add(entry.status().label());
    }
    lines.add("CATEGORIES:" + String.join(",", categories));
    // An all-day study day does not make the learner busy; a study hour at a set time does.
    lines.add("TRANSP:" + (options.at() == null ? "TRANSPARENT" : "OPAQUE"));
    if (options.alarm() != null && !entry.status().finished()) {
      lines.add("BEGIN:VALARM");
      lines.add("ACTION:DISPLAY");
      lines.add("DESCRIPTION:" + IcsText.text(summary));
      lines.add("TRIGGER:-PT" + options.alarm() + "M");
      lines.add("END:VALARM");
    }
    return lines;
  }

  private static String mark(Status status) {
    return switch (status) {
      case DONE -> DONE_MARK;
      case SKIPPED -> SKIPPED_MARK;
      default -> "";
    };
  }

  /** The activity, the resources with their links, where the day sits in the plan, and when it was finished. */
  static String description(Plan plan, Day day, DayEntry entry) {
    StringBuilder d = new StringBuilder(day.activity().strip());
    if (!day.resources().isEmpty()) {
      d.append("\n\nResources:");
      for (Resource r : day.resources()) {
        d.append("\n- ").append(r.title());
        if (r.resolved()) {
          d.append(": ").append(r.url());
        }
      }
    } else if (!day.resourceText().isBlank()) {
      d.append("\n\nResources: ").append(day.resourceText().strip());
    }
    Week week = plan.weekOf(day.number());
    d.append("\n\nWeek ").append(week.label()).append(week.theme().isBlank() ? "" : ": " + week.theme()).append(" \u00b7 ")
        .append(day.kind().label()).append(" \u00b7 ").append(plan.budgetOf(day).text());
    if (entry.status() == Status.DONE && entry.completed() != null) {
      d.append("\nDone on ").append(entry.completed()).append('.');
    } else if (entry.status() == Status.SKIPPED && entry.completed() != null) {
      d.append("\nSkipped on ").append(entry.completed()).append('.');
    }
    return d.toString();
  }

  /** The first hex digits of the text's SHA-256: stable across runs, machines and versions. */
  static String hash(String text, int digits) {
    try {
      byte[] sum = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sum).substring(0, digits);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
