package dev.rustplan.note;

/** A note buffer that cannot be read back: the line it stumbled on and why. */
public final class NoteFormatException extends RuntimeException {

  private final int line;

  NoteFormatException(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  /** Text quoted in a message, which is one line: its first line, cut at 60 characters. */
  static String quote(String text) {
    String first = text.lines().findFirst().orElse("").strip();
    boolean cut = first.length() > 60 || !first.equals(text.strip());
    return "\"" + (first.length() > 60 ? first.substring(0, 60) : first) + (cut ? "…" : "") + "\"";
  }

  /** The 1-based line of the buffer. */
  public int line() {
    return line;
  }
}
