package dev.rustplan.cli.text;

import dev.rustplan.journal.Status;

/** The one-character marks of a day's status, shared by the `progress` grid and the `week` table. */
public final class DayMarks {

  public static final String LEGEND = "● done  ◐ doing  ○ to do  ⊘ skipped";

  private DayMarks() {}

  public static char of(Status status) {
    return switch (status) {
      case DONE -> '●';
      case DOING -> '◐';
      case TODO -> '○';
      case SKIPPED -> '⊘';
    };
  }
}
