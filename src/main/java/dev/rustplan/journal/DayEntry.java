package dev.rustplan.journal;

import java.time.LocalDate;

/**
 * The learner's record of one day: its status, the date it was finished (done, or skipped) or
 * else null, its notes, its review of a hard topic (else null) and the folder of its practice
 * project (else null). A done day that was reopened keeps the date it was done: going back over
 * a day never rewrites when it was first studied, and `done` again finds the date there.
 */
public record DayEntry(
    Status status, LocalDate completed, Notes notes, Review review, String practice, Unknown unknown) {

  public static final DayEntry TODO = new DayEntry(Status.TODO, null, Notes.EMPTY, Unknown.NONE);

  /** An entry with no review and no practice project. */
  public DayEntry(Status status, LocalDate completed, Notes notes, Unknown unknown) {
    this(status, completed, notes, null, null, unknown);
  }

  public DayEntry withStatus(Status next, LocalDate completedOn) {
    return new DayEntry(next, completedOn, notes, review, practice, unknown);
  }

  public DayEntry withNotes(Notes next) {
    return new DayEntry(status, completed, next, review, practice, unknown);
  }

  public DayEntry withReview(Review next) {
    return new DayEntry(status, completed, notes, next, practice, unknown);
  }

  public DayEntry withPractice(String folder) {
    return new DayEntry(status, completed, notes, review, folder, unknown);
  }

  /** The date the day was finished (done or skipped), or null while it is not. */
  public LocalDate finishedOn() {
    return status.finished() ? completed : null;
  }

  /** The date the day was done, kept while it is reopened; null for a day never done or a skipped one. */
  public LocalDate doneOn() {
    return status == Status.SKIPPED ? null : completed;
  }

  /** An entry that says nothing beyond the default, so the file need not hold it. */
  public boolean isBlank() {
    // Not notes.equals(Notes.EMPTY): see JournalStore#change on what a record's equals costs.
    return status == Status.TODO && completed == null && notes.isBlank() && review == null
        && practice == null && unknown.isEmpty();
  }
}
