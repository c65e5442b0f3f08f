package dev.rustplan.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * The one way rustplan writes a whole file, whatever it holds (the journal, a history entry, a
 * backup, a post, an export, a cache entry, a practice folder's staging name): the content goes
 * into a new file beside the target, named NAME.<16 hex digits>.tmp and created exclusively and
 * privately, is flushed where it must survive a crash, and is then moved into place. A reader (or
 * a process killed at any moment) sees the old content or the new, never a mix.
 */
public final class AtomicFile {

  private static final String TEMP_SUFFIX = ".tmp";
  private static final int TEMP_DIGITS = 16;
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final AtomicFile SYSTEM = new AtomicFile(FileSteps.system());

  private final FileSteps steps;

  public AtomicFile(FileSteps steps) {
    this.steps = steps;
  }

  /** Writes through the real file system. */
  public static AtomicFile system() {
    return SYSTEM;
  }

  public FileSteps steps() {
    return steps;
  }

  public static Path backupOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".bak");
  }

  /**
   * Writes content to file, keeping previous (the file's bytes as they were, or null) as the backup.
   * The new content is on disk before the backup is touched, so a write that fails early leaves both as they were.
   */
  public void replace(Path file, byte[] content, byte[] previous) throws IOException {
    Path temp = prepare(file, content, true);
    try {
      if (previous != null) {
        put(backupOf(file), previous);
      }
      steps.move(temp, file);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    syncFolder(file.getParent());
  }

  /** Removes the file (undo back to before the first change), keeping its bytes as the backup. */
  public void remove(Path file, byte[] previous) throws IOException {
    put(backupOf(file), previous);
    Files.deleteIfExists(file);
    syncFolder(file.getParent());
  }

  /** Puts content in target's place atomically and durably, readable by the learner alone, with no backup. */
  public void put(Path target, byte[] content) throws IOException {
    Path temp = prepare(target, content, true);
    moveInto(temp, target, true);
    syncFolder(target.getParent());
  }

  /**
   * Writes a file the learner asked for (a post, an export) with this mode ("rw-------",
   * "rw-r--r--") whatever the umask. The file is private until it is whole. Without replace an
   * existing file is never written over: a {@link FileAlreadyExistsException}, even for one that
   * appeared meanwhile, since the move itself refuses it.
   */
  public void write(Path target, byte[] content, boolean replace, String mode) throws IOException {
    Path temp = prepare(target, content, true);
    try {
      if (POSIX) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(mode));
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    moveInto(temp, target, replace);
    syncFolder(target.getParent());
  }

  /**
   * Saves a cache entry: private and atomic like every write, its folders made private if missing,
   * but not flushed. A cache lost in a crash costs one slower start-up, and a flush on every start
   * would cost every start-up more than the cache saves.
   */
  public void cache(Path target, byte[] content) throws IOException {
    Private.createFolders(target.getParent());
    moveInto(prepare(target, content, false), target, true);
  }

  /**
   * A name beside target that nothing else uses, in this class's scheme, for a caller that builds
   * something other than one file (a practice folder) and moves it into place itself, so that
   * {@link #isTemporary} and the sweeps know its leftovers too.
   */
  public static Path temporaryFor(Path target) {
    String digits = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    return target.resolveSibling(target.getFileName() + "." + digits + TEMP_SUFFIX);
  }

  /**
   * Deletes temporary files a killed process left beside file. Call it only under the store's
   * lock: then no other process is writing one.
   */
  public void sweep(Path file) {
    String prefix = file.getFileName() + ".";
    sweepWhere(file.getParent(), name -> name.startsWith(prefix) && isTemporaryName(name, prefix.length()));
  }

  /** Deletes every temporary file dead writers left in folder, whatever file they were for. */
  public void sweepFolder(Path folder) {
    sweepWhere(folder, name -> isTemporaryName(name, 0));
  }

  /** Whether the name is one this class gives its temporary files. */
  public static boolean isTemporary(Path file) {
    return isTemporaryName(file.getFileName().toString(), 0);
  }

  /**
   * Compares names as strings, never through a glob: a file name is the learner's, and may hold
   * any of a glob's metacharacters (a journal linked to "progress{1.json" made every change fail).
   */
  private static boolean isTemporaryName(String name, int from) {
    int digits = name.length() - TEMP_SUFFIX.length() - TEMP_DIGITS;
    if (digits < Math.max(from, 2) || name.charAt(digits - 1) != '.' || !name.endsWith(TEMP_SUFFIX)) {
      return false;
    }
    for (int i = digits; i < digits + TEMP_DIGITS; i++) {
      char c = name.charAt(i);
      // Only the lower-case ASCII hex digits temporaryFor gives, never another script's digits.
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static void sweepWhere(Path folder, Predicate<String> leftover) {
    if (folder == null || !Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (leftover.test(entry.getFileName().toString())) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // Leftovers waste a little space and harm nothing; the write that follows matters more.
    }
  }

  /** Moves temp into target's place, replacing what is there or refusing it, and never leaves temp behind. */
  private void moveInto(Path temp, Path target, boolean replace) throws IOException {
    try {
      if (replace) {
        steps.move(temp, target);
      } else {
        // Without REPLACE_EXISTING the move refuses a file that is there, even one that appeared just now.
        Files.move(temp, target);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  /**
   * A new file beside target, with a random name, holding content (flushed to the disk when
   * durable). The name need not be unguessable (the file is created exclusively, never through a
   * planted link), so it comes from ThreadLocalRandom: SecureRandom's set-up costs every command several ms.
   */
  private Path prepare(Path target, byte[] content, boolean durable) throws IOException {
    Path temp = temporaryFor(target);
    try (FileChannel channel = steps.create(temp)) {
      steps.write(channel, ByteBuffer.wrap(content));
      if (durable) {
        steps.force(channel);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    return temp;
  }

  /** Makes the move itself durable; not every platform can open a folder, and then this does nothing. */
  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | RuntimeException e) {
      // Best effort: the data itself was flushed before the move.
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The write failed already; the sweep under the next lock removes what is left.
    }
  }
}
