package dev.rustplan.store;

import dev.rustplan.files.AtomicFile;
import dev.rustplan.files.Private;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The journal's bounded undo history, kept beside it in NAME.history/: one file per entry, holding
 * the journal's bytes as they were before a change (undo) or before an undo (redo), after a short
 * text header. Entries are written like the journal (atomic, private) and only under its lock.
 *
 * <p>Bounded twice: at most {@link #LIMIT} changes each way, and at most {@link #budget} bytes in
 * all, the older entries going first. Whole copies rather than deltas: each entry stands alone, so
 * a damaged one costs only itself (a chain of deltas loses every change behind a broken link), an
 * undo is a copy of one file, and a hand-broken journal is kept byte for byte like any other.
 */
final class History {

  /** How many changes `undo` can walk back at most. */
  static final int LIMIT = 25;

  /** The history may take this many times the journal's size on disk... */
  static final int TIMES_THE_JOURNAL = 5;

  /** ...or this much, whichever is more: 25 changes of a journal up to 1.3 MB always fit. */
  static final long FLOOR = 32L * 1024 * 1024;

  /** The bytes the history may take beside a journal of this size. */
  static long budget(long journalSize) {
    return Math.max(FLOOR, TIMES_THE_JOURNAL * Math.max(0, journalSize));
  }

  static final String ABSENT = "none";
  private static final String MAGIC = "rustplan history 1";

  /** Which way an entry goes: back (undo) or forward again (redo). */
  enum Stack {
    UNDO,
    REDO;

    String suffix() {
      return "." + name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One entry: the change it belongs to ({@code label}, when), the hash of the journal state it
   * holds ({@code state}, or {@link #ABSENT} for no journal) and of the state it expects to replace.
   */
  record Entry(long seq, Stack stack, String label, Instant at, String state, String expect, Path file, long offset) {

    boolean holdsJournal() {
      return !state.equals(ABSENT);
    }

    /** The journal's bytes this entry holds, as a stream (empty when it holds "no journal yet"). */
    InputStream open() throws IOException {
      InputStream in = Files.newInputStream(file);
      try {
        in.skipNBytes(offset);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
      return in;
    }

    /** Streams the journal's bytes this entry holds into out, checking that they are the state it names. */
    void copyTo(OutputStream out) throws IOException {
      copy(open(), state, out, "the history entry " + file + " is damaged (it does not hold the journal it names;"
          + " move it out of " + file.getParent() + " to go past it)");
    }
  }

  private final Path folder;
  private final AtomicFile atomic;

  History(Path journal, AtomicFile atomic) {
    this.folder = folderOf(journal);
    this.atomic = atomic;
  }

  static Path folderOf(Path journal) {
    return journal.resolveSibling(journal.getFileName() + ".history");
  }

  Path folder() {
    return folder;
  }

  /**
   * The name of a journal state; bytes null (no journal) is {@link #ABSENT}. The length and two
   * checksums (CRC-32C and CRC-32, 64 bits): the history tells apart states that rustplan wrote,
   * with no adversary to fool, and a SHA-256 would cost every change about 10 ms of loading Java's
   * security providers. Entries written before this kept SHA-256 names; {@link #names} reads both.
   */
  static String hash(byte[] bytes) {
    return bytes == null ? ABSENT : StateName.of(bytes, false).name();
  }

  /**
   * Whether a state name kept in an entry, of this version or an earlier (SHA-256), names these
   * bytes, whose {@link #hash} the caller made once for all the entries it compares.
   */
  static boolean names(String name, byte[] bytes, String hash) {
    if (bytes != null && name.length() == 64) {
      return name.equals(StateName.of(bytes, true).sha256());
    }
    return name.equals(hash);
  }

  /**
   * Streams in (closed at the end) into out, checking on the way that the bytes are the state
   * named expected; else an IOException with the message unlike. The one copy is never whole in
   * memory, and a file changed since it was named is never kept under a name that is not its own.
   */
  static void copy(InputStream in, String expected, OutputStream out, String unlike) throws IOException {
    StateName name = new StateName(expected.length() == 64);
    try (InputStream from = in) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
        name.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    }
    boolean same = expected.length() == 64 ? expected.equals(name.sha256()) : expected.equals(name.name());
    if (!same) {
      throw new IOException(unlike);
    }
  }

  /** The journal file's bytes as content to write elsewhere, checked against the state they were named. */
  static AtomicFile.Content copyOf(Path journal, String state) {
    return new JournalCopy(journal, state, null);
  }

  // Named classes and loops rather than lambdas here: every change pushes an entry, and each
  // lambda costs a cold start about 0.3 ms to link on first use, a named class a third of that.

  /** An entry's bytes: its header (or none), then the journal file streamed (or nothing: no journal). */
  private static final class JournalCopy implements AtomicFile.Content {
    private final Path journal;
    private final String state;
    private final byte[] head;

    JournalCopy(Path journal, String state, byte[] head) {
      this.journal = journal;
      this.state = state;
      this.head = head;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      if (head != null) {
        out.write(head);
      }
      if (journal != null) {
        copy(Files.newInputStream(journal), state, out,
            journal + " was changed by another program while rustplan was saving it");
      }
    }
  }

  /** Newest first, by sequence number. */
  private static final Comparator<Entry> NEWEST_ENTRY_FIRST = new Comparator<>() {
    @Override
    public int compare(Entry a, Entry b) {
      return Long.compare(b.seq(), a.seq());
    }
  };

  private static final Comparator<Kept> NEWEST_KEPT_FIRST = new Comparator<>() {
    @Override
    public int compare(Kept a, Kept b) {
      return Long.compare(b.seq(), a.seq());
    }
  };

  /** The stack's readable entries, newest first. */
  List<Entry> entries(Stack stack) {
    List<Entry> entries = new ArrayList<>();
    for (Path file : files(stack)) {
      Optional<Entry> entry = read(file, stack);
      if (entry.isPresent()) {
        entries.add(entry.get());
      }
    }
    entries.sort(NEWEST_ENTRY_FIRST);
    return entries;
  }

  /** Entry files that cannot be read (a hand edit, a disk fault): left alone, counted by doctor. */
  int damaged() {
    int damaged = 0;
    for (Stack stack : Stack.values()) {
      for (Path file : files(stack)) {
        damaged += read(file, stack).isEmpty() ? 1 : 0;
      }
    }
    return damaged;
  }

  /**
   * Adds an entry on top of the stack holding the journal file's bytes, which must be the state
   * named state (journal null: no journal, state {@link #ABSENT}); the entry replaces a journal
   * whose state is expect. The bytes stream from the file into the entry, never whole in memory.
   */
  Entry push(Stack stack, String label, Instant at, Path journal, String state, String expect) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new java.nio.file.FileSystemException(folder.toString(), null,
          "the undo history " + folder + " is a file, not a folder; move it out of the way");
    }
    Private.createFolders(folder);
    long seq = nextSeq();
    Path file = folder.resolve(fileName(seq, stack));
    byte[] head = header(label, at, state, expect);
    atomic.put(file, new JournalCopy(journal, state, head));
    return new Entry(seq, stack, oneLine(label), at, state, expect, file, head.length);
  }

  private static byte[] header(String label, Instant at, String state, String expect) {
    String header = MAGIC + "\n"
        + "label: " + oneLine(label) + "\n"
        + "at: " + utc(at) + "\n"
        + "state: " + state + "\n"
        + "expect: " + expect + "\n\n";
    return header.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The moment as Instant.toString writes it ("2026-03-02T12:00:00Z", a fraction only when there
   * is one), without it: Instant.toString builds Java's whole set of ISO formatters first.
   */
  static String utc(Instant at) {
    java.time.LocalDateTime time = java.time.LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(),
        java.time.ZoneOffset.UTC);
    String text = time.toString(); // leaves out the seconds when they and the fraction are zero
    return (time.getSecond() == 0 && time.getNano() == 0 ? text + ":00" : text) + "Z";
  }

  /**
   * Replaces what an entry holds with another journal state (named state, written as journal),
   * replacing expect; the change it belongs to (label, when) and its place in the stack stay.
   */
  Entry rewrite(Entry entry, byte[] journal, String state, String expect) throws IOException {
    byte[] head = header(entry.label(), entry.at(), state, expect);
    atomic.put(entry.file(), out -> {
      out.write(head);
      out.write(journal);
    });
    return new Entry(entry.seq(), entry.stack(), entry.label(), entry.at(), state, expect, entry.file(), head.length);
  }

  /** 000042.undo: six digits at least, so that a listing sorts in order of the changes. */
  static String fileName(long seq, Stack stack) {
    // Not String.format: its first use loads the locale data, several ms on a command that writes.
    String digits = Long.toString(seq);
    return "0".repeat(Math.max(0, 6 - digits.length())) + digits + stack.suffix();
  }

  /** Removes an entry; a failure only leaves an entry that the next undo recognizes as spent. */
  void drop(Entry entry) {
    delete(entry.file());
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // See drop: harmless.
    }
  }

  void clear(Stack stack) {
    for (Entry entry : entries(stack)) {
      drop(entry);
    }
  }

  /**
   * Keeps the history within its bounds beside a journal of this size: the newest {@link #LIMIT}
   * entry files of each stack, and of those no more than fit in {@link #budget}, dropping the
   * oldest undo entries first, then the farthest redo ones. The newest entry of each stack always
   * stays, so the last change can always be undone (and the last undo redone), even when it alone
   * is more than the budget. By names and sizes alone: every write runs this, and reading each
   * entry's header would cost it a few ms.
   */
  void prune(long journalSize) {
    List<Kept> undo = kept(Stack.UNDO);
    List<Kept> redo = kept(Stack.REDO);
    long total = 0;
    for (Kept k : undo) {
      total += k.size;
    }
    for (Kept k : redo) {
      total += k.size;
    }
    long budget = budget(journalSize);
    for (List<Kept> stack : List.of(undo, redo)) {
      // Oldest first, the newest never.
      for (int i = stack.size() - 1; i >= 1 && total > budget; i--) {
        delete(stack.get(i).file);
        total -= stack.get(i).size;
      }
    }
  }

  /** An entry file and its size on disk. */
  private record Kept(Path file, long seq, long size) {}

  /** The stack's newest LIMIT entry files, newest first, with their sizes; older ones are deleted. */
  private List<Kept> kept(Stack stack) {
    List<Kept> all = new ArrayList<>();
    for (Path file : files(stack)) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        continue; // gone meanwhile
      }
      all.add(new Kept(file, seqOf(file, stack), size));
    }
    all.sort(NEWEST_KEPT_FIRST);
    while (all.size() > LIMIT) {
      delete(all.remove(all.size() - 1).file);
    }
    return all;
  }

  /** Deletes temporary files that writers killed mid-write left; only under the lock. */
  void sweep() {
    atomic.sweepFolder(folder);
  }

  /** How many bytes the history takes on disk. */
  long bytes() {
    long total = 0;
    for (Stack stack : Stack.values()) {
      for (Path file : files(stack)) {
        try {
          total += Files.size(file);
        } catch (IOException e) {
          // Gone meanwhile: nothing to count.
        }
      }
    }
    return total;
  }

  private long nextSeq() {
    long max = 0;
    for (Stack stack : Stack.values()) {
      for (Path file : files(stack)) {
        max = Math.max(max, seqOf(file, stack));
      }
    }
    return max + 1;
  }

  private List<Path> files(Stack stack) {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    // Every name is checked by seqOf: a glob would compile a regex on each listing.
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path file : stream) {
        if (seqOf(file, stack) > 0) {
          files.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The sequence number in an entry file's name (1 to 18 digits, then the suffix), else -1. */
  private static long seqOf(Path file, Stack stack) {
    String name = file.getFileName().toString();
    int digits = name.length() - stack.suffix().length();
    if (digits < 1 || digits > 18 || !name.endsWith(stack.suffix())) {
      return -1;
    }
    for (int i = 0; i < digits; i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(name, 0, digits, 10);
  }

  private static Optional<Entry> read(Path file, Stack stack) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4096);
      String text = new String(head, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\n\n");
      if (end < 0 || !text.startsWith(MAGIC + "\n")) {
        return Optional.empty();
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (String line : new String(head, 0, end, StandardCharsets.UTF_8).split("\n")) {
        int colon = line.indexOf(": ");
        if (colon > 0) {
          fields.put(line.substring(0, colon), line.substring(colon + 2));
        }
      }
      String state = fields.get("state");
      String expect = fields.get("expect");
      if (state == null || expect == null || !fields.containsKey("at")) {
        return Optional.empty();
      }
      return Optional.of(new Entry(seqOf(file, stack), stack, fields.getOrDefault("label", "a change"),
          Instant.parse(fields.get("at")), state, expect, file, end + 2));
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Labels are one line of at most 200 characters: they come from the command line. */
  private static String oneLine(String label) {
    // By hand, not replaceAll: a regex costs every change its compilation.
    StringBuilder text = new StringBuilder(label.length());
    boolean control = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean isControl = c < 0x20 || c == 0x7f; // \\p{Cntrl}: the ASCII control characters
      if (isControl && !control) {
        text.append(' ');
      } else if (!isControl) {
        text.append(c);
      }
      control = isControl;
    }
    String flat = text.toString().strip();
    return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
  }
}
