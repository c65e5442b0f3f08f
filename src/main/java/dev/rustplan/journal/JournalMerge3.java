package dev.rustplan.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The three-way merge of two journals that grew apart from a common one (two machines synced
 * through git): each side's changes since the base are applied to the other. Notes added on
 * either side are kept once, in order (ours, then theirs' new ones); a note removed on one side
 * and untouched on the other is removed; minutes studied on the same date on both sides add up.
 * Any other value (a status, a date, a review, a setting, a practice project, a blog post, an
 * unknown field) takes the side that changed it; where both changed it differently, the rules of
 * {@link JournalMerge} (`import`) decide: a status moves forward, reviewed dates are kept from
 * both, otherwise ours stays, and the value is named in {@link Merged#conflicts()}.
 */
public final class JournalMerge3 {

  private final List<String> conflicts = new ArrayList<>();

  private JournalMerge3() {}

  /** The merged journal, and what both sides changed differently (where ours was kept), one short phrase each. */
  public record Merged(Journal journal, List<String> conflicts) {

    public Merged {
      conflicts = List.copyOf(conflicts);
    }
  }

  public static Merged of(Journal base, Journal ours, Journal theirs) {
    JournalMerge3 merge = new JournalMerge3();
    return new Merged(merge.journal(base, ours, theirs), merge.conflicts);
  }

  private Journal journal(Journal base, Journal ours, Journal theirs) {
    SortedMap<String, String> config = map(base.config(), ours.config(), theirs.config(), key -> "setting " + key);
    SortedMap<String, PlanJournal> plans = new TreeMap<>();
    for (String id : union(ours.plans().keySet(), theirs.plans().keySet())) {
      PlanJournal merged = plan(base.plan(id), ours.plan(id), theirs.plan(id), ours.plans().size() > 1 ? id + " " : "");
      if (ours.plans().containsKey(id) || theirs.plans().containsKey(id) && !merged.equals(PlanJournal.EMPTY)) {
        plans.put(id, merged);
      }
    }
    return new Journal(ours.schema(), config, plans, unknown(base.unknown(), ours.unknown(), theirs.unknown(), "the journal"));
  }

  private PlanJournal plan(PlanJournal base, PlanJournal ours, PlanJournal theirs, String prefix) {
    LocalDate started = value(base.started(), ours.started(), theirs.started(), prefix + "start date");
    LocalDate schedule = value(base.scheduleStart(), ours.scheduleStart(), theirs.scheduleStart(), prefix + "schedule");
    SortedMap<Integer, DayEntry> days = new TreeMap<>();
    for (int n : union(ours.days().keySet(), theirs.days().keySet())) {
      DayEntry day = day(base.day(n), ours.day(n), theirs.day(n), prefix + "day " + n + "'s ");
      if (!day.isBlank()) {
        days.put(n, day);
      }
    }
    SortedMap<Integer, WeekEntry> weeks = new TreeMap<>();
    for (int n : union(ours.weeks().keySet(), theirs.weeks().keySet())) {
      WeekEntry b = base.week(n);
      WeekEntry o = ours.week(n);
      WeekEntry t = theirs.week(n);
      String at = prefix + "week " + n + "'s ";
      WeekEntry week = new WeekEntry(value(b.blogPost(), o.blogPost(), t.blogPost(), at + "blog post"),
          unknown(b.unknown(), o.unknown(), t.unknown(), at + "fields"));
      if (!week.isBlank()) {
        weeks.put(n, week);
      }
    }
    return new PlanJournal(started, schedule, days, weeks, unknown(base.unknown(), ours.unknown(), theirs.unknown(),
        prefix + "plan's fields"));
  }

  private DayEntry day(DayEntry base, DayEntry ours, DayEntry theirs, String at) {
    record Finish(Status status, LocalDate completed) {}
    Finish b = new Finish(base.status(), base.completed());
    Finish o = new Finish(ours.status(), ours.completed());
    Finish t = new Finish(theirs.status(), theirs.completed());
    Finish finish;
    if (o.equals(t) || b.equals(t)) {
      finish = o;
    } else if (b.equals(o)) {
      finish = t;
    } else if (rank(t.status()) > rank(o.status())) {
      finish = t; // import's rule: a status moves forward (logged on one machine, done on the other)
    } else {
      finish = o;
      if (rank(t.status()) == rank(o.status())) {
        conflicts.add(at + "status");
      }
    }
    Review review = review(base.review(), ours.review(), theirs.review(), at + "review");
    String practice = value(base.practice(), ours.practice(), theirs.practice(), at + "practice project");
    Notes notes = notes(base.notes(), ours.notes(), theirs.notes(), at);
    return new DayEntry(finish.status(), finish.completed(), notes, review, practice,
        unknown(base.unknown(), ours.unknown(), theirs.unknown(), at + "fields"));
  }

  private Review review(Review base, Review ours, Review theirs, String what) {
    if (Objects.equals(ours, theirs) || Objects.equals(base, theirs)) {
      return ours;
    }
    if (Objects.equals(base, ours)) {
      return theirs;
    }
    if (ours == null || theirs == null) {
      conflicts.add(what);
      return ours;
    }
    // Both went over it: ours keeps its schedule (import's rule), the dates of both are study dates.
    if (ours.step() != theirs.step() || !Objects.equals(ours.due(), theirs.due())
        || !Objects.equals(ours.since(), theirs.since())) {
      conflicts.add(what);
    }
    TreeSet<LocalDate> dates = new TreeSet<>(ours.reviewed());
    dates.addAll(theirs.reviewed());
    return new Review(ours.since(), ours.step(), ours.due(), List.copyOf(dates), ours.unknown());
  }

  private Notes notes(Notes base, Notes ours, Notes theirs, String at) {
    return new Notes(
        lists(base.learned(), ours.learned(), theirs.learned()),
        lists(base.code(), ours.code(), theirs.code()),
        lists(base.questions(), ours.questions(), theirs.questions()),
        lists(base.resources(), ours.resources(), theirs.resources()),
        sessions(base.sessions(), ours.sessions(), theirs.sessions()),
        lists(base.aha(), ours.aha(), theirs.aha()),
        lists(base.struggles(), ours.struggles(), theirs.struggles()),
        unknown(base.unknown(), ours.unknown(), theirs.unknown(), at + "note fields"));
  }

  /**
   * Ours without what theirs removed, then what theirs added that ours did not add too; counted as
   * multisets, so a note logged twice stays twice and one both sides logged alike is kept once.
   */
  static <T> List<T> lists(List<T> base, List<T> ours, List<T> theirs) {
    List<T> removedByTheirs = Multiset.minus(base, theirs);
    List<T> addedByTheirs = Multiset.minus(theirs, base);
    List<T> addedByOurs = Multiset.minus(ours, base);
    List<T> result = Multiset.minus(ours, removedByTheirs);
    result.addAll(Multiset.minus(addedByTheirs, addedByOurs));
    return result;
  }

  /** Per date, each side's change of minutes since the base, added up; a session removed on one side and untouched on the other goes. */
  private static List<Session> sessions(List<Session> base, List<Session> ours, List<Session> theirs) {
    Map<LocalDate, Session> b = byDate(base);
    Map<LocalDate, Session> o = byDate(ours);
    Map<LocalDate, Session> t = byDate(theirs);
    List<Session> result = new ArrayList<>();
    for (LocalDate date : union(o.keySet(), t.keySet())) {
      Session bs = b.get(date);
      Session os = o.get(date);
      Session ts = t.get(date);
      if (os == null && Objects.equals(bs, ts) || ts == null && Objects.equals(bs, os)) {
        continue; // removed on one side, untouched on the other
      }
      int was = bs == null ? 0 : bs.minutes();
      int minutes = (os == null ? was : os.minutes()) + (ts == null ? was : ts.minutes()) - was;
      Session keep = os != null ? os : ts;
      result.add(new Session(date, Math.max(0, minutes), keep.unknown()));
    }
    return result;
  }

  private static Map<LocalDate, Session> byDate(List<Session> sessions) {
    Map<LocalDate, Session> map = new LinkedHashMap<>();
    sessions.forEach(s -> map.put(s.date(), s));
    return map;
  }

  private <V> V value(V base, V ours, V theirs, String what) {
    if (Objects.equals(ours, theirs) || Objects.equals(base, theirs)) {
      return ours;
    }
    if (Objects.equals(base, ours)) {
      return theirs;
    }
    conflicts.add(what);
    return ours;
  }

  private SortedMap<String, String> map(Map<String, String> base, Map<String, String> ours, Map<String, String> theirs,
      Function<String, String> what) {
    SortedMap<String, String> result = new TreeMap<>();
    for (String key : union(ours.keySet(), theirs.keySet())) {
      String value = value(base.get(key), ours.get(key), theirs.get(key), what.apply(key));
      if (value != null) {
        result.put(key, value);
      }
    }
    return result;
  }

  private Unknown unknown(Unknown base, Unknown ours, Unknown theirs, String what) {
    if (ours.equals(theirs) || base.equals(theirs)) {
      return ours;
    }
    if (base.equals(ours)) {
      return theirs;
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>(ours.fields().keySet());
    keys.addAll(theirs.fields().keySet());
    boolean clash = false;
    for (String key : keys) {
      JsonNode b = base.fields().get(key);
      JsonNode o = ours.fields().get(key);
      JsonNode t = theirs.fields().get(key);
      JsonNode value;
      if (Objects.equals(o, t) || Objects.equals(b, t)) {
        value = o;
      } else if (Objects.equals(b, o)) {
        value = t;
      } else {
        value = o;
        clash = true;
      }
      if (value != null) {
        fields.put(key, value);
      }
    }
    if (clash) {
      conflicts.add(what + " rustplan does not know");
    }
    return new Unknown(fields);
  }

  /** Todo, then doing, then finished (done or skipped, which never replace each other). */
  private static int rank(Status status) {
    return switch (status) {
      case TODO -> 0;
      case DOING -> 1;
      case DONE, SKIPPED -> 2;
    };
  }

  private static <K extends Comparable<? super K>> Set<K> union(Set<K> a, Set<K> b) {
    TreeSet<K> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
