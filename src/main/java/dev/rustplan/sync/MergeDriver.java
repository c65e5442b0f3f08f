package dev.rustplan.sync;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.JournalMerge3;
import dev.rustplan.store.JournalFault;
import dev.rustplan.store.json.JournalReader;
import dev.rustplan.store.json.JournalWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * What git's merge driver does with the three versions of a journal it is given: reads them all
 * (an empty file, git's stand-in for "not there" when both sides added the journal, is an empty
 * journal), merges them ({@link JournalMerge3}) and writes the result over ours, atomically. A
 * version that cannot be read leaves ours untouched and is one line.
 */
public final class MergeDriver {

  private MergeDriver() {}

  /** Merges theirs into ours since base, writing ours; what both sides changed differently (ours kept). */
  public static List<String> merge(Path base, Path ours, Path theirs) {
    Journal b = read(base, "base");
    Journal o = read(ours, "ours");
    Journal t = read(theirs, "theirs");
    JournalMerge3.Merged merged = JournalMerge3.of(b, o, t);
    try {
      AtomicFile.system().put(ours, JournalWriter.write(merged.journal()));
    } catch (IOException e) {
      throw RustplanException.failure("cannot write the merged journal to " + ours + ": " + IoReason.of(e)
          + "; it is as it was", e);
    }
    return merged.conflicts();
  }

  private static Journal read(Path file, String which) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw RustplanException.failure(file + " (" + which + "): no such file; give the three files git names (%O %A %B)", e);
    } catch (IOException e) {
      throw RustplanException.failure("cannot read " + file + " (" + which + "): " + IoReason.of(e), e);
    }
    if (bytes.length == 0) {
      return Journal.EMPTY;
    }
    try {
      return JournalReader.read(bytes);
    } catch (JournalFault fault) {
      throw RustplanException.failure(file + ":" + fault.line() + ":" + fault.column() + " (" + which + "): "
          + fault.getMessage().replaceAll("\\s*\\R\\s*", " ") + "; not a journal rustplan can merge"
          + ", so ours is left as it was", fault);
    }
  }
}
