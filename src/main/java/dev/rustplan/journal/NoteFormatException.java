package dev.rustplan.journal;

/** A note buffer that cannot be read back: the line it stumbled on and why. */
public final class NoteFormatException extends RuntimeException {

  private final int line;

  NoteFormatException(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  /** The 1-based line of the buffer. */
  public int line() {
    return line;
  }
}
