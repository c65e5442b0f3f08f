package dev.rustplan.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import dev.rustplan.journal.Unknown;
import dev.rustplan.plan.Appendices;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short plan of two weeks of three days, and what a learner logged on it. */
class WeekPostsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

  private static final Plan PLAN = plan();

  @Test
  void gathersTheWeeksNotesInDayOrder() {
    PlanJournal journal =
        PlanJournal.EMPTY
            .withStarted(LocalDate.of(2026, 3, 1))
            .withDay(1, done(LocalDate.of(2026, 3, 1), notes(List.of("a"), List.of(new CodeSnippet("rust", "fn a() {}")), List.of("RfR Ch. 1", "Rust Reference"), 30)))
            .withDay(2, done(LocalDate.of(2026, 3, 2), notes(List.of(), List.of(new CodeSnippet(null, "$ cargo miri test")), List.of(" rfr  ch. 1", "RfR Ch. 1"), 45)))
            .withDay(3, done(LocalDate.of(2026, 3, 4), notes(List.of("c"), List.of(), List.of("Rust Reference", "Miri"), 20)));

    WeekPost post = WeekPosts.of(PLAN, journal, PLAN.requireWeek(1), TODAY, FrontMatter.TOML);

    assertThat(post.week()).isEqualTo(1);
    assertThat(post.theme()).isEqualTo("Layout");
    assertThat(post.phase()).isEqualTo("Foundations");
    assertThat(post.firstDay()).isEqualTo(1);
    assertThat(post.lastDay()).isEqualTo(3);
    // The day the week's last day was completed, not today.
    assertThat(post.date()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(post.days()).extracting(WeekPost.DayNotes::topic).containsExactly("Memory layout", "Padding", "ZSTs");
    assertThat(post.days()).extracting(WeekPost.DayNotes::learned).containsExactly(List.of("a"), List.of(), List.of("c"));
    assertThat(post.snippets())
        .containsExactly(new WeekPost.Snippet(1, "rust", "fn a() {}"), new WeekPost.Snippet(2, null, "$ cargo miri test"));
    // Counted once per day, matched whatever the case and spacing, spelt as first written.
    assertThat(post.resources())
        .containsExactly(
            new WeekPost.ResourceUse("RfR Ch. 1", 2),
            new WeekPost.ResourceUse("Rust Reference", 2),
            new WeekPost.ResourceUse("Miri", 1));
    assertThat(post.daysDone()).isEqualTo(3);
    assertThat(post.minutes()).isEqualTo(95);
    assertThat(post.next()).isEqualTo(new WeekPost.NextWeek(2, "Traits", List.of(new WeekPost.DayTopic(4, "Generics"), new WeekPost.DayTopic(5, "Objects"), new WeekPost.DayTopic(6, "Markers"))));
    assertThat(post.planDays()).isEqualTo(6);
    assertThat(post.frontMatter()).isEqualTo(FrontMatter.TOML);
  }

  @Test
  void anUnfinishedWeekIsDatedToday() {
    PlanJournal journal = PlanJournal.EMPTY.withDay(1, done(LocalDate.of(2026, 3, 1), Notes.EMPTY));

    assertThat(WeekPosts.of(PLAN, journal, PLAN.requireWeek(1), TODAY, FrontMatter.YAML).date()).isEqualTo(TODAY);
  }

  @Test
  void theLastWeekHasNoNextWeek() {
    assertThat(WeekPosts.of(PLAN, PlanJournal.EMPTY, PLAN.requireWeek(2), TODAY, FrontMatter.YAML).next()).isNull();
  }

  @Test
  void theDefaultWeekIsTheLatestFinishedOneElseTheCurrentOne() {
    assertThat(WeekPosts.defaultWeek(PLAN, PlanJournal.EMPTY).number()).isEqualTo(1);

    PlanJournal midWeekTwo =
        PlanJournal.EMPTY
            .withDay(1, done(LocalDate.of(2026, 3, 1), Notes.EMPTY))
            .withDay(2, new DayEntry(Status.SKIPPED, null, Notes.EMPTY, Unknown.NONE))
            .withDay(3, done(LocalDate.of(2026, 3, 3), Notes.EMPTY))
            .withDay(4, done(LocalDate.of(2026, 3, 4), Notes.EMPTY));
    assertThat(WeekPosts.defaultWeek(PLAN, midWeekTwo).number()).isEqualTo(1);

    PlanJournal midWeekOne = PlanJournal.EMPTY.withDay(1, done(LocalDate.of(2026, 3, 1), Notes.EMPTY));
    assertThat(WeekPosts.defaultWeek(PLAN, midWeekOne).number()).isEqualTo(1);

    PlanJournal weekTwoDoneWeekOneOpen = PlanJournal.EMPTY;
    for (int day = 4; day <= 6; day++) {
      weekTwoDoneWeekOneOpen = weekTwoDoneWeekOneOpen.withDay(day, done(LocalDate.of(2026, 3, day), Notes.EMPTY));
    }
    assertThat(WeekPosts.defaultWeek(PLAN, weekTwoDoneWeekOneOpen).number()).isEqualTo(2);
  }

  @Test
  void aWeekWithNothingLoggedIsUntouched() {
    PlanJournal journal = PlanJournal.EMPTY.withDay(4, new DayEntry(Status.DOING, null, notes(List.of("x"), List.of(), List.of(), 0), Unknown.NONE));

    assertThat(WeekPosts.untouched(PLAN.requireWeek(1), journal)).isTrue();
    assertThat(WeekPosts.untouched(PLAN.requireWeek(2), journal)).isFalse();
  }

  private static DayEntry done(LocalDate on, Notes notes) {
    return new DayEntry(Status.DONE, on, notes, Unknown.NONE);
  }

  private static Notes notes(List<String> learned, List<CodeSnippet> code, List<String> resources, int minutes) {
    List<Session> sessions = minutes > 0 ? List.of(new Session(LocalDate.of(2026, 3, 1), minutes)) : List.of();
    return new Notes(learned, code, List.of(), resources, sessions, List.of(), List.of(), Unknown.NONE);
  }

  private static Plan plan() {
    Week one = new Week(1, "Layout", List.of(day(1, "Memory layout"), day(2, "Padding"), day(3, "ZSTs")), 5);
    Week two = new Week(2, "Traits", List.of(day(4, "Generics"), day(5, "Objects"), day(6, "Markers")), 12);
    Appendices none = new Appendices(List.of(), new Appendices.ReadingList(List.of(), List.of(), List.of()), null, null, List.of(), List.of());
    return new Plan(
        "test-plan",
        "A test plan",
        List.of(),
        List.of(new Phase(1, "Foundations", 1, 3, List.of(one), 3), new Phase(2, "Traits", 4, 6, List.of(two), 10)),
        none);
  }

  private static Day day(int number, String topic) {
    return new Day(number, topic, "Read", "RfR", List.of(), DayKind.LESSON, number + 5);
  }
}
