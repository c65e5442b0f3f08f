package dev.rustplan.journal;

import java.time.LocalDate;

/** The learner's record of one day: its status, when it was completed (else null), and its notes. */
public record DayEntry(Status status, LocalDate completed, Notes notes, Unknown unknown) {

  public static final DayEntry TODO = new DayEntry(Status.TODO, null, Notes.EMPTY, Unknown.NONE);

  public DayEntry withStatus(Status next, LocalDate completedOn) {
    return new DayEntry(next, completedOn, notes, unknown);
  }

  public DayEntry withNotes(Notes next) {
    return new DayEntry(status, completed, next, unknown);
  }

  /** An entry that says nothing beyond the default, so the file need not hold it. */
  public boolean isBlank() {
    return status == Status.TODO && completed == null && notes.equals(Notes.EMPTY) && unknown.isEmpty();
  }
}
