package dev.rustplan.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Files and folders readable by the user alone (0600 and 0700) where the file system has POSIX
 * permissions. The mode is given at creation, never set afterwards, so that no other user can open
 * the file in between, whatever the umask.
 */
public final class Private {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private Private() {}

  /** Creates a new file (O_EXCL: never an existing file, never through a link planted at that name). */
  public static FileChannel createFile(Path file) throws IOException {
    return FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), file());
  }

  /** Creates the folder and any missing parents, each readable by the user alone. */
  public static void createFolders(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder, folder());
    }
  }

  public static FileAttribute<?>[] file() {
    return attributes("rw-------");
  }

  static FileAttribute<?>[] folder() {
    return attributes("rwx------");
  }

  /**
   * "rw-------" and the like, of the file a link leads to (whose permissions are the ones that
   * matter); empty where the file system has no POSIX permissions or the path is missing.
   */
  public static Optional<String> permissions(Path path) {
    if (!POSIX) {
      return Optional.empty();
    }
    try {
      return Optional.of(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /** False only when the path exists and its group or others may read, write or enter it. */
  public static boolean isPrivate(Path path) {
    return permissions(path)
        .map(PosixFilePermissions::fromString)
        .map(p -> p.stream().noneMatch(Private::sharedBit))
        .orElse(true);
  }

  private static boolean sharedBit(PosixFilePermission p) {
    return !p.name().startsWith("OWNER_");
  }

  private static FileAttribute<?>[] attributes(String mode) {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))}
        : new FileAttribute<?>[0];
  }
}
