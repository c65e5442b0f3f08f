package dev.rustplan.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

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

  /** Sessions by date (a named class, not Comparator.comparing's lambdas); set up before EMPTY is made. */
  private static final Comparator<Session> BY_DATE = new Comparator<>() {
    @Override
    public int compare(Session a, Session b) {
      return a.date().compareTo(b.date());
    }
  };

  public static final Notes EMPTY =
      new Notes(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Unknown.NONE);

  public Notes {
    learned = List.copyOf(learned);
    code = List.copyOf(code);
    questions = List.copyOf(questions);
    resources = List.copyOf(resources);
    List<Session> sorted = new ArrayList<>(sessions);
    sorted.sort(BY_DATE);
    sessions = Collections.unmodifiableList(sorted);
    aha = List.copyOf(aha);
    struggles = List.copyOf(struggles);
  }

  /**
   * A note as it is kept: without surrounding white space, with \n for every line end, and with
   * lines of only spaces made empty, so that what was logged reads back the same from the editor.
   */
  public static String clean(String text) {
    return Blank.LINE.matcher(text.replace("\r\n", "\n").replace('\r', '\n').strip()).replaceAll("");
  }

  /** True when no section holds anything (unknown fields aside). */
  public boolean isEmpty() {
    return learned.isEmpty() && code.isEmpty() && questions.isEmpty() && resources.isEmpty() && sessions.isEmpty()
        && aha.isEmpty() && struggles.isEmpty();
  }

  /** True when nothing at all is kept, unknown fields included. */
  public boolean isBlank() {
    return isEmpty() && unknown.isEmpty();
  }

  /** Minutes spent, summed over the sessions. */
  public int minutes() {
    int minutes = 0;
    for (Session session : sessions) {
      minutes += session.minutes();
    }
    return minutes;
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

  // No lambdas, streams or patterns compiled at class set-up here: every command makes notes, and
  // each costs a cold start to link (a lambda about 0.3 ms on first use).

  /** Compiled on first use (only writing a note cleans one), not with the class. */
  private static final class Blank {
    static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("(?m)^[ \\t]+$");
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
    List<T> both = new ArrayList<>(a.size() + b.size());
    both.addAll(a);
    both.addAll(b);
    return both;
  }
}
