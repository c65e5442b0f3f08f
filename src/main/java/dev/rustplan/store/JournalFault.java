package dev.rustplan.store;

/**
 * Why a journal file cannot be used, and where: the store adds the file's name and how to recover.
 * {@code newer} marks a file written by a newer rustplan, which is refused rather than misread.
 */
public final class JournalFault extends RuntimeException {

  private final int line;
  private final int column;
  private final boolean newer;

  public JournalFault(int line, int column, String message, boolean newer) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
    this.newer = newer;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  boolean newer() {
    return newer;
  }
}
