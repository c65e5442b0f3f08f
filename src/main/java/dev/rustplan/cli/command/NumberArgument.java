package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;

/**
 * Reads a DAY or WEEK argument. picocli's own int conversion would answer "abc" with a Java-ish
 * message and a usage hint; a learner gets one line that says what is allowed instead.
 */
public final class NumberArgument {

  private NumberArgument() {}

  /** The number in {@code value}, or a usage error such as "day must be a number from 1 to 100, got 'abc'". */
  public static int parse(String what, String value, int first, int last) {
    String v = value.strip();
    if (!v.matches("[+-]?\\d{1,9}")) {
      throw RustplanException.usage(
          what + " must be a number from " + first + " to " + last + ", got '" + value + "'");
    }
    return Integer.parseInt(v);
  }
}
