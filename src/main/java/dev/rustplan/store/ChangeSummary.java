package dev.rustplan.store;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Multiset;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one change in the history did, counted rather than quoted, for a row of `undo --list`:
 * "day 18: +2 learned, +30 min" where `undo` itself (through JournalDiff) lists each note.
 *
 * @param parts the places the change touched, in the journal's order; none when it changed
 *     nothing rustplan shows
 * @param unknown why the change cannot be told (a version that does not parse, one too big for the
 *     heap), or null when it can
 */
public record ChangeSummary(List<Part> parts, String unknown) {

  /**
   * One place a change touched ("day 18", "week 2", "settings", or "" for the plan itself) and
   * what it did there: counted notes ("+2 learned"), moves ("doing → done"), and the minutes gained
   * or lost, kept as a number so that the command line writes them in its one voice.
   */
  public record Part(String place, List<String> changes, int minutes) {
    public Part {
      changes = List.copyOf(changes);
    }
  }

  public ChangeSummary {
    parts = List.copyOf(parts);
  }

  static ChangeSummary untold(String why) {
    return new ChangeSummary(List.of(), why);
  }

  /** The summary of going from one journal to the next. */
  static ChangeSummary of(Journal from, Journal to) {
    List<Part> parts = new ArrayList<>();
    List<String> settings = new ArrayList<>();
    for (String key : union(from.config().keySet(), to.config().keySet())) {
      String a = from.config().get(key);
      String b = to.config().get(key);
      if (b == null && a != null) {
        settings.add(key + " unset");
      } else if (b != null && !b.equals(a)) {
        settings.add(key);
      }
    }
    if (!settings.isEmpty()) {
      parts.add(new Part("settings", settings, 0));
    }
    boolean severalPlans = from.plans().size() > 1 || to.plans().size() > 1;
    for (String id : union(from.plans().keySet(), to.plans().keySet())) {
      plan(parts, severalPlans ? id + " " : "", from.plan(id), to.plan(id));
    }
    if (!from.unknown().equals(to.unknown())) {
      parts.add(new Part("", List.of("other fields"), 0));
    }
    return new ChangeSummary(parts, null);
  }

  private static void plan(List<Part> parts, String prefix, PlanJournal from, PlanJournal to) {
    List<String> plan = new ArrayList<>();
    if (!Objects.equals(from.started(), to.started())) {
      plan.add(to.started() == null ? "not started" : from.started() == null ? "started on " + to.started()
          : "start " + from.started() + " → " + to.started());
    }
    if (from.isStarted() && to.isStarted() && !Objects.equals(from.schedule(), to.schedule())) {
      plan.add("day 1 on " + from.schedule() + " → " + to.schedule());
    }
    if (!from.unknown().equals(to.unknown())) {
      plan.add("other fields");
    }
    if (!plan.isEmpty()) {
      parts.add(new Part(prefix.strip(), plan, 0));
    }
    for (int n : union(from.days().keySet(), to.days().keySet())) {
      day(parts, prefix + "day " + n, from.day(n), to.day(n));
    }
    for (int n : union(from.weeks().keySet(), to.weeks().keySet())) {
      List<String> week = new ArrayList<>();
      String a = from.week(n).blogPost();
      String b = to.week(n).blogPost();
      if (!Objects.equals(a, b)) {
        week.add(b == null ? "post forgotten" : "post recorded");
      }
      if (!from.week(n).unknown().equals(to.week(n).unknown())) {
        week.add("other fields");
      }
      if (!week.isEmpty()) {
        parts.add(new Part(prefix + "week " + n, week, 0));
      }
    }
  }

  private static void day(List<Part> parts, String place, DayEntry a, DayEntry b) {
    List<String> changes = new ArrayList<>();
    if (a.status() != b.status()) {
      changes.add(a.status().label() + " → " + b.status().label());
    } else if (!Objects.equals(a.completed(), b.completed())) {
      changes.add(b.completed() == null ? "no completion date" : "completed " + b.completed());
    }
    Notes x = a.notes();
    Notes y = b.notes();
    count(changes, "learned", x.learned(), y.learned());
    count(changes, "code", x.code(), y.code());
    count(changes, x.questions(), y.questions(), "question", "questions");
    count(changes, x.resources(), y.resources(), "resource", "resources");
    count(changes, "aha", x.aha(), y.aha());
    count(changes, x.struggles(), y.struggles(), "struggle", "struggles");
    if (!Objects.equals(a.review(), b.review())) {
      changes.add(review(b.review()));
    }
    if (!Objects.equals(a.practice(), b.practice())) {
      changes.add(b.practice() == null ? "practice project forgotten" : "practice project");
    }
    if (x.minutes() == y.minutes() && !x.sessions().equals(y.sessions()) && changes.isEmpty()) {
      changes.add("study dates"); // said only alone: a note logged adds its date's session anyway
    }
    if (!a.unknown().equals(b.unknown()) || !x.unknown().equals(y.unknown())) {
      changes.add("other fields");
    }
    int minutes = y.minutes() - x.minutes();
    if (!changes.isEmpty() || minutes != 0) {
      parts.add(new Part(place, changes, minutes));
    }
  }

  private static String review(Review to) {
    return to == null ? "off the review list" : to.finished() ? "reviews passed" : "review due " + to.due();
  }

  private static <T> void count(List<String> changes, String kind, List<T> from, List<T> to) {
    count(changes, from, to, kind, kind);
  }

  /** "+2 learned", "-1 question": removed and added counted as multisets, as `undo` lists them. */
  private static <T> void count(List<String> changes, List<T> from, List<T> to, String one, String many) {
    int added = Multiset.minus(to, from).size();
    int removed = Multiset.minus(from, to).size();
    if (added > 0) {
      changes.add("+" + added + " " + (added == 1 ? one : many));
    }
    if (removed > 0) {
      changes.add("-" + removed + " " + (removed == 1 ? one : many));
    }
  }

  private static <K extends Comparable<K>> SortedSet<K> union(java.util.Set<K> a, java.util.Set<K> b) {
    SortedSet<K> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
