package dev.rustplan.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * A small copy of the journal for `rustplan today`, which shows counts of a day's notes but never
 * their text: the learned, resource and aha notes and the code come out emptied (so their counts
 * stay), everything else as it is. It is cached, keyed by the journal file's size, time and
 * identity, so that `today` costs the same on a journal of 5 MB as on a new one. Anything amiss
 * with the cache only means the journal is read in full.
 */
public final class JournalDigest {

  private final JournalStore store;
  private final Path folder;

  /** A digest of this store's journal, cached in the given folder (created when first written). */
  public JournalDigest(JournalStore store, Path folder) {
    this.store = store;
    this.folder = folder;
  }

  /** The journal with the note texts `today` never shows emptied; faults of the journal as {@link JournalStore#read}. */
  public Journal read() {
    Path journal = store.file();
    String identity = identity(journal);
    if (identity == null) {
      return store.read();
    }
    Path entry = folder.resolve("journal-" + checksum(journal.toAbsolutePath().toString()) + ".json");
    Journal cached = cached(entry, identity);
    if (cached != null) {
      return cached;
    }
    Journal digest = of(store.read());
    write(entry, identity, digest);
    return digest;
  }

  /** The journal with its note texts emptied, their number kept. */
  static Journal of(Journal journal) {
    SortedMap<String, PlanJournal> plans = new TreeMap<>();
    journal.plans().forEach((id, plan) -> {
      SortedMap<Integer, DayEntry> days = new TreeMap<>();
      plan.days().forEach((n, day) -> days.put(n, new DayEntry(day.status(), day.completed(), notes(day.notes()),
          day.review(), day.practice(), day.unknown())));
      plans.put(id, new PlanJournal(plan.started(), days, plan.weeks(), plan.unknown()));
    });
    return new Journal(journal.schema(), journal.config(), plans, journal.unknown());
  }

  private static Notes notes(Notes n) {
    return new Notes(
        blank(n.learned().size()),
        n.code().stream().map(c -> new CodeSnippet(c.language(), "", Unknown.NONE)).toList(),
        n.questions(),
        blank(n.resources().size()),
        n.sessions(),
        blank(n.aha().size()),
        n.struggles(),
        n.unknown());
  }

  private static List<String> blank(int count) {
    return Collections.nCopies(count, "");
  }

  /** What changes whenever the journal's bytes may have: its path, size, modification time and file key. */
  private static String identity(Path journal) {
    try {
      BasicFileAttributes a = Files.readAttributes(journal, BasicFileAttributes.class);
      return journal.toAbsolutePath() + " " + a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS)
          + " " + a.fileKey();
    } catch (IOException e) {
      return null; // no journal yet, or one that cannot be read: the store says what is wrong
    }
  }

  private static Journal cached(Path entry, String identity) {
    try {
      byte[] bytes = Files.readAllBytes(entry);
      byte[] header = (identity + "\n").getBytes(StandardCharsets.UTF_8);
      if (bytes.length < header.length || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
        return null;
      }
      return JournalReader.read(Arrays.copyOfRange(bytes, header.length, bytes.length));
    } catch (IOException | RuntimeException e) {
      return null; // missing, stale or damaged: read the journal itself
    }
  }

  /** Best effort, private like the journal (it holds the learner's questions), and atomic. */
  private void write(Path entry, String identity, Journal digest) {
    Path temp = folder.resolve(entry.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      Private.createFolders(folder);
      byte[] header = (identity + "\n").getBytes(StandardCharsets.UTF_8);
      try (FileChannel out = Private.createFile(temp)) {
        out.write(ByteBuffer.wrap(header));
        out.write(ByteBuffer.wrap(JsonTree.write(JournalWriter.tree(digest), false).getBytes(StandardCharsets.UTF_8)));
      }
      Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the cache folder is ours to tidy next time
      }
    }
  }

  private static String checksum(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }
}
