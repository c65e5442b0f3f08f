package dev.rustplan.store;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import dev.rustplan.files.FileSteps;
import dev.rustplan.files.Private;
import dev.rustplan.journal.Journal;
import dev.rustplan.store.json.JournalReader;
import dev.rustplan.store.json.JournalWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The learner's journal on disk: $RUSTPLAN_HOME/progress.json. Reads never see a half-written
 * file; every change is a read-modify-write under an exclusive lock on progress.json.lock, so two
 * processes never lose each other's update; a file it cannot understand is refused, never rewritten.
 * Each change is also kept in a bounded history beside the journal, for `undo`.
 *
 * <p>A journal of 50 MB works in a heap of 256 MB: it is read as a stream into its records, and a
 * change streams from the records into the new file, from the old file into the history entry and
 * into the backup; no copy of the file's bytes is ever held in memory beside the records. Should
 * memory run out anyway, the command ends with one line saying how to give Java more, and nothing
 * changed.
 */
public final class JournalStore {

  public static final String FILE_NAME = "progress.json";

  /** What a change made of the journal, and what it wants to tell its caller. */
  public record Change<R>(Journal journal, R result) {}

  /** How long a change waits for another process's lock before it gives up and says who holds it. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(60);

  private final Path home;
  private final Path file;
  private final AtomicFile atomic;
  private final Clock clock;
  /** Asked only when a change is written: a run that only reads (today, show) never works it out. */
  private final Supplier<String> label;
  private final StoreLock lock;

  public JournalStore(Path home) {
    this(home, FileSteps.system());
  }

  /** A store that writes through the given steps (tests make them fail). */
  public JournalStore(Path home, FileSteps steps) {
    this(home, steps, Clock.systemUTC(), "a change");
  }

  /** A store whose changes go into the history as {@code label} (the command that made them), timed by clock. */
  public JournalStore(Path home, FileSteps steps, Clock clock, String label) {
    this(home, steps, clock, () -> label, LOCK_WAIT);
  }

  /** The same, the label worked out only when a change is written. */
  public JournalStore(Path home, FileSteps steps, Clock clock, Supplier<String> label) {
    this(home, steps, clock, label, LOCK_WAIT);
  }

  private JournalStore(Path home, FileSteps steps, Clock clock, Supplier<String> label, Duration lockWait) {
    this.home = home;
    this.file = home.resolve(FILE_NAME);
    this.atomic = new AtomicFile(steps);
    this.clock = clock;
    this.label = label;
    this.lock = new StoreLock(file.resolveSibling(FILE_NAME + ".lock"), lockWait);
  }

  /** The same store, waiting at most this long for the lock (tests). */
  JournalStore withLockWait(Duration wait) {
    return new JournalStore(home, atomic.steps(), clock, label, wait);
  }

  public Path file() {
    return file;
  }

  /** The previous version of the journal, beside the file the journal is really in. */
  public Path backup() {
    return AtomicFile.backupOf(target());
  }

  /** The journal as it is now; empty if there is none yet. */
  public Journal read() {
    Path target = target();
    try {
      return load(target).journal();
    } catch (OutOfMemoryError e) {
      throw outOfMemory(target, e);
    }
  }

  /**
   * The file the journal is really in. progress.json may be a link into a synced folder: the
   * journal is then written there, beside its target, and the link stays a link.
   */
  Path target() {
    if (!Files.isSymbolicLink(file)) {
      return file;
    }
    try {
      return file.toRealPath();
    } catch (NoSuchFileException e) {
      // A link whose target is missing is most often a synced folder not mounted yet: reading it as
      // "not started" would start a second journal there that diverges from the real one.
      Path points;
      try {
        points = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
      } catch (IOException again) {
        throw RustplanException.failure("cannot read the link " + file + ": " + IoReason.of(again), again);
      }
      throw RustplanException.failure(file + " is a link to " + points + ", which does not exist (a synced folder"
          + " not mounted yet?); rustplan changed nothing: bring the target back, or remove the link to keep the"
          + " journal here", e);
    } catch (IOException e) {
      throw RustplanException.failure(
          "cannot read " + file + ": " + IoReason.of(e) + "; make it a file, or a link to one", e);
    }
  }

  /** Applies a change under the lock and saves the result if it differs; returns the result. */
  public Journal update(UnaryOperator<Journal> change) {
    return locked(new Changing<Void>(change, null)).journal();
  }

  /**
   * Applies a change under the lock, saves what it made if that differs from the file, and returns
   * the change. A change that throws writes nothing.
   */
  public <R> Change<R> change(Function<Journal, Change<R>> change) {
    return locked(new Changing<>(null, change));
  }

  /**
   * The work of update and change, on the journal's real path under the lock. A class rather than
   * lambdas around lambdas: every change runs it, and each lambda costs a cold start about 0.3 ms
   * to link on first use.
   */
  private final class Changing<R> implements Function<Path, Change<R>> {
    private final UnaryOperator<Journal> journalOnly;
    private final Function<Journal, Change<R>> withResult;

    Changing(UnaryOperator<Journal> journalOnly, Function<Journal, Change<R>> withResult) {
      this.journalOnly = journalOnly;
      this.withResult = withResult;
    }

    @Override
    public Change<R> apply(Path target) {
      try {
        Snapshot before = load(target);
        Change<R> result = withResult != null ? withResult.apply(before.journal())
            : new Change<>(journalOnly.apply(before.journal()), null);
        if (result.journal() == before.journal()) {
          return result; // a change that left the journal as it was
        }
        save(target, before.state(), result.journal());
        return result;
      } catch (OutOfMemoryError e) {
        throw outOfMemory(target, e);
      }
    }
  }

  /**
   * Runs work on the journal's real path under the journal's lock, so that no rustplan changes it
   * meanwhile (a sync commits and merges it with git there); the work writes the file itself.
   */
  public <T> T exclusive(Function<Path, T> work) {
    return locked(work);
  }

  /**
   * Runs work on the journal's real path under the lock, once the temporary files of writers that
   * died mid-write are swept away (under the lock, no live writer has one).
   */
  @SuppressWarnings("try") // the lock is held for the try's scope: held is there to be closed, not read
  <T> T locked(Function<Path, T> work) {
    createHome();
    try (StoreLock.Held held = lock.take()) {
      Path target = target();
      atomic.sweep(target);
      history(target).sweep();
      return work.apply(target);
    } catch (IOException e) {
      throw RustplanException.failure(
          "cannot lock " + lockFile() + ": " + IoReason.of(e) + "; check that the folder is writable", e);
    } catch (UncheckedIOException e) {
      throw RustplanException.failure(
          "cannot read the history beside " + file + ": " + IoReason.of(e.getCause()) + "; nothing was changed", e);
    }
  }

  History history(Path target) {
    return new History(target, atomic);
  }

  AtomicFile atomic() {
    return atomic;
  }

  Clock clock() {
    return clock;
  }

  /** The process holding the lock right now (-1 when it did not say), if one does; takes nothing. */
  public OptionalLong lockHolder() {
    return lock.holder();
  }

  public Path lockFile() {
    return lock.file();
  }

  private void createHome() {
    try {
      Private.createFolders(home);
    } catch (FileAlreadyExistsException e) {
      throw RustplanException.failure(
          "rustplan's data folder " + home + " is a file, not a folder; set RUSTPLAN_HOME to a folder", e);
    } catch (IOException e) {
      throw RustplanException.failure("cannot create rustplan's data folder " + home + ": " + IoReason.of(e), e);
    }
  }

  /**
   * Writes the journal, with the file as it was (before) first kept in the history: a failure at
   * any step leaves the journal and its history as they were. The new file is written first, beside
   * the journal, so that a change that changes nothing is seen before anything else is touched.
   */
  private void save(Path target, JournalState before, Journal journal) {
    History history = history(target);
    History.Entry entry = null;
    AtomicFile.Staged staged = null;
    try {
      StateName name = new StateName(false);
      staged = atomic.stage(target, new Written(journal, name));
      if (same(staged, name, before, target)) {
        return;
      }
      entry = history.push(History.Stack.UNDO, label.get(), clock.instant(), before.exists() ? target : null,
          before.name(), name.name());
      atomic.replace(staged, before.exists() ? History.copyOf(target, before.name()) : null);
    } catch (IOException e) {
      dropQuietly(history, entry);
      throw RustplanException.failure(
          "cannot save " + target + ": " + IoReason.of(e) + "; nothing was changed, the journal is as it was", e);
    } catch (RuntimeException | Error e) {
      dropQuietly(history, entry);
      throw e;
    } finally {
      if (staged != null) {
        staged.close(); // deletes the new file unless it is in place now
      }
    }
    try {
      // A new change ends what could be redone, as in an editor.
      history.clear(History.Stack.REDO);
      history.prune(staged.size());
    } catch (OutOfMemoryError e) {
      // The change is saved; the next one clears and prunes again. Only that leftover redo entries
      // could be redone meanwhile, and a redo keeps what it replaces on the undo side.
    }
  }

  /** The journal written as content, its state named on the way (a class: a lambda costs 0.3 ms to link). */
  private static final class Written implements AtomicFile.Content {
    private final Journal journal;
    private final StateName name;

    Written(Journal journal, StateName name) {
      this.journal = journal;
      this.name = name;
    }

    @Override
    public void writeTo(java.io.OutputStream out) throws IOException {
      JournalWriter.write(journal, name.writing(out));
    }
  }

  /**
   * Whether the staged journal has the very bytes of the file (or, with no file, of an empty
   * journal). Compared as bytes, not with the records' equals: Java bootstraps a record's equals
   * through method handles on first use, about 10 ms of a command that lives 200. The writer's
   * output is canonical, so only a file reformatted by hand is rewritten by a change that changes nothing.
   */
  private static boolean same(AtomicFile.Staged staged, StateName name, JournalState before, Path target)
      throws IOException {
    if (before.exists()) {
      return staged.size() == before.size() && name.name().equals(before.name())
          && Files.mismatch(staged.file(), target) == -1;
    }
    byte[] empty = JournalWriter.write(Journal.EMPTY);
    return staged.size() == empty.length && Arrays.equals(Files.readAllBytes(staged.file()), empty);
  }

  private static void dropQuietly(History history, History.Entry entry) {
    if (entry != null) {
      history.drop(entry);
    }
  }

  /** Refuses a folder where the journal should be: it is nothing rustplan could read or replace. */
  static void refuseFolder(Path target) {
    if (Files.isDirectory(target)) {
      throw RustplanException.failure(
          target + " is a folder, not a journal file; move it out of the way and run the command again");
    }
  }

  /** The file's state (named as the history names states) and what it says. */
  record Snapshot(JournalState state, Journal journal) {}

  Snapshot load(Path file) {
    Reading reading = inspect(file, false);
    if (reading.fault() != null) {
      throw reading.fault();
    }
    return new Snapshot(reading.state(), reading.journal());
  }

  /**
   * The file's state and what it says, or the one line of its fault (undo must work on a file
   * that does not parse): one pass over the file as a stream, which names it on the way.
   */
  record Reading(JournalState state, Journal journal, RustplanException fault) {}

  Reading inspect(Path file, boolean withSha256) {
    refuseFolder(file);
    if (!Files.exists(file)) {
      return new Reading(JournalState.ABSENT, Journal.EMPTY, null);
    }
    Naming source = new Naming(file, withSha256);
    try {
      Journal journal = JournalReader.read(source);
      return new Reading(JournalState.of(source.first), journal, null);
    } catch (JournalFault fault) {
      return new Reading(JournalState.of(source.first), null, RustplanException.failure(describe(file, fault), fault));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException && source.first == null) {
        return new Reading(JournalState.ABSENT, Journal.EMPTY, null); // removed just now
      }
      throw RustplanException.failure(
          "cannot read " + file + ": " + IoReason.of(e.getCause()) + "; check its permissions", e);
    }
  }

  /** The journal file as a source whose first opening names the state it reads (a class, as above). */
  private static final class Naming implements JournalReader.Source {
    private final Path file;
    private final boolean withSha256;
    private StateName first;

    Naming(Path file, boolean withSha256) {
      this.file = file;
      this.withSha256 = withSha256;
    }

    @Override
    public InputStream open() throws IOException {
      InputStream in = Files.newInputStream(file);
      StateName name = new StateName(withSha256 && first == null);
      if (first == null) {
        first = name; // a second opening only locates a fault
      }
      return name.reading(in);
    }
  }

  /** What the bytes say, or one line naming the fault in file and how to recover. */
  public static Journal parse(Path file, byte[] bytes) {
    try {
      return JournalReader.read(bytes);
    } catch (JournalFault fault) {
      throw RustplanException.failure(describe(file, fault), fault);
    }
  }

  /**
   * What the source's bytes say (streamed), or one line naming the fault in file and how to
   * recover; an I/O failure of the source comes out as an UncheckedIOException.
   */
  static Journal parse(Path file, JournalReader.Source source) {
    try {
      return JournalReader.read(source);
    } catch (JournalFault fault) {
      throw RustplanException.failure(describe(file, fault), fault);
    }
  }

  /**
   * Runs work on the journal in file, turning a heap too small for it into one line that says
   * what to do. Whatever ran out of memory was building records or writing a new file beside the
   * journal (which its failure deletes): the journal and its history are as they were.
   */
  static <T> T withinMemory(Path file, Supplier<T> work) {
    try {
      return work.get();
    } catch (OutOfMemoryError e) {
      throw outOfMemory(file, e);
    }
  }

  /** The environment variable, honoured by every JVM, through which a learner gives Java a larger heap. */
  static final String MORE_MEMORY = "JAVA_TOOL_OPTIONS=-Xmx1g";

  static RustplanException outOfMemory(Path file, OutOfMemoryError e) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException | RuntimeException again) {
      size = -1;
    }
    String journal = size < 0 ? file.toString() : file + " (" + megabytes(size) + ")";
    return RustplanException.failure("not enough memory for the journal " + journal + " in the "
        + megabytes(Runtime.getRuntime().maxMemory()) + " Java may use; nothing was changed, the journal is as it"
        + " was: run the command again with a larger heap, e.g. with " + MORE_MEMORY + " in the environment", e);
  }

  private static String megabytes(long bytes) {
    // Not String.format: its first use loads the locale data; this runs only when memory ran out, but then with little to spare.
    long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
    return (tenths / 10) + "." + (tenths % 10) + " MB";
  }

  /** The journal has a change that `rustplan undo` can take back. */
  private static boolean hasUndo(Path file) {
    try (java.util.stream.Stream<Path> entries = Files.list(History.folderOf(file))) {
      return entries.anyMatch(p -> p.getFileName().toString().endsWith(History.Stack.UNDO.suffix()));
    } catch (IOException e) {
      return false; // no history (yet), or one that cannot be listed: the backup is the way back
    }
  }

  /** One line: where the fault is, that the file was left alone, and how to get back to the backup. */
  private static String describe(Path file, JournalFault fault) {
    String where = file + ":" + fault.line() + ":" + fault.column() + ": ";
    String what = fault.getMessage().replaceAll("\\s*\\R\\s*", " ");
    // Never advise copying the backup over the file: the broken file holds the last change, and
    // is then its only copy. Undo keeps it on the redo side; a hand copy keeps it aside.
    Path backup = AtomicFile.backupOf(file);
    String recover =
        hasUndo(file)
            ? "go back to the version before the last change with: rustplan undo (the broken file is kept:"
                + " rustplan undo --redo brings it back to fix by hand)"
            : Files.isRegularFile(backup)
                ? "keep the broken file aside and go back to the previous version with: mv '" + file + "' '" + file
                    + ".broken' && cp '" + backup + "' '" + file + "'"
                : "there is no backup (" + backup.getFileName() + ") to go back to yet";
    String fix = fault.newer() ? "upgrade rustplan, or " : "fix it by hand, or ";
    return where + what + "; rustplan left the file untouched: " + fix + recover;
  }
}
