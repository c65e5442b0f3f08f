package dev.rustplan.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content all at once: a new file beside it with a random name, created
 * exclusively, written and flushed, then moved over the old one. A reader (or a process killed at
 * any moment) sees the old content or the new, never a mix. The old content goes to NAME.bak the
 * same way, once the new content is safely on disk and just before it is moved into place.
 */
public final class AtomicFile {

  private static final String TEMP_SUFFIX = ".tmp";
  private static final String TEMP_GLOB = ".????????????????" + TEMP_SUFFIX;

  private final FileSteps steps;

  public AtomicFile(FileSteps steps) {
    this.steps = steps;
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
    Path temp = prepare(file, content);
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

  /**
   * Deletes temporary files a killed process left beside file. Call it only under the store's
   * lock: then no other process is writing one.
   */
  public void sweep(Path file) {
    sweep(file.getParent(), file.getFileName() + "*");
  }

  /** Deletes the temporary files dead writers left in folder, of files whose names match the glob. */
  public void sweep(Path folder, String names) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, names + TEMP_GLOB)) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    } catch (IOException e) {
      // Leftovers waste a little space and harm nothing; the write that follows matters more.
    }
  }

  /** Whether the name is one this class gives its temporary files. */
  public static boolean isTemporary(Path file) {
    return file.getFileSystem().getPathMatcher("glob:*" + TEMP_GLOB).matches(file.getFileName());
  }

  /** Puts content in target's place atomically, with no backup. */
  public void put(Path target, byte[] content) throws IOException {
    Path temp = prepare(target, content);
    try {
      steps.move(temp, target);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    syncFolder(target.getParent());
  }

  /**
   * A new file beside target, with a random name, holding content flushed to the disk. The name
   * need not be unguessable (the file is created exclusively, in the learner's private folder), so
   * it comes from ThreadLocalRandom: SecureRandom's set-up costs every command several ms.
   */
  private Path prepare(Path target, byte[] content) throws IOException {
    String name = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    Path temp = target.resolveSibling(target.getFileName() + "." + name + TEMP_SUFFIX);
    try (FileChannel channel = steps.create(temp)) {
      steps.write(channel, ByteBuffer.wrap(content));
      steps.force(channel);
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
