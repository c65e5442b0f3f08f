package dev.rustplan.plan.check;

import dev.rustplan.plan.Appendices.ProgressLogEntry;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.Outline.DayRange;
import dev.rustplan.plan.Outline.PhaseDraft;
import dev.rustplan.plan.Outline.WeekDraft;
import dev.rustplan.plan.Outline;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that need the whole outline: every day once and in order, no empty week or phase,
 * and headings or progress-log rows whose words disagree with the rows (warnings: the rows win).
 */
public final class PlanChecks {

  private static final Pattern DAYS = Pattern.compile("^\\s*(\\d{1,6})\\s*(?:[-\u2013\u2014]\\s*(\\d{1,6}))?\\s*$");

  private final Diagnostics diagnostics;

  public PlanChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public void run(Outline outline, List<ProgressLogEntry> progressLog) {
    List<Day> days = outline.days();
    if (days.isEmpty()) {
      if (!outline.weeks().isEmpty()) {
        emptyParts(outline); // its weeks, each without days, are the cause
      } else if (!diagnostics.hasErrors()) { // else the errors already say why there are none
        diagnostics.error(1, 1, "no days found, so this is not a plan: " + outline.whyNoDays());
      }
      return;
    }
    emptyParts(outline);
    weekNumbers(outline);
    everyDayOnce(days);
    declaredRanges(outline);
    progressLog(outline, progressLog);
  }

  private void emptyParts(Outline outline) {
    Map<Integer, Integer> weekLines = new HashMap<>();
    for (PhaseDraft phase : outline.phases()) {
      if (phase.weeks().isEmpty() && !outline.explained().contains(phase.line())) {
        diagnostics.error(phase.line(), 1, "phase " + phase.number() + " has no weeks; put '### Week N: Theme'"
            + " headings with tables of days under it, or remove the phase heading");
      }
      for (WeekDraft week : phase.weeks()) {
        if (week.days().isEmpty() && !outline.explained().contains(week.line())) {
          diagnostics.error(week.line(), 1, "week " + week.label() + " has no days; put a table with Day, Topic,"
              + " Activity and Resources columns (or 'Day N: Topic' headings) under its heading");
        }
        for (int n = week.number(); n <= week.lastNumber() && n > 0; n++) {
          Integer earlier = weekLines.putIfAbsent(n, week.line());
          if (earlier != null) {
            diagnostics.error(week.line(), 1, "week " + n + " appears twice (first on line " + earlier
                + "); give each week its own number");
            break;
          }
        }
      }
    }
  }

  /**
   * Weeks numbered with a gap (1, then 3) or backwards: warnings, since the days are still read
   * right, but `week 2` would find nothing. A block of weeks ("Week 2-3") counts as both numbers.
   */
  private void weekNumbers(Outline outline) {
    int previous = 0;
    Set<Integer> seen = new HashSet<>();
    for (WeekDraft week : outline.weeks()) {
      if (week.number() == Integer.MAX_VALUE || !seen.add(week.number())) {
        continue; // absurd, or a duplicate: reported as errors
      }
      if (previous > 0 && week.number() > previous + 1) {
        String missing = week.number() == previous + 2 ? "week " + (previous + 1)
            : "weeks " + (previous + 1) + "-" + (week.number() - 1);
        diagnostics.warning(week.line(), 1, "week " + week.label() + " follows week " + previous + ", so the plan has"
            + " no " + missing + " ('rustplan week " + (previous + 1) + "' finds none); number the weeks 1, 2, 3, ..."
            + " without gaps");
      } else if (previous == 0 && week.number() > 1) {
        diagnostics.warning(week.line(), 1, "the first week is week " + week.label() + "; number the weeks from 1");
      } else if (week.number() <= previous && week.lastNumber() < previous) {
        diagnostics.warning(week.line(), 1, "week " + week.label() + " comes after week " + previous
            + "; put the weeks in order");
      }
      previous = Math.max(previous, week.lastNumber());
    }
  }

  /** Duplicates, gaps and rows out of order; day 1 is the first day of every plan. */
  private void everyDayOnce(List<Day> days) {
    Map<Integer, Day> seen = new HashMap<>();
    int previous = 0;
    for (Day day : days) {
      Day earlier = seen.putIfAbsent(day.number(), day);
      if (earlier != null) {
        diagnostics.error(day.line(), 1, "day " + day.number() + " appears twice (first on line " + earlier.line()
            + "); each day must have exactly one row");
        continue;
      }
      if (day.number() < previous) {
        diagnostics.error(day.line(), 1, "day " + day.number() + " comes after day " + previous
            + "; rows must be in day order");
      } else if (day.number() > previous + 1) {
        String missing = day.number() == previous + 2
            ? "day " + (previous + 1) + " is missing"
            : "days " + (previous + 1) + "-" + (day.number() - 1) + " are missing";
        String after = previous == 0 ? " (the first row is day " + day.number() + ")" : " (between day " + previous
            + " and day " + day.number() + ")";
        diagnostics.error(day.line(), 1, missing + after + "; number the days 1, 2, 3, ... without gaps");
      }
      previous = Math.max(previous, day.number());
    }
  }

  private void declaredRanges(Outline outline) {
    for (PhaseDraft phase : outline.phases()) {
      DayRange actual = phase.actual();
      if (!phase.declared().isNone() && !actual.isNone() && !phase.declared().equals(actual)) {
        diagnostics.warning(phase.line(), 1, "phase " + phase.number() + " '" + phase.name() + "' says days "
            + phase.declared() + ", but its weeks' rows hold days " + actual + "; rustplan follows the rows");
      }
      for (WeekDraft week : phase.weeks()) {
        if (!week.declared().isNone() && !week.actual().isNone() && !week.declared().equals(week.actual())) {
          diagnostics.warning(week.line(), 1, "week " + week.number() + " '" + week.theme() + "' says days "
              + week.declared() + ", but its rows hold days " + week.actual() + "; rustplan follows the rows");
        }
      }
    }
  }

  private void progressLog(Outline outline, List<ProgressLogEntry> log) {
    for (ProgressLogEntry entry : log) {
      Optional<WeekDraft> week = outline.weeks().stream().filter(w -> w.number() == entry.week()).findFirst();
      if (week.isEmpty()) {
        diagnostics.warning(entry.line(), 1, "the progress log lists week " + entry.week()
            + ", but the plan has no week " + entry.week());
        continue;
      }
      WeekDraft w = week.get();
      if (!entry.theme().strip().equalsIgnoreCase(w.theme().strip())) {
        diagnostics.warning(entry.line(), 1, "the progress log calls week " + entry.week() + " '" + entry.theme()
            + "', but its heading (line " + w.line() + ") says '" + w.theme() + "'");
      }
      Matcher m = DAYS.matcher(entry.days());
      if (m.matches() && !w.actual().isNone()) {
        int first = Integer.parseInt(m.group(1));
        DayRange written = new DayRange(first, m.group(2) == null ? first : Integer.parseInt(m.group(2)));
        if (!written.equals(w.actual())) {
          diagnostics.warning(entry.line(), 1, "the progress log gives week " + entry.week() + " days " + written
              + ", but its rows hold days " + w.actual() + "; rustplan follows the rows");
        }
      }
    }
  }
}
