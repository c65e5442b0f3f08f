package dev.rustplan.blog;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.journal.Private;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a post into its folder: never over an existing file unless forced (the learner may have
 * edited it), and never half a file (a temporary file beside it, flushed, then moved into place).
 */
public final class PostFile {

  private static final SecureRandom RANDOM = new SecureRandom();

  private PostFile() {}

  /**
   * Writes text as folder/fileName and returns the file's absolute path. {@code named} says where
   * the folder came from ("--out posts", "blog-dir /srv/blog"), for the message if it is a file.
   */
  public static Path write(Path folder, String named, String fileName, String text, boolean force) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw RustplanException.usage(named + " is a file, not a folder; give a folder (it is created if missing)");
    }
    Path dir = folder.toAbsolutePath().normalize();
    Path file = dir.resolve(fileName);
    if (!dir.equals(file.getParent())) {
      // Names come from the week number and a date only; this guards the promise that nothing steers them elsewhere.
      throw new IllegalArgumentException("a post's file name must be a plain name, got " + fileName);
    }
    if (Files.isDirectory(file)) {
      throw RustplanException.failure(file + " is a folder; move it out of the way to write the post there");
    }
    if (Files.exists(file) && !force) {
      throw exists(file);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw RustplanException.failure("cannot create the folder " + dir + ": " + IoReason.of(e), e);
    }
    // An unpredictable name, created exclusively: never a file or a link someone planted at a name known in advance.
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    Path temp = dir.resolve("." + fileName + "." + HexFormat.of().formatHex(random) + ".tmp");
    try {
      try (FileChannel channel = Private.createFile(temp)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      readableByAll(temp);
      if (force) {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        // Without REPLACE_EXISTING the move refuses a file that appeared since the check above.
        Files.move(temp, file);
      }
      return file;
    } catch (FileAlreadyExistsException e) {
      throw exists(file);
    } catch (IOException e) {
      throw RustplanException.failure("cannot write " + file + ": " + IoReason.of(e), e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // A leftover hidden .tmp harms nothing.
      }
    }
  }

  private static RustplanException exists(Path file) {
    return RustplanException.failure(
        file + " already exists and may hold your edits; use --force to overwrite it, or --stdout to print the new draft");
  }

  /** A post is meant to be published: readable by the site generator, whoever runs it. */
  private static void readableByAll(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
