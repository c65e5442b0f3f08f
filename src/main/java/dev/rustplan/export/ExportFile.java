package dev.rustplan.export;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.journal.Private;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes an export where --out says: all at once (a new file beside it, readable by the learner
 * alone since it holds their notes, flushed, then moved into place), and never over an existing
 * file unless forced.
 */
public final class ExportFile {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ExportFile() {}

  /** Writes content to file and returns its absolute path. */
  public static Path write(Path file, byte[] content, boolean force) {
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw RustplanException.usage("--out " + file + " is a folder; give the name of the file to write");
    }
    if (Files.exists(target) && !force) {
      throw exists(file);
    }
    try {
      Private.createFolders(target.getParent());
    } catch (IOException e) {
      throw RustplanException.failure("cannot create the folder " + target.getParent() + ": " + IoReason.of(e), e);
    }
    byte[] name = new byte[8];
    RANDOM.nextBytes(name);
    Path temp = target.resolveSibling("." + target.getFileName() + "." + HexFormat.of().formatHex(name) + ".tmp");
    try {
      try (FileChannel channel = Private.createFile(temp)) {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      if (force) {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        // Without REPLACE_EXISTING the move refuses a file that appeared since the check above.
        Files.move(temp, target);
      }
      return target;
    } catch (FileAlreadyExistsException e) {
      throw exists(file);
    } catch (IOException e) {
      throw RustplanException.failure("cannot write " + target + ": " + IoReason.of(e) + "; nothing was written", e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // A leftover hidden temporary file harms nothing.
      }
    }
  }

  private static RustplanException exists(Path file) {
    return RustplanException.failure(
        file + " already exists; rustplan never writes over a file without --force: add --force, or choose another --out");
  }
}
