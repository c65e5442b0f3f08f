package dev.rustplan.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A day's notes in the sections of the plan's daily template (Appendix C), plus the aha moments
 * and struggles that feed the weekly post. Sessions are kept one per date, in date order.
 */
public record Notes(
    List<String> learned,
    List<CodeSnippet> code,
    List<String> questions,
    List<String> resources,
    List<Session> sessions,
    List<String> aha,
    List<String> struggles,
    Unknown unknown) {

  private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("(?m)^[ \\t]+$");

  public static final Notes EMPTY =
      new Notes(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Unknown.NONE);

  public Notes {
    learned = List.copyOf(learned);
    code = List.copyOf(code);
    questions = List.copyOf(questions);
    resources = List.copyOf(resources);
    sessions = sessions.stream().sorted(Comparator.comparing(Session::date)).toList();
    aha = List.copyOf(aha);
    struggles = List.copyOf(struggles);
  }

  /**
   * A note as it is kept: without surrounding white space, with \n for every line end, and with
   * lines of only spaces made empty, so that what was logged reads back the same from the editor.
   */
  public static String clean(String text) {
    return BLANK_LINE.matcher(text.replace("\r\n", "\n").replace('\r', '\n').strip()).replaceAll("");
  }

  /** True when no section holds anything (unknown fields aside). */
  public boolean isEmpty() {
    return Stream.of(learned, code, questions, resources, sessions, aha, struggles).allMatch(List::isEmpty);
  }

  /** True when nothing at all is kept, unknown fields included. */
  public boolean isBlank() {
    return isEmpty() && unknown.isEmpty();
  }

  /** Minutes spent, summed over the sessions. */
  public int minutes() {
    return sessions.stream().mapToInt(Session::minutes).sum();
  }

  /** These notes with another call's notes added after them; sessions of the same date add up. */
  public Notes plus(Notes more) {
    Notes result =
        new Notes(
            concat(learned, more.learned),
            concat(code, more.code),
            concat(questions, more.questions),
            concat(resources, more.resources),
            sessions,
            concat(aha, more.aha),
            concat(struggles, more.struggles),
            unknown);
    for (Session s : more.sessions) {
      result = result.withSession(s.date(), s.minutes());
    }
    return result;
  }

  /** Adds minutes to the session of that date, making one if there is none (0 minutes still marks the date). */
  public Notes withSession(LocalDate date, int minutes) {
    List<Session> next = new ArrayList<>(sessions);
    int at = indexOf(date);
    if (at >= 0) {
      next.set(at, next.get(at).plusMinutes(minutes));
    } else {
      next.add(new Session(date, minutes));
    }
    return withSessions(next);
  }

  public Notes withSessions(List<Session> next) {
    return new Notes(learned, code, questions, resources, next, aha, struggles, unknown);
  }

  private int indexOf(LocalDate date) {
    for (int i = 0; i < sessions.size(); i++) {
      if (sessions.get(i).date().equals(date)) {
        return i;
      }
    }
    return -1;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
