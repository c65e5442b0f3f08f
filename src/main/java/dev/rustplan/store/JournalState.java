package dev.rustplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What a journal file is at one moment, as the history names states: whether it exists, its size,
 * and its name (and SHA-256, for entries of earlier versions, when asked for).
 */
record JournalState(boolean exists, long size, String name, String sha256) {

  static final JournalState ABSENT = new JournalState(false, 0, History.ABSENT, null);

  /** The state of the file now, read once as a stream; no file is {@link #ABSENT}. */
  static JournalState of(Path file, boolean withSha256) throws IOException {
    StateName name = new StateName(withSha256);
    try {
      name.reading(Files.newInputStream(file)).close(); // which reads it to its end
    } catch (NoSuchFileException e) {
      return ABSENT;
    }
    return of(name);
  }

  /** The state whose bytes were streamed through name. */
  static JournalState of(StateName name) {
    return new JournalState(true, name.length(), name.name(), name.sha256());
  }

  /** Whether a name kept in an entry, of this version or an earlier (SHA-256), names this state. */
  boolean isNamed(String entryName) {
    return entryName.length() == 64 ? entryName.equals(sha256) : entryName.equals(name);
  }

  /** Whether telling this state from entries' names takes a SHA-256 (an entry of an earlier version). */
  static boolean needsSha256(Iterable<History.Entry> entries) {
    for (History.Entry entry : entries) {
      if (entry.state().length() == 64 || entry.expect().length() == 64) {
        return true;
      }
    }
    return false;
  }
}
