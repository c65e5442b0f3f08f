package dev.rustplan.blog;

import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Gathers a week's post from the plan and the learner's journal of it. */
public final class WeekPosts {

  private WeekPosts() {}

  /**
   * The week a post is written for by default: the latest week whose days are all done or
   * skipped, else the current week (the week of the first day that is neither).
   */
  public static Week defaultWeek(Plan plan, PlanJournal journal) {
    List<Week> weeks = plan.weeks();
    for (int i = weeks.size() - 1; i >= 0; i--) {
      if (finished(weeks.get(i), journal)) {
        return weeks.get(i);
      }
    }
    return plan.days().stream()
        .filter(d -> !journal.day(d.number()).status().finished())
        .findFirst()
        .map(d -> plan.weekOf(d.number()))
        .orElse(weeks.get(weeks.size() - 1));
  }

  /** True when nothing of the week was begun: no status but todo and no note. */
  public static boolean untouched(Week week, PlanJournal journal) {
    return week.days().stream().map(d -> journal.day(d.number())).allMatch(DayEntry::isBlank);
  }

  /** The post for this week, for a plain folder. */
  public static WeekPost of(Plan plan, PlanJournal journal, Week week, LocalDate today, FrontMatter style) {
    return of(plan, journal, week, today, style, Publication.plain(plan.meta()));
  }

  /** The post for this week, dated when its last day was completed, else today, for where it is published. */
  public static WeekPost of(
      Plan plan, PlanJournal journal, Week week, LocalDate today, FrontMatter style, Publication publication) {
    List<Day> days = week.days();
    List<WeekPost.DayNotes> dayNotes = new ArrayList<>();
    List<WeekPost.Snippet> snippets = new ArrayList<>();
    List<String> aha = new ArrayList<>();
    List<String> struggles = new ArrayList<>();
    List<String> questions = new ArrayList<>();
    List<WeekPost.Project> projects = new ArrayList<>();
    int daysDone = 0;
    int minutes = 0;
    for (Day day : days) {
      DayEntry entry = journal.day(day.number());
      Notes notes = entry.notes();
      dayNotes.add(new WeekPost.DayNotes(day.number(), day.topic(), notes.learned(), entry.status() == Status.SKIPPED));
      for (CodeSnippet code : notes.code()) {
        snippets.add(new WeekPost.Snippet(day.number(), code.language(), code.code()));
      }
      aha.addAll(notes.aha());
      struggles.addAll(notes.struggles());
      questions.addAll(notes.questions());
      if (entry.practice() != null) {
        Path folder = Path.of(entry.practice());
        String name = String.valueOf(folder.getFileName());
        projects.add(new WeekPost.Project(day.number(), name, entry.practice(), publishedAt(publication.practiceUrl(), name)));
      }
      daysDone += entry.status() == Status.DONE ? 1 : 0;
      minutes += notes.minutes();
    }
    LocalDate lastCompleted = journal.day(week.lastDay()).finishedOn();
    return new WeekPost(
        week.number(),
        week.theme(),
        plan.phaseOf(week.firstDay()).name(),
        week.firstDay(),
        week.lastDay(),
        lastCompleted != null ? lastCompleted : today,
        dayNotes,
        snippets,
        aha,
        struggles,
        resources(days, journal),
        questions,
        next(plan, week),
        plan.dayCount(),
        daysDone,
        minutes,
        style,
        projects,
        plan.meta(),
        publication);
  }

  /** A project folder's address under practice-url (its name percent-encoded as one path segment), or null. */
  private static String publishedAt(String practiceUrl, String folderName) {
    if (practiceUrl == null) {
      return null;
    }
    String base = practiceUrl.endsWith("/") ? practiceUrl : practiceUrl + "/";
    return base + URLEncoder.encode(folderName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Each resource once, as first spelt, counting the days it was used on; the renderer orders them. */
  private static List<WeekPost.ResourceUse> resources(List<Day> days, PlanJournal journal) {
    Map<String, String> spelling = new LinkedHashMap<>();
    Map<String, Integer> daysUsed = new LinkedHashMap<>();
    Function<String, String> key = name -> name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    for (Day day : days) {
      Set<String> seenToday = new LinkedHashSet<>();
      for (String name : journal.day(day.number()).notes().resources()) {
        if (name.isBlank()) {
          continue;
        }
        String k = key.apply(name);
        spelling.putIfAbsent(k, name.strip());
        if (seenToday.add(k)) {
          daysUsed.merge(k, 1, Integer::sum);
        }
      }
    }
    return spelling.entrySet().stream()
        .map(e -> new WeekPost.ResourceUse(e.getValue(), daysUsed.get(e.getKey())))
        .toList();
  }

  private static WeekPost.NextWeek next(Plan plan, Week week) {
    List<Week> weeks = plan.weeks();
    int at = weeks.indexOf(week);
    if (at < 0 || at + 1 >= weeks.size()) {
      return null;
    }
    Week next = weeks.get(at + 1);
    return new WeekPost.NextWeek(
        next.number(),
        next.theme(),
        next.days().stream().map(d -> new WeekPost.DayTopic(d.number(), d.topic())).toList());
  }

  private static boolean finished(Week week, PlanJournal journal) {
    return week.days().stream().allMatch(d -> journal.day(d.number()).status().finished());
  }
}
