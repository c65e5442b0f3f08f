package dev.rustplan.blog;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a week's post into its folder, one file per week: never over an existing post unless
 * forced (the learner may have edited it), never half a file (a temporary file beside it,
 * flushed, then moved into place), and never a second file for the week: when the post's date,
 * and so its name, has changed, the earlier file is renamed before it is rewritten.
 */
public final class PostFile {

  private PostFile() {}

  /**
   * What writing a week's post did: the file written, and the week's other posts that were left
   * as they were (a recorded post in another folder, or a second file an older rustplan wrote).
   */
  public record Written(Path file, List<Path> leftAlone) {
    public Written {
      leftAlone = List.copyOf(leftAlone);
    }
  }

  /**
   * Writes text as folder/fileName for week {@code week} and returns what it did. {@code named}
   * says where the folder came from ("--out posts", "blog-dir /srv/blog"), for the message if it
   * is a file; {@code sameWeek} matches the names of this week's posts whatever their date;
   * {@code recorded} is the post the journal records for the week (null if none).
   */
  public static Written write(
      Path folder, String named, String fileName, Pattern sameWeek, Path recorded, int week, String text, boolean force) {
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
    Path earlierPost = recorded == null || !Files.isRegularFile(recorded) ? null : recorded.toAbsolutePath().normalize();
    List<Path> here = postsOfWeek(dir, sameWeek);
    if (earlierPost != null && earlierPost.getParent().equals(dir) && !here.contains(earlierPost)) {
      here.add(earlierPost);
    }
    if (!force) {
      Path existing = Files.exists(file) ? file : earlierPost != null ? earlierPost : here.isEmpty() ? null : here.get(0);
      if (existing != null) {
        throw exists(existing, file, week);
      }
    }
    // The one file the week keeps: the one already so named, else the recorded one, else the latest.
    Path replaced = here.contains(file) ? file
        : here.contains(earlierPost) ? earlierPost
        : here.isEmpty() ? null : here.get(here.size() - 1);
    List<Path> leftAlone = new ArrayList<>(here);
    leftAlone.remove(replaced);
    if (earlierPost != null && !earlierPost.getParent().equals(dir)) {
      leftAlone.add(earlierPost);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw RustplanException.failure("cannot create the folder " + dir + ": " + IoReason.of(e), e);
    }
    try {
      if (replaced != null && !replaced.equals(file)) {
        rename(replaced, file);
      }
      // A post is meant to be published: readable by the site generator, whoever runs it.
      AtomicFile.system().write(file, text.getBytes(StandardCharsets.UTF_8), force, "rw-r--r--");
      return new Written(file, leftAlone);
    } catch (FileAlreadyExistsException e) {
      throw exists(file, file, week);
    } catch (IOException e) {
      throw RustplanException.failure("cannot write " + file + ": " + IoReason.of(e), e);
    }
  }

  /** The files in dir named as this week's posts, oldest date first. */
  private static List<Path> postsOfWeek(Path dir, Pattern sameWeek) {
    if (!Files.isDirectory(dir)) {
      return new ArrayList<>();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(files
          .filter(p -> sameWeek.matcher(p.getFileName().toString()).matches())
          .filter(Files::isRegularFile)
          .sorted()
          .toList());
    } catch (IOException e) {
      throw RustplanException.failure("cannot list the folder " + dir + ": " + IoReason.of(e), e);
    }
  }

  /** Gives the week's file its new name: a move within one folder, so there is never a second file. */
  private static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static RustplanException exists(Path existing, Path file, int week) {
    if (existing.equals(file)) {
      return RustplanException.failure(
          file + " already exists and may hold your edits; use --force to overwrite it, or --stdout to print the new draft");
    }
    return RustplanException.failure(
        "week " + week + " already has a post, " + existing + ", which may hold your edits; use --force to rewrite it"
            + (existing.getParent().equals(file.getParent()) ? " (renamed to " + file.getFileName() + ")" : " as " + file)
            + ", or --stdout to print the new draft");
  }
}
