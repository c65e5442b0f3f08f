package dev.rustplan.cli.text;

import java.nio.file.Path;

/**
 * What bare `rustplan` prints: a short orientation (today's one line, the everyday commands,
 * where the notes live, where the rest is), not the whole help, which `rustplan help` gives.
 */
public final class Orientation {

  private Orientation() {}

  /**
   * The orientation; {@code today} is today's `--brief` line, or null when it cannot be had (a
   * plan or journal at fault: the line then sends the learner to `doctor`).
   */
  public static String render(String planName, String today, Path journal, int width) {
    StringBuilder t = new StringBuilder();
    t.append("rustplan: a study companion for ").append(planName).append("\n\n");
    t.append(today != null ? TextWrap.indent(today, 2, width)
        : "  Today's day cannot be shown: rustplan doctor says why.\n");
    t.append("\nEvery day:\n");
    t.append("  rustplan today        what to study, and how the journey is going\n");
    t.append("  rustplan log ...      notes after a session (rustplan log --help)\n");
    t.append("  rustplan done         mark today's day done\n");
    t.append("Each week:\n");
    t.append("  rustplan blog         a draft of the week's post\n");
    t.append("\n").append(TextWrap.indent("Your notes: " + journal, 0, width));
    t.append("Every command: rustplan help · one command: rustplan help log\n");
    return t.toString();
  }
}
