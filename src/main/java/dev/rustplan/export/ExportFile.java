package dev.rustplan.export;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import dev.rustplan.files.Private;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an export where --out says: all at once, readable by the learner alone since it holds
 * their notes, and never over an existing file unless forced.
 */
public final class ExportFile {

  private ExportFile() {}

  /** Writes content to file and returns its absolute path. */
  public static Path write(Path file, byte[] content, boolean force) {
    return write(file, out -> out.write(content), force);
  }

  /** Writes content to file, named by the option that gave it (--out, --html) in the messages, and returns its absolute path. */
  public static Path write(Path file, byte[] content, boolean force, String option) {
    return write(file, out -> out.write(content), force, option);
  }

  /** Writes streamed content to file (an export of any size, in little memory) and returns its absolute path. */
  public static Path write(Path file, AtomicFile.Content content, boolean force) {
    return write(file, content, force, "--out");
  }

  private static Path write(Path file, AtomicFile.Content content, boolean force, String option) {
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw RustplanException.usage(option + " " + file + " is a folder; give the name of the file to write");
    }
    if (Files.exists(target) && !force) {
      throw exists(file, option);
    }
    try {
      Private.createFolders(target.getParent());
    } catch (IOException e) {
      throw RustplanException.failure("cannot create the folder " + target.getParent() + ": " + IoReason.of(e), e);
    }
    try {
      AtomicFile.system().write(target, content, force, "rw-------");
      return target;
    } catch (FileAlreadyExistsException e) {
      throw exists(file, option);
    } catch (IOException e) {
      throw RustplanException.failure("cannot write " + target + ": " + IoReason.of(e) + "; nothing was written", e);
    }
  }

  private static RustplanException exists(Path file, String option) {
    return RustplanException.failure(
        file + " already exists; rustplan never writes over a file without --force: add --force, or choose another " + option);
  }
}
