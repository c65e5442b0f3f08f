package dev.rustplan.practice;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Creates a practice project's folder whole or not at all: its files are written into a hidden
 * folder beside it, which is then renamed into place. An existing folder is never touched.
 */
public final class ProjectFolder {

  private ProjectFolder() {}

  /** Creates parent/NAME with the project's files and returns its absolute path. */
  public static Path create(Path parent, PracticeProject project) {
    Path dir = parent.toAbsolutePath().normalize();
    Path target = dir.resolve(project.name());
    if (Files.exists(target)) {
      throw exists(target);
    }
    // Staged under the one writer's temporary name, so a folder left by a killed run is known for what it is.
    Path temp = AtomicFile.temporaryFor(target);
    try {
      Files.createDirectories(dir);
      Files.createDirectory(temp);
      for (Map.Entry<String, String> file : project.files().entrySet()) {
        Path path = temp.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      // Without REPLACE_EXISTING the move refuses a folder that appeared since the check above.
      Files.move(temp, target);
      return target;
    } catch (FileAlreadyExistsException e) {
      throw exists(target);
    } catch (IOException e) {
      throw RustplanException.failure("cannot create " + target + ": " + IoReason.of(e) + "; nothing was created", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static RustplanException exists(Path target) {
    return RustplanException.failure(target + " already exists; rustplan never writes into an existing folder:"
        + " move it away, or give another --dir");
  }

  private static void deleteQuietly(Path temp) {
    if (!Files.exists(temp)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(temp)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A hidden leftover folder harms nothing; the project was not created either way.
    }
  }
}
