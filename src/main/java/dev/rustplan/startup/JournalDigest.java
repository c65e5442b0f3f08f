package dev.rustplan.startup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustplan.files.AtomicFile;
import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Unknown;
import dev.rustplan.store.JournalStore;
import dev.rustplan.store.json.JournalReader;
import dev.rustplan.store.json.JournalWriter;
import dev.rustplan.store.json.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.zip.CRC32;

/**
 * A small copy of the journal for `rustplan today`, which shows counts of a day's notes but never
 * their text: the learned, resource and aha notes and the code are left out (their number kept),
 * everything else stays as it is. It is cached, keyed by the journal file's size, times and
 * identity ({@link Stamp}), so that `today` costs the same on a journal of 5 MB as on a new one,
 * in a cache folder only this user may write ({@link CacheFolder}). Anything amiss with the cache
 * only means the journal is read in full.
 */
public final class JournalDigest {

  private final JournalStore store;
  private final Path folder;
  private final LongSupplier millis;

  /** A digest of this store's journal, cached in the given folder (created when first written). */
  public JournalDigest(JournalStore store, Path folder) {
    this(store, folder, null); // the system clock, without a lambda to link on every start
  }

  /**
   * The same, with the clock that says when a read began: a test's, or archive training's, whose
   * journal changes a moment before each read and would otherwise never get a digest.
   */
  public JournalDigest(JournalStore store, Path folder, LongSupplier millis) {
    this.store = store;
    this.folder = folder;
    this.millis = millis;
  }

  /** The journal with the note texts `today` never shows emptied; faults of the journal as {@link JournalStore#read}. */
  public Journal read() {
    Path journal = store.file();
    long began = millis == null ? System.currentTimeMillis() : millis.getAsLong();
    Stamp stamp = Stamp.of(journal);
    if (stamp == null) {
      return store.read();
    }
    Path entry = folder.resolve("journal-" + checksum(journal.toAbsolutePath().toString()) + ".json");
    Journal cached = CacheFolder.usable(folder) && CacheFolder.trusted(entry) ? cached(entry, stamp.identity()) : null;
    if (cached != null) {
      return cached;
    }
    Journal full = store.read();
    if (stamp.settledBefore(began) && CacheFolder.ready(folder)) {
      write(entry, stamp.identity(), of(full));
    }
    return full;
  }

  /**
   * What changes whenever the journal's bytes may have: its path, size, modification and change
   * times and where it is (inode and device). The change time (ctime) is set by the system on
   * every write and rename and cannot be set back, so an edit in place with the modification time
   * restored (`touch -r`, `rsync --inplace -t`) still shows.
   */
  record Stamp(String identity, long changedMillis) {

    /** The journal's stamp, or null when it cannot be had (no journal yet, no such attributes here). */
    static Stamp of(Path journal) {
      try {
        Map<String, Object> a = Files.readAttributes(journal, "unix:size,lastModifiedTime,ctime,ino,dev");
        FileTime changed = (FileTime) a.get("ctime");
        String identity = journal.toAbsolutePath() + " " + a.get("size") + " "
            + ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS) + " " + changed.to(TimeUnit.NANOSECONDS)
            + " " + a.get("ino") + " " + a.get("dev");
        return new Stamp(identity, changed.toMillis());
      } catch (IOException | RuntimeException e) {
        return null; // no journal yet, one that cannot be read (the store says what is wrong), or no ctime
      }
    }

    /**
     * Whether the journal had settled, unchanged for a second or more, when the read began.
     * A file system's times may be as coarse as a second (and even fine ones advance by the
     * kernel's tick): a journal written again within the same tick, to the same size and, as
     * happens, the same inode, keeps its stamp. Whatever is written after a settled stamp was
     * taken gets a later time, so only a settled stamp may key a digest.
     */
    boolean settledBefore(long beganMillis) {
      return Math.floorDiv(changedMillis, 1000) < Math.floorDiv(beganMillis, 1000) - 1;
    }
  }

  /**
   * The name under which a digest keeps the number of notes it left out. Counts instead of empty
   * entries keep the digest of a journal with thousands of notes as small as that of a new one.
   */
  private static final String COUNTS = "rustplanDigestCounts";

  /** The journal with the notes `today` never shows left out, their number kept under {@link #COUNTS}. */
  static Journal of(Journal journal) {
    return mapNotes(journal, true);
  }

  /** A digest read back: the left-out notes as that many empty ones, so that counting them works. */
  static Journal expanded(Journal digest) {
    return mapNotes(digest, false);
  }

  /** Each day's notes counted (making a digest) or expanded (reading one); loops, as a lambda costs 0.3 ms to link. */
  private static Journal mapNotes(Journal journal, boolean counting) {
    SortedMap<String, PlanJournal> plans = new TreeMap<>();
    for (Map.Entry<String, PlanJournal> entry : journal.plans().entrySet()) {
      PlanJournal plan = entry.getValue();
      SortedMap<Integer, DayEntry> days = new TreeMap<>();
      for (Map.Entry<Integer, DayEntry> d : plan.days().entrySet()) {
        DayEntry day = d.getValue();
        Notes notes = counting ? counted(day.notes()) : expanded(day.notes());
        days.put(d.getKey(), new DayEntry(day.status(), day.completed(), notes, day.review(), day.practice(),
            day.unknown()));
      }
      plans.put(entry.getKey(), new PlanJournal(plan.started(), plan.scheduleStart(), days, plan.weeks(),
          plan.study(), plan.unknown()));
    }
    return new Journal(journal.schema(), journal.config(), plans, journal.unknown());
  }

  private static Notes counted(Notes n) {
    ObjectNode counts = JsonNodeFactory.instance.objectNode()
        .put("learned", n.learned().size())
        .put("code", n.code().size())
        .put("resources", n.resources().size())
        .put("aha", n.aha().size());
    Map<String, JsonNode> unknown = new LinkedHashMap<>(n.unknown().fields());
    unknown.put(COUNTS, counts);
    return new Notes(List.of(), List.of(), n.questions(), List.of(), n.sessions(), List.of(), n.struggles(),
        new Unknown(unknown));
  }

  private static Notes expanded(Notes n) {
    JsonNode counts = n.unknown().fields().get(COUNTS);
    if (counts == null) {
      return n;
    }
    Map<String, JsonNode> unknown = new LinkedHashMap<>(n.unknown().fields());
    unknown.remove(COUNTS);
    return new Notes(
        Collections.nCopies(counts.path("learned").asInt(), ""),
        Collections.nCopies(counts.path("code").asInt(), new CodeSnippet(null, "")),
        n.questions(),
        Collections.nCopies(counts.path("resources").asInt(), ""),
        n.sessions(),
        Collections.nCopies(counts.path("aha").asInt(), ""),
        n.struggles(),
        new Unknown(unknown));
  }

  private static Journal cached(Path entry, String identity) {
    try {
      byte[] bytes = Files.readAllBytes(entry);
      byte[] header = (identity + "\n").getBytes(StandardCharsets.UTF_8);
      if (bytes.length < header.length || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
        return null;
      }
      return expanded(JournalReader.read(Arrays.copyOfRange(bytes, header.length, bytes.length)));
    } catch (IOException | RuntimeException e) {
      return null; // missing, stale or damaged: read the journal itself
    }
  }

  /** Best effort, private like the journal (it holds the learner's questions), and atomic. */
  private void write(Path entry, String identity, Journal digest) {
    try {
      String json = JsonTree.write(JournalWriter.tree(digest), false);
      AtomicFile.system().cache(entry, (identity + "\n" + json).getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // Best effort: without a digest the next run reads the journal itself.
    }
  }

  private static String checksum(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }
}
