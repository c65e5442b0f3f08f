package dev.rustplan.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine rather than from the build (dash, busybox, faketime; running
 * as root to give a file to another user). In CI (CI=true, as `.ci/run` and CI services set it,
 * and `.ci/run` installs the tools) its absence fails the test, so that a promise is never
 * silently untested; on a developer's machine the test is skipped, and says why and how to get it.
 */
public final class RealTool {

  private RealTool() {}

  /** The program's path on PATH; else a failure in CI, a skip elsewhere. */
  public static Path require(String program) {
    Optional<Path> found = find(program);
    if (found.isEmpty()) {
      missing(program + " is not installed (Debian: apt-get install -y " + program + ")");
    }
    return found.get();
  }

  /** Goes on only when the machine can do this: else a failure in CI, a skip elsewhere. */
  public static void requireThat(boolean can, String reason) {
    if (!can) {
      missing(reason);
    }
  }

  /** Whether this JVM runs as root, which may give files to another user (chown). */
  public static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The program's path on PATH, if it is there. */
  public static Optional<Path> find(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String entry : path.split(":")) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate.toAbsolutePath());
      }
    }
    return Optional.empty();
  }

  private static void missing(String reason) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("CI must run this test, but " + reason);
    }
    System.out.println("[skipped] " + reason);
    Assumptions.abort(reason);
  }
}
