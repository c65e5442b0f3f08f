package dev.rustplan.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies what the learner changed in the editor to the notes as they are now. The editor may be
 * open for a long while without the lock; if another rustplan logged to the same day meanwhile,
 * only the learner's own additions and removals are applied, so neither side's notes are lost.
 */
public final class NoteMerge {

  private NoteMerge() {}

  /** current with the change from original to edited applied. */
  public static Notes apply(Notes current, Notes original, Notes edited) {
    if (current.equals(original)) {
      return edited;
    }
    return new Notes(
        lists(current.learned(), original.learned(), edited.learned()),
        lists(current.code(), original.code(), edited.code()),
        lists(current.questions(), original.questions(), edited.questions()),
        lists(current.resources(), original.resources(), edited.resources()),
        sessions(current.sessions(), original.sessions(), edited.sessions()),
        lists(current.aha(), original.aha(), edited.aha()),
        lists(current.struggles(), original.struggles(), edited.struggles()),
        current.unknown());
  }

  /** current, less what the edit removed, plus what it added (counting repeats). */
  private static <T> List<T> lists(List<T> current, List<T> original, List<T> edited) {
    List<T> removed = minus(original, edited);
    List<T> added = minus(edited, original);
    List<T> result = minus(current, removed);
    result.addAll(added);
    return result;
  }

  private static <T> List<T> minus(List<T> from, List<T> take) {
    List<T> rest = new ArrayList<>(from);
    take.forEach(rest::remove);
    return rest;
  }

  /** Each date's minutes move by as much as the edit moved them. */
  private static List<Session> sessions(List<Session> current, List<Session> original, List<Session> edited) {
    Map<LocalDate, Integer> before = minutesByDate(original);
    Map<LocalDate, Integer> after = minutesByDate(edited);
    TreeSet<LocalDate> dates = new TreeSet<>(before.keySet());
    dates.addAll(after.keySet());
    List<Session> result = new ArrayList<>(current);
    for (LocalDate date : dates) {
      int delta = after.getOrDefault(date, 0) - before.getOrDefault(date, 0);
      int at = indexOf(result, date);
      if (at < 0 && after.containsKey(date)) {
        result.add(new Session(date, Math.max(0, delta)));
      } else if (at >= 0) {
        Session s = result.get(at);
        int minutes = Math.max(0, s.minutes() + delta);
        if (!after.containsKey(date) && minutes == 0) {
          result.remove(at);
        } else {
          result.set(at, new Session(date, minutes, s.unknown()));
        }
      }
    }
    return result;
  }

  private static Map<LocalDate, Integer> minutesByDate(List<Session> sessions) {
    Map<LocalDate, Integer> map = new TreeMap<>();
    sessions.forEach(s -> map.merge(s.date(), s.minutes(), Integer::sum));
    return map;
  }

  private static int indexOf(List<Session> sessions, LocalDate date) {
    for (int i = 0; i < sessions.size(); i++) {
      if (sessions.get(i).date().equals(date)) {
        return i;
      }
    }
    return -1;
  }
}
