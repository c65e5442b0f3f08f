package dev.rustplan.progress;

import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Week;
import java.util.List;

/** One row of the Weekly Progress Log: a week's status, days done, minutes and blog post. */
public record WeekProgress(Week week, WeekStatus status, int daysDone, int daysSkipped, int minutes, String blogPost) {

  public static WeekProgress of(Week week, PlanJournal journal) {
    List<Status> statuses = week.days().stream().map(d -> journal.day(d.number()).status()).toList();
    WeekStatus status;
    if (statuses.stream().allMatch(Status::finished)) {
      status = WeekStatus.COMPLETE;
    } else if (statuses.stream().allMatch(s -> s == Status.TODO)) {
      status = WeekStatus.NOT_STARTED;
    } else {
      status = WeekStatus.IN_PROGRESS;
    }
    int minutes = week.days().stream().mapToInt(d -> journal.day(d.number()).notes().minutes()).sum();
    return new WeekProgress(
        week,
        status,
        count(statuses, Status.DONE),
        count(statuses, Status.SKIPPED),
        minutes,
        journal.week(week.number()).blogPost());
  }

  /** "1-7", the week's days as its rows give them. */
  public String dayRange() {
    List<Day> days = week.days();
    return days.get(0).number() + "-" + days.get(days.size() - 1).number();
  }

  private static int count(List<Status> statuses, Status wanted) {
    return (int) statuses.stream().filter(s -> s == wanted).count();
  }
}
