package dev.rustplan.store;

import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Multiset;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Review;
import dev.rustplan.journal.StudyTimer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What going from one journal to another changes, in lines a learner can read before saying yes
 * to `undo`: "day 3: remove learned “Pin pins”", "day 3: doing → todo".
 */
final class JournalDiff {

  private final List<String> lines = new ArrayList<>();

  private JournalDiff() {}

  static List<String> describe(Journal from, Journal to) {
    JournalDiff diff = new JournalDiff();
    diff.config(from, to);
    boolean severalPlans = from.plans().size() > 1 || to.plans().size() > 1;
    for (String id : union(from.plans().keySet(), to.plans().keySet())) {
      diff.plan(severalPlans ? id + ": " : "", from.plan(id), to.plan(id));
    }
    if (!from.unknown().equals(to.unknown())) {
      diff.lines.add("fields rustplan does not know change");
    }
    if (diff.lines.isEmpty()) {
      diff.lines.add("nothing rustplan shows changes (only the file's layout, or fields it does not know)");
    }
    return diff.lines;
  }

  private void config(Journal from, Journal to) {
    for (String key : union(from.config().keySet(), to.config().keySet())) {
      String a = from.config().get(key);
      String b = to.config().get(key);
      if (a == null) {
        lines.add("setting " + key + " = " + quote(b));
      } else if (b == null) {
        lines.add("setting " + key + " unset (was " + quote(a) + ")");
      } else if (!a.equals(b)) {
        lines.add("setting " + key + ": " + quote(a) + " → " + quote(b));
      }
    }
  }

  private void plan(String prefix, PlanJournal from, PlanJournal to) {
    if (!Objects.equals(from.started(), to.started())) {
      lines.add(prefix + (to.started() == null ? "not started any more (it started on " + from.started() + ")"
          : from.started() == null ? "started on " + to.started()
          : "start date " + from.started() + " → " + to.started()));
    }
    if (from.isStarted() && to.isStarted() && !Objects.equals(from.schedule(), to.schedule())) {
      lines.add(prefix + "schedule: day 1 on " + from.schedule() + " → " + to.schedule());
    }
    for (int n : union(from.days().keySet(), to.days().keySet())) {
      day(prefix + "day " + n + ": ", from.day(n), to.day(n));
    }
    for (int n : union(from.weeks().keySet(), to.weeks().keySet())) {
      String a = from.week(n).blogPost();
      String b = to.week(n).blogPost();
      if (!Objects.equals(a, b)) {
        lines.add(prefix + "week " + n + ": " + (b == null ? "forget the blog post " + a + " (the file stays)"
            : a == null ? "record the blog post " + b : "blog post " + a + " → " + b));
      }
      if (!from.week(n).unknown().equals(to.week(n).unknown())) {
        lines.add(prefix + "week " + n + ": fields rustplan does not know change");
      }
    }
    study(prefix, from.study(), to.study());
    if (!from.unknown().equals(to.unknown())) {
      lines.add(prefix + "fields rustplan does not know change");
    }
  }

  /** The running study session: begun, paused, resumed or ended (its minutes show as the day's own). */
  private void study(String prefix, StudyTimer a, StudyTimer b) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (b != null && !b.sameSession(a)) {
      if (a != null) {
        lines.add(prefix + "end the study session of day " + a.day() + " (begun " + a.started() + ")");
      }
      lines.add(prefix + "begin a study session of day " + b.day() + " at " + b.started());
    } else if (b == null) {
      lines.add(prefix + "end the study session of day " + a.day() + " (begun " + a.started() + ")");
    } else if (a.paused() != b.paused()) {
      lines.add(prefix + "study session of day " + b.day() + ": " + (b.paused() ? "paused" : "resumed"));
    } else {
      lines.add(prefix + "study session of day " + b.day() + ": its pauses change");
    }
  }

  private void day(String at, DayEntry a, DayEntry b) {
    if (a.status() != b.status()) {
      lines.add(at + a.status().label() + " → " + b.status().label());
    } else if (!Objects.equals(a.completed(), b.completed())) {
      lines.add(at + "completed " + a.completed() + " → " + b.completed());
    }
    if (!Objects.equals(a.review(), b.review())) {
      lines.add(at + review(b.review()));
    }
    if (!Objects.equals(a.practice(), b.practice())) {
      lines.add(at + (b.practice() == null ? "forget the practice project " + a.practice() + " (the folder stays)"
          : "record the practice project " + b.practice()));
    }
    Notes x = a.notes();
    Notes y = b.notes();
    texts(at, "learned", x.learned(), y.learned());
    items(at, "code", x.code(), y.code(), JournalDiff::snippet);
    texts(at, "question", x.questions(), y.questions());
    texts(at, "resource", x.resources(), y.resources());
    texts(at, "aha", x.aha(), y.aha());
    texts(at, "struggle", x.struggles(), y.struggles());
    if (x.minutes() != y.minutes()) {
      lines.add(at + "minutes " + x.minutes() + " → " + y.minutes());
    } else if (!x.sessions().equals(y.sessions())) {
      lines.add(at + "study sessions change (dates)");
    }
    if (!a.unknown().equals(b.unknown()) || !x.unknown().equals(y.unknown())) {
      lines.add(at + "fields rustplan does not know change");
    }
  }

  private static String review(Review to) {
    return to == null ? "off the review list"
        : to.finished() ? "all reviews passed"
        : "review " + (to.step() + 1) + " of " + Review.INTERVALS.size() + " due " + to.due();
  }

  private void texts(String at, String kind, List<String> from, List<String> to) {
    items(at, kind, from, to, JournalDiff::quote);
  }

  /** Removed and added items, counted as multisets: a note logged twice and removed once shows once. */
  private <T> void items(String at, String kind, List<T> from, List<T> to, Function<T, String> show) {
    for (T item : Multiset.minus(from, to)) {
      lines.add(at + "remove " + kind + " " + show.apply(item));
    }
    for (T item : Multiset.minus(to, from)) {
      lines.add(at + "add " + kind + " " + show.apply(item));
    }
  }

  private static String snippet(CodeSnippet c) {
    long lines = c.code().lines().count();
    return "(" + (c.language() == null ? "" : c.language() + ", ") + lines + (lines == 1 ? " line)" : " lines)");
  }

  /** A note on one short line: control characters as spaces, long text cut at 60 characters. */
  static String quote(String text) {
    String flat = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    return "\u201c" + (flat.codePointCount(0, flat.length()) > 60
        ? flat.substring(0, flat.offsetByCodePoints(0, 59)) + "…" : flat) + "\u201d";
  }

  private static <K extends Comparable<K>> SortedSet<K> union(java.util.Set<K> a, java.util.Set<K> b) {
    SortedSet<K> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
