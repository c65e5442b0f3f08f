package dev.rustplan.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Merges an imported journal into the learner's, adding only what is not there yet, so that
 * importing the same file twice changes nothing the second time. What the learner's journal
 * already says is never replaced: notes are added where the journal has fewer of the same text;
 * a study session of a date it lacks is added, and one of a date it has keeps the larger number of
 * minutes; a status moves only forward (todo, doing, then done or skipped); a start date, review,
 * practice project, blog post, setting or unknown field is taken only where the journal has none.
 */
public final class JournalMerge {

  private final ImportReport report = new ImportReport();

  private JournalMerge() {}

  /** A journal with another merged in, and what the merge added. */
  public record Merged(Journal journal, ImportReport report) {}

  /** The journal with the imported one merged in, and what was added. */
  public static Merged of(Journal journal, Journal imported) {
    JournalMerge merge = new JournalMerge();
    return new Merged(merge.journal(journal, imported), merge.report);
  }

  private Journal journal(Journal mine, Journal theirs) {
    SortedMap<String, String> config = new TreeMap<>(mine.config());
    theirs.config().forEach((key, value) -> {
      if (config.putIfAbsent(key, value) == null) {
        report.setting();
      }
    });
    SortedMap<String, PlanJournal> plans = new TreeMap<>(mine.plans());
    theirs.plans().forEach((id, plan) -> plans.put(id, plan(id, mine.plans().get(id), plan)));
    return new Journal(mine.schema(), config, plans, unknown(mine.unknown(), theirs.unknown()));
  }

  private PlanJournal plan(String id, PlanJournal mine, PlanJournal theirs) {
    PlanJournal base = mine == null ? PlanJournal.EMPTY : mine;
    LocalDate started = base.started();
    if (started == null && theirs.started() != null) {
      started = theirs.started();
      report.started();
    }
    SortedMap<Integer, DayEntry> days = new TreeMap<>(base.days());
    theirs.days().forEach((n, day) -> days.put(n, day(id, n, base.day(n), day)));
    SortedMap<Integer, WeekEntry> weeks = new TreeMap<>(base.weeks());
    theirs.weeks().forEach((n, week) -> weeks.put(n, week(base.week(n), week)));
    // The schedule is each machine's own choice; a journal that never moved it takes the other's.
    LocalDate schedule = base.scheduleStart() != null || !Objects.equals(started, theirs.started())
        ? base.scheduleStart() : theirs.scheduleStart();
    // A running study session is this machine's own (the imported one was running elsewhere).
    PlanJournal merged = new PlanJournal(started, schedule, days, weeks, base.study(),
        unknown(base.unknown(), theirs.unknown()));
    // A plan the journal did not have comes in exactly as it was exported (counted all the same).
    return mine == null ? theirs : merged;
  }

  private DayEntry day(String plan, int n, DayEntry mine, DayEntry theirs) {
    Status status = mine.status();
    LocalDate completed = mine.completed();
    if (rank(theirs.status()) > rank(mine.status())) {
      status = theirs.status();
      completed = theirs.completed();
      report.status(plan, n);
    }
    Review review = mine.review();
    if (review == null && theirs.review() != null) {
      review = theirs.review();
      report.review(plan, n);
    } else if (review != null && theirs.review() != null) {
      // The schedule stays mine, but a date the other side went over the day is a study date on both.
      List<LocalDate> dates = new ArrayList<>(review.reviewed());
      dates.addAll(Multiset.minus(theirs.review().reviewed(), review.reviewed()));
      review = new Review(review.since(), review.step(), review.due(), dates.stream().sorted().toList(), review.unknown());
    }
    String practice = mine.practice();
    if (practice == null && theirs.practice() != null) {
      practice = theirs.practice();
      report.practice(plan, n);
    }
    Notes notes = notes(plan, n, mine.notes(), theirs.notes());
    DayEntry merged = new DayEntry(status, completed, notes, review, practice, unknown(mine.unknown(), theirs.unknown()));
    return mine.isBlank() ? theirs : merged;
  }

  private Notes notes(String plan, int day, Notes mine, Notes theirs) {
    List<String> learned = more(plan, day, mine.learned(), theirs.learned());
    List<CodeSnippet> code = more(plan, day, mine.code(), theirs.code());
    List<String> questions = more(plan, day, mine.questions(), theirs.questions());
    List<String> resources = more(plan, day, mine.resources(), theirs.resources());
    List<String> aha = more(plan, day, mine.aha(), theirs.aha());
    List<String> struggles = more(plan, day, mine.struggles(), theirs.struggles());
    return new Notes(learned, code, questions, resources, sessions(plan, day, mine.sessions(), theirs.sessions()),
        aha, struggles, unknown(mine.unknown(), theirs.unknown()));
  }

  /** Mine, then those of theirs beyond what mine has of the same. */
  private <T> List<T> more(String plan, int day, List<T> mine, List<T> theirs) {
    List<T> added = Multiset.minus(theirs, mine);
    report.notes(plan, day, added.size());
    List<T> all = new ArrayList<>(mine);
    all.addAll(added);
    return all;
  }

  private List<Session> sessions(String plan, int day, List<Session> mine, List<Session> theirs) {
    Map<LocalDate, Session> byDate = new LinkedHashMap<>();
    mine.forEach(s -> byDate.put(s.date(), s));
    int added = 0;
    for (Session s : theirs) {
      Session had = byDate.get(s.date());
      if (had == null) {
        byDate.put(s.date(), s);
        added++;
      } else if (s.minutes() > had.minutes()) {
        byDate.put(s.date(), new Session(s.date(), s.minutes(), had.unknown()));
        added++;
      }
    }
    report.sessions(plan, day, added);
    return new ArrayList<>(byDate.values());
  }

  private WeekEntry week(WeekEntry mine, WeekEntry theirs) {
    String post = mine.blogPost();
    if (post == null && theirs.blogPost() != null) {
      post = theirs.blogPost();
      report.blogPost();
    }
    return new WeekEntry(post, unknown(mine.unknown(), theirs.unknown()));
  }

  /** Todo, then doing, then finished (done or skipped, which never replace each other). */
  private static int rank(Status status) {
    return switch (status) {
      case TODO -> 0;
      case DOING -> 1;
      case DONE, SKIPPED -> 2;
    };
  }

  private static Unknown unknown(Unknown mine, Unknown theirs) {
    if (theirs.isEmpty() || Objects.equals(mine, theirs)) {
      return mine;
    }
    Map<String, com.fasterxml.jackson.databind.JsonNode> fields = new LinkedHashMap<>(mine.fields());
    theirs.fields().forEach(fields::putIfAbsent);
    return new Unknown(fields);
  }
}
