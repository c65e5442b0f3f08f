package dev.rustplan.startup;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a cache folder, or a file in it, may be trusted: what rustplan reads back from its
 * caches (an answer printed as it is, a digest of the journal, a parsed plan) must not be
 * something another local user planted. A folder or file is used only when it belongs to this
 * user and neither group nor others may write it, the same rule as the launcher's; a cache folder
 * is used only when the folder above it (the rustplan cache folder) passes too, since whoever may
 * write that may swap the folder for another. The folders it makes are 0700 whatever the umask.
 */
public final class CacheFolder {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

  private static volatile UserPrincipal me;

  private CacheFolder() {}

  /**
   * Makes the folder if it is missing (and its missing parents, each 0700), and says whether it
   * may be used: it and its parent pass {@link #problem}.
   */
  public static boolean ready(Path folder) {
    try {
      create(folder);
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return usable(folder);
  }

  /** Whether an existing folder may be used as it is: it and its parent pass {@link #problem}. */
  public static boolean usable(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    Path parent = folder.toAbsolutePath().getParent();
    return problem(folder).isEmpty() && (parent == null || problem(parent).isEmpty());
  }

  /** Whether a cache entry may be read: a regular file of this user's that group and others cannot write. */
  public static boolean trusted(Path file) {
    return Files.isRegularFile(file) && problem(file).isEmpty();
  }

  /**
   * Why this folder or file may not be used, as words that follow its path ("belongs to bob, not
   * to you"); empty when it may, and when it does not exist (rustplan makes it private). For
   * `doctor`, of the cache folder: {@code problem(env.cacheHome())}.
   */
  public static Optional<String> problem(Path path) {
    try {
      UserPrincipal me = me();
      if (!POSIX) {
        UserPrincipal owner = Files.getOwner(path);
        return owner.equals(me) ? Optional.empty() : Optional.of("belongs to " + owner.getName() + ", not to you");
      }
      PosixFileAttributes a = Files.readAttributes(path, PosixFileAttributes.class);
      if (!a.owner().equals(me)) {
        return Optional.of("belongs to " + a.owner().getName() + ", not to you (" + me.getName() + ")");
      }
      Set<PosixFilePermission> p = a.permissions();
      if (p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
        return Optional.of("may be written by group or others (" + PosixFilePermissions.toString(p) + ")");
      }
      return Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of("cannot be checked (" + e + ")");
    }
  }

  /**
   * The user this process runs as, by the name the JVM took from the user database (not from
   * $USER, which anyone may set). Without one nothing is trusted.
   */
  private static UserPrincipal me() throws IOException {
    UserPrincipal known = me;
    if (known == null) {
      known = FileSystems.getDefault().getUserPrincipalLookupService()
          .lookupPrincipalByName(System.getProperty("user.name"));
      me = known;
    }
    return known;
  }

  /**
   * Creates the missing folders down to this one, each 0700: given at creation (so no other user
   * may enter it in between), then set again, because the umask may have taken the owner's bits
   * too.
   */
  private static void create(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    Path parent = folder.toAbsolutePath().getParent();
    if (parent != null) {
      create(parent);
    }
    try {
      if (POSIX) {
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
        Files.setPosixFilePermissions(folder, PRIVATE);
      } else {
        Files.createDirectory(folder);
      }
    } catch (FileAlreadyExistsException e) {
      // made meanwhile by another run, or a file: usable() says which
    }
  }
}
