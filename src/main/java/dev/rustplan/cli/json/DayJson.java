package dev.rustplan.cli.json;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Notes;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.Week;
import dev.rustplan.journal.Review;
import java.time.LocalDate;
import java.util.List;

/** The JSON of one day (`show --json`), with the learner's status and notes: these keys are a contract for scripts, keep them. */
public record DayJson(
    String plan,
    int day,
    int lastDay,
    String topic,
    String activity,
    String resourceText,
    List<ResourceJson> resources,
    String kind,
    int week,
    String weekTheme,
    int phase,
    String phaseName,
    String status,
    String completed,
    NotesJson notes,
    ReviewJson review,
    String practice) {

  /** A resource as written, with the catalog's title and link (null when it has none). */
  record ResourceJson(String text, String title, String url) {
    public static ResourceJson of(Resource r) {
      return new ResourceJson(r.text(), r.title(), r.url());
    }
  }

  /** The learner's notes of the day, in the sections of the daily template; minutes summed over sessions. */
  record NotesJson(
      List<String> learned,
      List<CodeJson> code,
      List<String> questions,
      List<String> resources,
      int minutes,
      List<SessionJson> sessions,
      List<String> aha,
      List<String> struggles) {

    public static NotesJson of(Notes n) {
      return new NotesJson(n.learned(), n.code().stream().map(c -> new CodeJson(c.language(), c.code())).toList(),
          n.questions(), n.resources(), n.minutes(),
          n.sessions().stream().map(s -> new SessionJson(s.date().toString(), s.minutes())).toList(),
          n.aha(), n.struggles());
    }
  }

  /**
   * The day's spaced review (`done --hard`, or struggles noted): the date it counts from, how many
   * of the reviews at 1, 7 and 30 days were passed, and when the next is due (null once all were).
   */
  record ReviewJson(String since, int step, String due, List<String> reviewed) {
    public static ReviewJson of(DayEntry entry) {
      return Review.of(entry)
          .map(r -> new ReviewJson(r.since().toString(), r.step(), r.due() == null ? null : r.due().toString(),
              r.reviewed().stream().map(LocalDate::toString).toList()))
          .orElse(null);
    }
  }

  record CodeJson(String language, String code) {}

  record SessionJson(String date, int minutes) {}

  public static DayJson of(Plan plan, Day day, DayEntry entry) {
    Week week = plan.weekOf(day.number());
    Phase phase = plan.phaseOf(day.number());
    return new DayJson(
        plan.id(),
        day.number(),
        plan.lastDay(),
        day.topic(),
        day.activity(),
        day.resourceText(),
        day.resources().stream().map(ResourceJson::of).toList(),
        day.kind().label(),
        week.number(),
        week.theme(),
        phase.number(),
        phase.name(),
        entry.status().label(),
        entry.finishedOn() == null ? null : entry.finishedOn().toString(),
        NotesJson.of(entry.notes()),
        ReviewJson.of(entry),
        entry.practice());
  }
}
