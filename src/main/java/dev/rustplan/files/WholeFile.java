package dev.rustplan.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file the learner asked for (a post, an export) all at once: a new file beside it with
 * an unpredictable name, written and flushed, given its mode, then moved into place. A reader sees
 * the old file or the new one, never half of it; without {@code replace} an existing file is never
 * written over (a {@link java.nio.file.FileAlreadyExistsException}, even for one that appeared meanwhile).
 */
public final class WholeFile {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final SecureRandom RANDOM = new SecureRandom();

  private WholeFile() {}

  /** Writes content to target with this mode ("rw-------", "rw-r--r--"), whatever the umask. */
  public static void write(Path target, byte[] content, boolean replace, String mode) throws IOException {
    byte[] name = new byte[8];
    RANDOM.nextBytes(name);
    Path temp = target.resolveSibling("." + target.getFileName() + "." + HexFormat.of().formatHex(name) + ".tmp");
    try {
      // Created exclusively (never a file or a link planted at its name) and readable by the learner
      // alone until it is whole; then it gets the mode asked for, whatever the umask.
      try (FileChannel channel = Private.createFile(temp)) {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      if (POSIX) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(mode));
      }
      if (replace) {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        // Without REPLACE_EXISTING the move refuses a file that is there, even one that appeared just now.
        Files.move(temp, target);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
