package dev.rustplan.cli.text;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Review;
import java.time.LocalDate;
import java.util.Optional;

/** The line `show DAY` and `review DAY` give a day up for review: why it is up, and when it is due. */
public final class ReviewState {

  private ReviewState() {}

  /**
   * "🔁 Hard day, up for review: 2nd review due on 2026-03-09 (rustplan review 9 --ok once gone
   * over)"; empty for a day not up for review. A day is up because it was marked hard (done --hard,
   * review --again) or because struggles were noted on it.
   */
  public static Optional<String> line(int day, DayEntry entry, LocalDate today) {
    return Review.of(entry).map(review -> {
      String why = entry.notes().struggles().isEmpty() ? "Hard day" : "Struggles noted";
      if (review.finished()) {
        return Voice.REVIEW + " " + why + ": all " + Review.INTERVALS.size() + " reviews passed.";
      }
      String next = review.isDue(today)
          ? ". When you have gone over it: " + Voice.command("review " + day + " --ok") + ", or --again to start over"
          : "";
      return Voice.REVIEW + " " + why + ", up for review: " + ReviewText.when(review, today) + next + ".";
    });
  }
}
