package dev.rustplan.cli.text;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Review;
import dev.rustplan.progress.Reviews;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** Reviews of hard days in words: the line `today` adds, and what `done` and `review` say. */
public final class ReviewText {

  /** More than this many due reviews are counted rather than named, so `today` stays short. */
  private static final int NAMED = 5;

  private ReviewText() {}

  /** "1st review", "2nd review", "3rd review". */
  public static String ordinal(Review review) {
    return review.ordinal();
  }

  /** After `done`: when a day that is up for review comes due; nothing for another day. */
  public static void upForReview(PrintWriter out, int day, DayEntry entry, LocalDate today, int width) {
    Review.of(entry).filter(r -> !r.finished()).ifPresent(r -> {
      String why = entry.review() == null ? "You noted struggles: day " + day : "Day " + day;
      String when = r.isDue(today)
          ? " is up for review, " + (r.due().equals(today) ? "due today" : "due since " + r.due())
          : " comes up for review on " + r.due();
      String then = r.step() == 0
          ? ", then " + Review.INTERVALS.get(1) + " and " + Review.INTERVALS.get(2) + " days after " + r.since()
          : "";
      out.print(TextWrap.fill(Voice.REVIEW + " " + why + when + then + " (" + Voice.command("review") + ").", width));
    });
  }

  /** The one line `today` shows when reviews are due, or null when none is: a topic for one, numbers for more. */
  static String dueLine(List<Reviews.Item> due) {
    if (due.isEmpty()) {
      return null;
    }
    if (due.size() == 1) {
      Reviews.Item only = due.get(0);
      return Voice.REVIEW + " Review due: day " + only.day().number() + " (" + InlineText.display(only.day().topic())
          + ") · " + Voice.command("review");
    }
    List<String> numbers = due.stream().limit(NAMED).map(i -> Integer.toString(i.day().number())).toList();
    String days = due.size() > NAMED
        ? String.join(", ", numbers) + " and " + (due.size() - NAMED) + " more"
        : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    return Voice.REVIEW + " Reviews due: days " + days + " · " + Voice.command("review");
  }

  /** "due today", "due since 2026-03-04", "due on 2026-03-10", "all 3 reviews passed". */
  public static String when(Review review, LocalDate today) {
    if (review.finished()) {
      return "all " + Review.INTERVALS.size() + " reviews passed";
    }
    if (review.due().equals(today)) {
      return ordinal(review) + " due today";
    }
    return ordinal(review) + (review.due().isBefore(today) ? " due since " : " on ") + review.due();
  }
}
