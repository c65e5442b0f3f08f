package dev.rustplan.cli.json;

import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.StudyTimer;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import dev.rustplan.progress.Standing;
import java.util.List;

/**
 * The JSON of `today --json` (dates as YYYY-MM-DD): these keys are a contract for scripts and prompts, keep them. The
 * day's keys are null once every day is finished; the schedule's are null before the start. {@code started} is the
 * date the learner began, {@code scheduleStart} the date day 1 is scheduled on (they differ after a reschedule).
 */
public record TodayJson(
    String plan,
    String date,
    String started,
    String scheduleStart,
    boolean finished,
    int lastDay,
    Integer day,
    String topic,
    String activity,
    List<DayJson.ResourceJson> resources,
    String kind,
    Integer week,
    String weekTheme,
    Integer phase,
    String phaseName,
    String status,
    String budget,
    List<String> openQuestions,
    Integer finishedToday,
    int streak,
    int longestStreak,
    Integer scheduledDay,
    Integer scheduleOffset,
    List<Integer> reviewsDue,
    int missedInARow,
    StudyJson study) {

  /**
   * The study session running ({@code rustplan study start}), else null: its day, the date its
   * minutes go to, when it began (UTC) and the seconds paused so far, the pause under way left out
   * (from {@code pausedSince} on, when paused). A start and pauses, not a count: the answer holds while it runs.
   */
  public record StudyJson(int day, String date, String started, boolean paused, long pausedSeconds,
      String pausedSince) {
    static StudyJson of(StudyTimer timer) {
      return timer == null ? null : new StudyJson(timer.day(), timer.date().toString(), timer.started().toString(),
          timer.paused(), timer.pausedSeconds(), timer.pausedSince() == null ? null : timer.pausedSince().toString());
    }
  }

  public static TodayJson of(Plan plan, PlanJournal progress, Standing standing, List<String> openQuestions,
      List<Integer> reviewsDue) {
    Day day = standing.current().orElse(null);
    Week week = day == null ? null : plan.weekOf(day.number());
    Phase phase = day == null ? null : plan.phaseOf(day.number());
    return new TodayJson(
        plan.id(),
        standing.today().toString(),
        standing.started() ? standing.startDate().toString() : null,
        standing.started() ? standing.scheduleStart().toString() : null,
        standing.finished(),
        plan.lastDay(),
        day == null ? null : day.number(),
        day == null ? null : day.topic(),
        day == null ? null : day.activity(),
        day == null ? null : day.resources().stream().map(DayJson.ResourceJson::of).toList(),
        day == null ? null : day.kind().label(),
        week == null ? null : week.number(),
        week == null ? null : week.theme(),
        phase == null ? null : phase.number(),
        phase == null ? null : phase.name(),
        day == null ? null : progress.day(day.number()).status().label(),
        day == null ? plan.meta().budget().text() : plan.budgetOf(day).text(),
        openQuestions,
        standing.finishedToday().map(Day::number).orElse(null),
        standing.streaks().current(),
        standing.streaks().longest(),
        standing.started() ? standing.scheduledDay() : null,
        standing.started() ? standing.scheduleOffset() : null,
        reviewsDue,
        standing.missedInARow(),
        StudyJson.of(progress.study()));
  }
}
