package dev.rustplan.progress;

import dev.rustplan.RustplanException;
import dev.rustplan.journal.Review;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The hard days up for review on a plan ("Revisit hard topics: some concepts need multiple
 * passes"), and what `done --hard` and `review --ok|--again` do to them.
 */
public final class Reviews {

  /** A day of the plan and where its review stands. */
  public record Item(Day day, Review review) {}

  private Reviews() {}

  /** Every done day that is up for review, soonest due first; finished reviews last, by day. */
  public static List<Item> of(Plan plan, PlanJournal journal) {
    // A loop and a comparator class, not a stream of lambdas: `today` lists the due reviews on every
    // start without a saved answer, and each lambda costs a cold start about 0.3 ms to link.
    List<Item> items = new ArrayList<>();
    for (Day day : plan.days()) {
      DayEntry entry = journal.day(day.number());
      if (entry.status() == Status.DONE) {
        Optional<Review> review = Review.of(entry);
        if (review.isPresent()) {
          items.add(new Item(day, review.get()));
        }
      }
    }
    items.sort(SOONEST_FIRST);
    return Collections.unmodifiableList(items);
  }

  /** Open reviews before finished ones; open ones by due date; then by day. */
  private static final Comparator<Item> SOONEST_FIRST = new Comparator<>() {
    @Override
    public int compare(Item a, Item b) {
      boolean aFinished = a.review().finished();
      boolean bFinished = b.review().finished();
      if (aFinished != bFinished) {
        return aFinished ? 1 : -1;
      }
      if (!aFinished) {
        int byDue = a.review().due().compareTo(b.review().due());
        if (byDue != 0) {
          return byDue;
        }
      }
      return Integer.compare(a.day().number(), b.day().number());
    }
  };

  /** The reviews due on this date or before. */
  public static List<Item> due(Plan plan, PlanJournal journal, LocalDate today) {
    List<Item> due = new ArrayList<>();
    for (Item item : of(plan, journal)) {
      if (item.review().isDue(today)) {
        due.add(item);
      }
    }
    return Collections.unmodifiableList(due);
  }

  /**
   * How many reviews are due on this date or before, as {@link #due} counts them, without sorting:
   * `today --brief` is on the start-up path of a shell prompt.
   */
  public static int dueCount(Plan plan, PlanJournal journal, LocalDate today) {
    int due = 0;
    for (Day day : plan.days()) {
      DayEntry entry = journal.day(day.number());
      if (entry.status() == Status.DONE) {
        Optional<Review> review = Review.of(entry);
        if (review.isPresent() && review.get().isDue(today)) {
          due++;
        }
      }
    }
    return due;
  }

  /** Puts a done day up for review from its completion date, over any review it had. */
  public static PlanJournal markHard(PlanJournal journal, int day) {
    DayEntry entry = journal.day(day);
    return journal.withDay(day, entry.withReview(Review.startingOn(entry.completed())));
  }

  /** The day's review passed today: on to the next interval. */
  public static PlanJournal passed(PlanJournal journal, int day, LocalDate today) {
    DayEntry entry = journal.day(day);
    Review review = requireReview(entry, day);
    if (review.finished()) {
      throw RustplanException.usage("day " + day + " has passed all " + Review.INTERVALS.size()
          + " reviews; to go over it again from tomorrow: rustplan review " + day + " --again");
    }
    if (!review.isDue(today)) {
      // Passing a review early would walk the whole 1/7/30-day schedule in one sitting.
      throw RustplanException.usage("day " + day + "'s " + review.ordinal() + " is not due until " + review.due()
          + "; nothing changed. Go over it then, or start over now: rustplan review " + day + " --again");
    }
    return journal.withDay(day, entry.withReview(review.passed(today)));
  }

  /** The day's review starts over today (a done day not up for review is put up). */
  public static PlanJournal again(PlanJournal journal, int day, LocalDate today) {
    DayEntry entry = journal.day(day);
    requireDone(entry, day);
    Review review = Review.of(entry).map(r -> r.again(today)).orElseGet(() -> Review.startingOn(today));
    return journal.withDay(day, entry.withReview(review));
  }

  private static Review requireReview(DayEntry entry, int day) {
    requireDone(entry, day);
    return Review.of(entry).orElseThrow(() -> RustplanException.usage(
        "day " + day + " is not up for review; to put it up: rustplan review " + day + " --again"
            + " (or rustplan done " + day + " --hard)"));
  }

  private static void requireDone(DayEntry entry, int day) {
    if (entry.status() != Status.DONE) {
      throw RustplanException.usage("day " + day + " is " + entry.status().label()
          + "; only a done day is reviewed (rustplan done " + day + " --hard puts it up for review)");
    }
  }
}
