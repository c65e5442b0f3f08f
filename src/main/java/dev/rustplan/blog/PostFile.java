package dev.rustplan.blog;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a post into its folder: never over an existing file unless forced (the learner may have
 * edited it), and never half a file (a temporary file beside it, flushed, then moved into place).
 */
public final class PostFile {

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
    try {
      // A post is meant to be published: readable by the site generator, whoever runs it.
      AtomicFile.system().write(file, text.getBytes(StandardCharsets.UTF_8), force, "rw-r--r--");
      return file;
    } catch (FileAlreadyExistsException e) {
      throw exists(file);
    } catch (IOException e) {
      throw RustplanException.failure("cannot write " + file + ": " + IoReason.of(e), e);
    }
  }

  private static RustplanException exists(Path file) {
    return RustplanException.failure(
        file + " already exists and may hold your edits; use --force to overwrite it, or --stdout to print the new draft");
  }
}
