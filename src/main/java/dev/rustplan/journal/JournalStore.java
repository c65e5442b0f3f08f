package dev.rustplan.journal;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The learner's journal on disk: $RUSTPLAN_HOME/progress.json. Reads never see a half-written
 * file; every change is a read-modify-write under an exclusive lock on progress.json.lock, so two
 * processes never lose each other's update; a file it cannot understand is refused, never rewritten.
 */
public final class JournalStore {

  public static final String FILE_NAME = "progress.json";

  /** What a change made of the journal, and what it wants to tell its caller. */
  public record Change<R>(Journal journal, R result) {}

  private final Path home;
  private final Path file;
  private final AtomicFile atomic;

  public JournalStore(Path home) {
    this(home, FileSteps.system());
  }

  /** A store that writes through the given steps (tests make them fail). */
  public JournalStore(Path home, FileSteps steps) {
    this.home = home;
    this.file = home.resolve(FILE_NAME);
    this.atomic = new AtomicFile(steps);
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
    return load(target()).journal();
  }

  /**
   * The file the journal is really in. progress.json may be a link into a synced folder: the
   * journal is then written there, beside its target, and the link stays a link.
   */
  private Path target() {
    if (!Files.isSymbolicLink(file)) {
      return file;
    }
    try {
      return file.toRealPath();
    } catch (NoSuchFileException e) {
      try {
        return file.resolveSibling(Files.readSymbolicLink(file)).normalize();
      } catch (IOException again) {
        throw RustplanException.failure("cannot read the link " + file + ": " + IoReason.of(again), again);
      }
    } catch (IOException e) {
      throw RustplanException.failure(
          "cannot read " + file + ": " + IoReason.of(e) + "; make it a file, or a link to one", e);
    }
  }

  /** Applies a change under the lock and saves the result if it differs; returns the result. */
  public Journal update(UnaryOperator<Journal> change) {
    return change(journal -> new Change<>(change.apply(journal), null)).journal();
  }

  /**
   * Applies a change under the lock, saves what it made if that differs from before, and returns
   * the change. A change that throws writes nothing.
   */
  public <R> Change<R> change(Function<Journal, Change<R>> change) {
    createHome();
    try (FileChannel channel = openLock(); FileLock lock = channel.lock()) {
      Path target = target();
      atomic.sweep(target);
      Snapshot before = load(target);
      Change<R> result = change.apply(before.journal());
      if (!result.journal().equals(before.journal())) {
        save(target, result.journal(), before.bytes());
      }
      return result;
    } catch (IOException e) {
      throw RustplanException.failure(
          "cannot lock " + lockFile() + ": " + IoReason.of(e) + "; check that the folder is writable", e);
    }
  }

  private Path lockFile() {
    return file.resolveSibling(FILE_NAME + ".lock");
  }

  private FileChannel openLock() throws IOException {
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return FileChannel.open(lockFile(), options, SystemFileSteps.ownerOnlyFile());
  }

  private void createHome() {
    try {
      if (!Files.isDirectory(home)) {
        Files.createDirectories(home, SystemFileSteps.ownerOnlyFolder());
      }
    } catch (FileAlreadyExistsException e) {
      throw RustplanException.failure(
          "rustplan's data folder " + home + " is a file, not a folder; set RUSTPLAN_HOME to a folder", e);
    } catch (IOException e) {
      throw RustplanException.failure("cannot create rustplan's data folder " + home + ": " + IoReason.of(e), e);
    }
  }

  private void save(Path target, Journal journal, byte[] previous) {
    try {
      atomic.replace(target, JournalWriter.write(journal), previous);
    } catch (IOException e) {
      throw RustplanException.failure(
          "cannot save " + target + ": " + IoReason.of(e) + "; nothing was changed, the journal is as it was", e);
    }
  }

  /** The file's bytes (null if there is no file) and what they say. */
  private record Snapshot(byte[] bytes, Journal journal) {}

  private Snapshot load(Path file) {
    if (Files.isDirectory(file)) {
      throw RustplanException.failure(
          file + " is a folder, not a journal file; move it out of the way and run the command again");
    }
    if (!Files.exists(file)) {
      return new Snapshot(null, Journal.EMPTY);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw RustplanException.failure("cannot read " + file + ": " + IoReason.of(e) + "; check its permissions", e);
    }
    try {
      return new Snapshot(bytes, JournalReader.read(bytes));
    } catch (JournalFault fault) {
      throw RustplanException.failure(describe(file, fault), fault);
    }
  }

  /** One line: where the fault is, that the file was left alone, and how to get back to the backup. */
  private static String describe(Path file, JournalFault fault) {
    String where = file + ":" + fault.line() + ":" + fault.column() + ": ";
    String what = fault.getMessage().replaceAll("\\s*\\R\\s*", " ");
    String recover =
        Files.isRegularFile(AtomicFile.backupOf(file))
            ? "go back to the previous version with: cp '" + AtomicFile.backupOf(file) + "' '" + file + "'"
            : "there is no backup (" + AtomicFile.backupOf(file).getFileName() + ") to go back to yet";
    String fix = fault.newer() ? "upgrade rustplan, or " : "fix it by hand, or ";
    return where + what + "; rustplan left the file untouched: " + fix + recover;
  }
}
