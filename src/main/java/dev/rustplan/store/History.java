package dev.rustplan.store;

import dev.rustplan.files.AtomicFile;
import dev.rustplan.files.Private;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The journal's bounded undo history, kept beside it in NAME.history/: one file per entry, holding
 * the journal's bytes as they were before a change (undo) or before an undo (redo), after a short
 * text header. Entries are written like the journal (atomic, private) and only under its lock.
 */
final class History {

  /** How many changes `undo` can walk back. */
  static final int LIMIT = 25;

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

    /** The journal's bytes this entry holds; null when it holds "no journal yet". */
    byte[] snapshot() throws IOException {
      if (!holdsJournal()) {
        return null;
      }
      byte[] all = Files.readAllBytes(file);
      return Arrays.copyOfRange(all, (int) offset, all.length);
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
    if (bytes == null) {
      return ABSENT;
    }
    CRC32C crc32c = new CRC32C();
    crc32c.update(bytes);
    CRC32 crc32 = new CRC32();
    crc32.update(bytes);
    return "c-" + Integer.toHexString(bytes.length) + "-" + Long.toHexString(crc32c.getValue())
        + "-" + Long.toHexString(crc32.getValue());
  }

  /**
   * Whether a state name kept in an entry, of this version or an earlier (SHA-256), names these
   * bytes, whose {@link #hash} the caller made once for all the entries it compares.
   */
  static boolean names(String name, byte[] bytes, String hash) {
    if (bytes != null && name.length() == 64) {
      try {
        return name.equals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
    }
    return name.equals(hash);
  }

  /** The stack's readable entries, newest first. */
  List<Entry> entries(Stack stack) {
    List<Entry> entries = new ArrayList<>();
    for (Path file : files(stack)) {
      read(file, stack).ifPresent(entries::add);
    }
    entries.sort(Comparator.comparingLong(Entry::seq).reversed());
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

  /** Adds an entry on top of the stack: snapshot (null: no journal) replaces a journal whose bytes hash to expect. */
  Entry push(Stack stack, String label, Instant at, byte[] snapshot, String expect) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new java.nio.file.FileSystemException(folder.toString(), null,
          "the undo history " + folder + " is a file, not a folder; move it out of the way");
    }
    Private.createFolders(folder);
    long seq = nextSeq();
    Path file = folder.resolve(fileName(seq, stack));
    String header = MAGIC + "\n"
        + "label: " + oneLine(label) + "\n"
        + "at: " + at + "\n"
        + "state: " + hash(snapshot) + "\n"
        + "expect: " + expect + "\n\n";
    byte[] head = header.getBytes(StandardCharsets.UTF_8);
    byte[] body = snapshot == null ? new byte[0] : snapshot;
    byte[] content = new byte[head.length + body.length];
    System.arraycopy(head, 0, content, 0, head.length);
    System.arraycopy(body, 0, content, head.length, body.length);
    atomic.put(file, content);
    return new Entry(seq, stack, oneLine(label), at, hash(snapshot), expect, file, head.length);
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
    entries(stack).forEach(this::drop);
  }

  /**
   * Keeps the newest LIMIT entry files of the stack. By their names alone: every write runs this,
   * and reading each entry's header would cost it a few ms.
   */
  void prune(Stack stack) {
    List<Path> files = files(stack);
    if (files.size() <= LIMIT) {
      return;
    }
    long[] seqs = new long[files.size()];
    for (int i = 0; i < seqs.length; i++) {
      seqs[i] = seqOf(files.get(i), stack);
    }
    Arrays.sort(seqs);
    long oldestKept = seqs[seqs.length - LIMIT];
    for (Path file : files) {
      if (seqOf(file, stack) < oldestKept) {
        delete(file);
      }
    }
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
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "[0-9]*" + stack.suffix())) {
      stream.forEach(file -> {
        if (seqOf(file, stack) > 0) {
          files.add(file);
        }
      });
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
    String flat = label.replaceAll("\\p{Cntrl}+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
  }
}
