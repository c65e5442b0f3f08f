package dev.rustplan.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Replaces a file's content all at once: a new file beside it with an unpredictable name, written
 * and flushed, then moved over the old one. A reader (or a process killed at any moment) sees the
 * old content or the new, never a mix; the old content is first kept as NAME.bak the same way.
 */
final class AtomicFile {

  private static final String TEMP_SUFFIX = ".tmp";

  private final FileSteps steps;
  private final SecureRandom random = new SecureRandom();

  AtomicFile(FileSteps steps) {
    this.steps = steps;
  }

  static Path backupOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".bak");
  }

  /** Writes content to file, keeping previous (the file's bytes as they were, or null) as the backup. */
  void replace(Path file, byte[] content, byte[] previous) throws IOException {
    if (previous != null) {
      put(backupOf(file), previous);
    }
    put(file, content);
  }

  /**
   * Deletes temporary files a killed process left behind. Call it only under the store's lock:
   * then no other process is writing one.
   */
  void sweep(Path file) {
    String glob = file.getFileName() + "*.????????????????" + TEMP_SUFFIX;
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(), glob)) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    } catch (IOException e) {
      // Leftovers waste a little space and harm nothing; the write that follows matters more.
    }
  }

  private void put(Path target, byte[] content) throws IOException {
    byte[] name = new byte[8];
    random.nextBytes(name);
    Path temp = target.resolveSibling(target.getFileName() + "." + HexFormat.of().formatHex(name) + TEMP_SUFFIX);
    try {
      try (FileChannel channel = steps.create(temp)) {
        steps.write(channel, ByteBuffer.wrap(content));
        steps.force(channel);
      }
      steps.move(temp, target);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    syncFolder(target.getParent());
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
