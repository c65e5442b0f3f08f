package dev.rustplan.note;

import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What two versions of a day's notes have in common: the stand-in for the notes an edit started
 * from when they are not known (a draft left by an older rustplan, or whose companion file is
 * gone), so that the merge of that edit loses nothing and counts nothing twice.
 */
public final class NoteOverlap {

  private NoteOverlap() {}

  /**
   * The notes both hold: each item as many times as it is in both, in the order of {@code current};
   * for each date both have, the smaller number of minutes. Merged from this, an edit adds what it
   * holds beyond the journal and takes nothing away, which is the most that can be said without knowing
   * what it started from: something it lacks may have been logged meanwhile, or deleted by the learner.
   */
  public static Notes common(Notes current, Notes edited) {
    return new Notes(
        both(current.learned(), edited.learned()),
        both(current.code(), edited.code()),
        both(current.questions(), edited.questions()),
        both(current.resources(), edited.resources()),
        sessions(current.sessions(), edited.sessions()),
        both(current.aha(), edited.aha()),
        both(current.struggles(), edited.struggles()),
        current.unknown());
  }

  private static <T> List<T> both(List<T> current, List<T> edited) {
    List<T> rest = new ArrayList<>(edited);
    List<T> common = new ArrayList<>();
    for (T item : current) {
      if (rest.remove(item)) {
        common.add(item);
      }
    }
    return common;
  }

  private static List<Session> sessions(List<Session> current, List<Session> edited) {
    Map<LocalDate, Integer> theirs = new TreeMap<>();
    edited.forEach(s -> theirs.merge(s.date(), s.minutes(), Integer::sum));
    List<Session> common = new ArrayList<>();
    for (Session s : current) {
      Integer minutes = theirs.get(s.date());
      if (minutes != null) {
        common.add(new Session(s.date(), Math.min(s.minutes(), minutes), s.unknown()));
      }
    }
    return common;
  }
}
