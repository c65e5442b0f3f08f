package dev.rustplan.plan;

/** What a day asks of the learner: a lesson, a practice exercise, or the closing capstone. */
public enum DayKind {
  LESSON,
  PRACTICE,
  CAPSTONE;

  /** The lower-case word used in output and JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
