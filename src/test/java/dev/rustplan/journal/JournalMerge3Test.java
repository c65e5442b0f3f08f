package dev.rustplan.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules of the three-way journal merge that `rustplan merge-driver` runs for git. */
class JournalMerge3Test {

  private static final String PLAN = "rust-100";
  private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
  private static final LocalDate D2 = LocalDate.of(2026, 3, 3);

  private static Journal with(int day, DayEntry entry) {
    return Journal.EMPTY.withPlan(PLAN, PlanJournal.EMPTY.withStarted(D1).withDay(day, entry));
  }

  private static DayEntry learned(Status status, String... notes) {
    return new DayEntry(status, null, Notes.EMPTY, Unknown.NONE)
        .withNotes(new Notes(List.of(notes), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Unknown.NONE));
  }

  private static JournalMerge3.Merged merge(Journal base, Journal ours, Journal theirs) {
    return JournalMerge3.of(base, ours, theirs);
  }

  @Test
  void notesAddedOnEitherSideAreKeptOnceInOrder() {
    Journal base = with(1, learned(Status.DOING, "a"));
    Journal ours = with(1, learned(Status.DOING, "a", "o1", "o2"));
    Journal theirs = with(1, learned(Status.DOING, "a", "t1", "o1"));
    JournalMerge3.Merged merged = merge(base, ours, theirs);
    assertThat(merged.journal().plan(PLAN).day(1).notes().learned()).containsExactly("a", "o1", "o2", "t1");
    assertThat(merged.conflicts()).isEmpty();
  }

  @Test
  void aNoteRemovedOnOneSideAndUntouchedOnTheOtherIsRemoved() {
    Journal base = with(1, learned(Status.DOING, "a", "b", "c"));
    Journal ours = with(1, learned(Status.DOING, "a", "b", "c", "new"));
    Journal theirs = with(1, learned(Status.DOING, "a", "c"));
    assertThat(merge(base, ours, theirs).journal().plan(PLAN).day(1).notes().learned()).containsExactly("a", "c", "new");
    assertThat(merge(base, theirs, ours).journal().plan(PLAN).day(1).notes().learned()).containsExactly("a", "c", "new");
  }

  @Test
  void aRepeatedNoteCountsAsManyTimesAsItIsThere() {
    assertThat(JournalMerge3.lists(List.of("x"), List.of("x", "x"), List.of("x", "y"))).containsExactly("x", "x", "y");
    assertThat(JournalMerge3.lists(List.of("x", "x"), List.of("x"), List.of("x", "x"))).containsExactly("x");
  }

  @Test
  void theMergeOfASideWithItselfOrWithTheBaseIsThatSide() {
    Journal base = with(1, learned(Status.DOING, "a"));
    Journal ours = with(1, learned(Status.DONE, "a", "b")).withConfig("blog-dir", "/blog");
    assertThat(merge(base, ours, base).journal()).isEqualTo(ours);
    assertThat(merge(base, base, ours).journal()).isEqualTo(ours);
    assertThat(merge(base, ours, ours).journal()).isEqualTo(ours);
    assertThat(merge(Journal.EMPTY, ours, ours).conflicts()).isEmpty();
  }

  @Test
  void aStatusChangedOnOneSideIsTaken_backwardsToo() {
    Journal base = with(1, new DayEntry(Status.DONE, D1, Notes.EMPTY, Unknown.NONE));
    Journal reopened = with(1, new DayEntry(Status.DOING, D1, Notes.EMPTY, Unknown.NONE));
    assertThat(merge(base, base, reopened).journal().plan(PLAN).day(1).status()).isEqualTo(Status.DOING);
  }

  @Test
  void statusesChangedOnBothSidesMoveForward_andSameRankKeepsOursAsAConflict() {
    Journal base = with(1, DayEntry.TODO.withStatus(Status.TODO, null));
    Journal logged = with(1, learned(Status.DOING, "a"));
    Journal done = with(1, new DayEntry(Status.DONE, D2, Notes.EMPTY, Unknown.NONE));
    JournalMerge3.Merged forward = merge(base, logged, done);
    assertThat(forward.journal().plan(PLAN).day(1).status()).isEqualTo(Status.DONE);
    assertThat(forward.journal().plan(PLAN).day(1).completed()).isEqualTo(D2);
    assertThat(forward.journal().plan(PLAN).day(1).notes().learned()).containsExactly("a");
    assertThat(forward.conflicts()).isEmpty();

    Journal skipped = with(1, new DayEntry(Status.SKIPPED, D1, Notes.EMPTY, Unknown.NONE));
    JournalMerge3.Merged clash = merge(base, done, skipped);
    assertThat(clash.journal().plan(PLAN).day(1).status()).isEqualTo(Status.DONE);
    assertThat(clash.conflicts()).containsExactly("day 1's status");
  }

  @Test
  void minutesStudiedOnTheSameDateOnBothMachinesAddUp() {
    Notes base = Notes.EMPTY.withSession(D1, 30);
    Journal b = with(1, DayEntry.TODO.withStatus(Status.DOING, null).withNotes(base));
    Journal o = with(1, DayEntry.TODO.withStatus(Status.DOING, null).withNotes(base.withSession(D1, 20)));
    Journal t = with(1, DayEntry.TODO.withStatus(Status.DOING, null).withNotes(base.withSession(D1, 45).withSession(D2, 10)));
    List<Session> sessions = merge(b, o, t).journal().plan(PLAN).day(1).notes().sessions();
    assertThat(sessions).containsExactly(new Session(D1, 95), new Session(D2, 10));
  }

  @Test
  void settingsFollowTheSideThatChangedThem_bothChangedKeepsOursAndSaysSo() {
    Journal base = Journal.EMPTY.withConfig("blog-dir", "/a").withConfig("author", "Ann");
    Journal ours = base.withConfig("blog-dir", "/ours").withConfig("author", null);
    Journal theirs = base.withConfig("blog-dir", "/theirs").withConfig("editor", "vi");
    JournalMerge3.Merged merged = merge(base, ours, theirs);
    assertThat(merged.journal().config()).isEqualTo(new TreeMap<>(Map.of("blog-dir", "/ours", "editor", "vi")));
    assertThat(merged.conflicts()).containsExactly("setting blog-dir");
  }

  @Test
  void unknownFieldsMergeByKey() {
    Journal base = new Journal(1, new TreeMap<>(), new TreeMap<>(), new Unknown(Map.of("x", TextNode.valueOf("0"))));
    Journal ours = new Journal(1, new TreeMap<>(), new TreeMap<>(), new Unknown(Map.of("x", TextNode.valueOf("0"), "o", TextNode.valueOf("1"))));
    Journal theirs = new Journal(1, new TreeMap<>(), new TreeMap<>(), new Unknown(Map.of("x", TextNode.valueOf("2"))));
    JournalMerge3.Merged merged = merge(base, ours, theirs);
    assertThat(merged.journal().unknown().fields()).containsOnlyKeys("x", "o").containsEntry("x", TextNode.valueOf("2"));
    assertThat(merged.conflicts()).isEmpty();
  }

  @Test
  void twoJournalsWithNoCommonBaseKeepEverythingOfBoth() {
    Journal ours = with(1, learned(Status.DONE, "mine")).withConfig("blog-dir", "/b");
    Journal theirs = with(1, learned(Status.DOING, "theirs")).withPlan("other", PlanJournal.EMPTY.withStarted(D2));
    JournalMerge3.Merged merged = merge(Journal.EMPTY, ours, theirs);
    assertThat(merged.journal().plan(PLAN).day(1).notes().learned()).containsExactly("mine", "theirs");
    assertThat(merged.journal().plan(PLAN).day(1).status()).isEqualTo(Status.DONE);
    assertThat(merged.journal().plan("other").started()).isEqualTo(D2);
    assertThat(merged.journal().config()).containsEntry("blog-dir", "/b");
  }

  @Test
  void reviewsGoneOverOnBothSidesKeepEveryDate() {
    Review start = Review.startingOn(D1);
    Journal base = with(1, new DayEntry(Status.DONE, D1, Notes.EMPTY, Unknown.NONE).withReview(start));
    Journal ours = with(1, new DayEntry(Status.DONE, D1, Notes.EMPTY, Unknown.NONE).withReview(start.passed(D2)));
    Journal theirs = with(1, new DayEntry(Status.DONE, D1, Notes.EMPTY, Unknown.NONE).withReview(start.again(D2.plusDays(1))));
    JournalMerge3.Merged merged = merge(base, ours, theirs);
    Review review = merged.journal().plan(PLAN).day(1).review();
    assertThat(review.step()).isEqualTo(1);
    assertThat(review.reviewed()).containsExactly(D2, D2.plusDays(1));
    assertThat(merged.conflicts()).containsExactly("day 1's review");
  }
}
