package dev.rustplan.blog;

import dev.rustplan.plan.PlanMeta;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything one weekly post says, gathered from the plan and the learner's notes: the only input
 * of {@link PostRenderer}. Text fields hold Markdown as the plan or the learner wrote it.
 *
 * @param week the week's number
 * @param theme the week's theme, as its heading in the plan gives it
 * @param phase the name of the phase the week belongs to
 * @param firstDay the number of the week's first day
 * @param lastDay the number of the week's last day
 * @param date the post's date: when the week's last day was completed, else today
 * @param days each day of the week, in order, with what the learner noted as learned
 * @param snippets the code logged that week, in the order of the days
 * @param aha the aha moments noted that week
 * @param struggles the struggles noted that week
 * @param resources the resources used that week, each once, with on how many days
 * @param questions the questions noted that week
 * @param next the next week of the plan, or null after the plan's last week
 * @param planDays how many days the whole plan has
 * @param daysDone how many of the week's days are done
 * @param minutes the minutes spent on the week's days
 * @param frontMatter how the front matter is written
 * @param projects the practice projects made for the week's days (rustplan practice)
 * @param plan the plan's name, short name and post title pattern and tags
 * @param publication where the post is published, as far as its text depends on it
 */
public record WeekPost(
    int week,
    String theme,
    String phase,
    int firstDay,
    int lastDay,
    LocalDate date,
    List<DayNotes> days,
    List<Snippet> snippets,
    List<String> aha,
    List<String> struggles,
    List<ResourceUse> resources,
    List<String> questions,
    NextWeek next,
    int planDays,
    int daysDone,
    int minutes,
    FrontMatter frontMatter,
    List<Project> projects,
    PlanMeta plan,
    Publication publication) {

  public WeekPost {
    days = List.copyOf(days);
    snippets = List.copyOf(snippets);
    aha = List.copyOf(aha);
    struggles = List.copyOf(struggles);
    resources = List.copyOf(resources);
    questions = List.copyOf(questions);
    projects = List.copyOf(projects);
  }

  /** The post's title, the same in the front matter of every style: the plan's pattern filled in. */
  public String title() {
    return plan.postTitle(week, theme);
  }

  /**
   * The names {@link PlanMeta#postFileName} gives this week's posts, whatever their date: how the
   * week's earlier post is found when its date, and so its name, has changed since.
   */
  public Pattern fileNamesOfWeek() {
    return Pattern.compile(
        "\\d{4}-\\d{2}-\\d{2}-" + Pattern.quote(plan.shortName()) + "-week-" + week + "\\.md");
  }

  /**
   * "2026-03-08-100-days-of-rust-week-1.md": built from the date, the plan's short name (which is
   * only a-z, 0-9 and hyphens) and the week alone, so it is always a safe name.
   */
  public String fileName() {
    return plan.postFileName(date.toString(), week);
  }

  /**
   * A day of the week: its topic, the learner's "learned" notes (none yet: an empty list), and
   * whether the learner skipped it (it then gets no prompt to write about it).
   */
  public record DayNotes(int day, String topic, List<String> learned, boolean skipped) {
    public DayNotes {
      learned = List.copyOf(learned);
    }

    /** A day that was not skipped. */
    public DayNotes(int day, String topic, List<String> learned) {
      this(day, topic, learned, false);
    }
  }

  /** A piece of code logged on a day, with its language (null when none was given). */
  public record Snippet(int day, String language, String code) {}

  /** A resource as the learner named it, and on how many of the week's days they used it. */
  public record ResourceUse(String name, int days) {}

  /** The week after this one in the plan: the post's preview. */
  public record NextWeek(int week, String theme, List<DayTopic> days) {
    public NextWeek {
      days = List.copyOf(days);
    }
  }

  /**
   * A day's practice project: its folder's name, where it is on the learner's machine, and where
   * it is published (null when the practice-url setting does not say: a local path is no link).
   */
  public record Project(int day, String name, String path, String url) {}

  /** A day of the plan by number and topic. */
  public record DayTopic(int day, String topic) {}
}
