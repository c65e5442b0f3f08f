package dev.rustplan.journal;

/**
 * Why a journal file cannot be used, and where: the store adds the file's name and how to recover.
 * {@code newer} marks a file written by a newer rustplan, which is refused rather than misread.
 */
final class JournalFault extends RuntimeException {

  private final int line;
  private final int column;
  private final boolean newer;

  JournalFault(int line, int column, String message, boolean newer) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
    this.newer = newer;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  boolean newer() {
    return newer;
  }
}
