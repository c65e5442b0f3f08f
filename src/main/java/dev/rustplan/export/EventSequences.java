package dev.rustplan.export;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SEQUENCE each calendar event was last exported with and a digest of what it said then, kept
 * beside the journal in {@value #FILE_NAME}, so that an event whose date or words changed gets a
 * higher SEQUENCE than it ever had, and an unchanged one keeps its own.
 *
 * <p>Why a file of its own and not a number worked out from the journal: a calendar takes an
 * update of an event only when its SEQUENCE is at least the one it holds, so the number must never
 * go down from one export to the next. Anything worked out from the journal would, after an
 * `undo` of a `reschedule` (or a reschedule back), and the export time would not grow between two
 * exports of one day under RUSTPLAN_TODAY. This file is not part of the journal, so undo leaves it
 * alone; it only ever grows.
 */
public final class EventSequences {

  public static final String FILE_NAME = "ics-sequences.tsv";

  private static final String HEADER =
      "# rustplan export --format ics: the SEQUENCE each event was last exported with (UID, SEQUENCE, digest)\n";

  /** What an event was last exported as. */
  private record Entry(int sequence, String digest) {}

  private final Path file;
  private final Map<String, Entry> entries;
  private boolean changed;

  private EventSequences(Path file, Map<String, Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  /** The sequences kept in the data folder home; none yet when the file is missing. */
  public static EventSequences read(Path home) {
    Path file = home.resolve(FILE_NAME);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new EventSequences(file, new LinkedHashMap<>());
    } catch (IOException e) {
      throw RustplanException.failure("cannot read " + file + ": " + IoReason.of(e) + "; nothing was exported", e);
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || !f[1].matches("\\d{1,9}") || f[0].isEmpty()) {
        throw RustplanException.failure(file + ":" + (i + 1) + ": not a line rustplan wrote (UID, SEQUENCE and digest,"
            + " apart by tabs); nothing was exported: fix the line, or move the file aside (the events' SEQUENCE then"
            + " starts again from 0, and a calendar may keep their old versions)");
      }
      entries.put(f[0], new Entry(Integer.parseInt(f[1]), f[2]));
    }
    return new EventSequences(file, entries);
  }

  /**
   * The SEQUENCE of the event uid now that it says what digest sums up: 0 for a new one, its last
   * one while it says the same, one more when it changed. It is remembered for {@link #save}.
   */
  public int next(String uid, String digest) {
    Entry last = entries.get(uid);
    if (last != null && last.digest().equals(digest)) {
      return last.sequence();
    }
    int sequence = last == null ? 0 : last.sequence() + 1;
    entries.put(uid, new Entry(sequence, digest));
    changed = true;
    return sequence;
  }

  /**
   * Writes the sequences back (atomically, readable by the learner alone) if an export changed any;
   * before the export itself is written, so that no export is out with numbers not kept here.
   */
  public void save() {
    if (!changed) {
      return;
    }
    StringBuilder sb = new StringBuilder(HEADER);
    entries.forEach((uid, e) -> sb.append(uid).append('\t').append(e.sequence()).append('\t').append(e.digest()).append('\n'));
    try {
      AtomicFile.system().put(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw RustplanException.failure("cannot write " + file + ": " + IoReason.of(e) + "; nothing was exported", e);
    }
    changed = false;
  }
}
