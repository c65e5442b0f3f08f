package dev.rustplan.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Finds arguments and environment values that Java could not decode: in a locale whose charset is
 * not UTF-8 (LANG unset, or LC_CTYPE=UTF-8 forwarded from a Mac, which Linux does not have) Java
 * reads the bytes of "café ☕" as ASCII and hands rustplan U+FFFD in their place. Stored, that text
 * could never be brought back, so the run is refused before anything is read or written.
 */
final class LostText {

  private static final char REPLACEMENT = '\uFFFD';

  /** The environment variables whose values rustplan reads as text or paths. */
  private static final String[] VARIABLES = {
    "RUSTPLAN_HOME", "RUSTPLAN_PLAN", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HOME", "VISUAL", "EDITOR"
  };

  private LostText() {}

  /**
   * The one line that refuses the run, or empty when nothing was lost. Only a charset other than
   * UTF-8 can lose text this way: under UTF-8 a U+FFFD was typed (or pasted) as it is, and kept.
   */
  static Optional<String> check(String[] args, Map<String, String> env, Charset decodedWith) {
    if (decodedWith.equals(StandardCharsets.UTF_8)) {
      return Optional.empty();
    }
    String where = null;
    for (int i = 0; where == null && i < args.length; i++) {
      if (args[i].indexOf(REPLACEMENT) >= 0) {
        // Shown with ? for each lost byte: the replacement character itself may not print either.
        where = "argument " + (i + 1) + " ('" + args[i].replace(REPLACEMENT, '?') + "')";
      }
    }
    for (int i = 0; where == null && i < VARIABLES.length; i++) {
      String value = env.get(VARIABLES[i]);
      if (value != null && value.indexOf(REPLACEMENT) >= 0) {
        where = VARIABLES[i];
      }
    }
    if (where == null) {
      return Optional.empty();
    }
    return Optional.of(where + " lost its non-ASCII characters: Java read it in this locale's charset ("
        + decodedWith.name() + "), not UTF-8; nothing was changed. Run rustplan in a UTF-8 locale, e.g."
        + " LC_ALL=C.UTF-8 (the rustplan launcher does this by itself)");
  }

  /** The charset Java decoded this process's arguments and environment with. */
  static Charset ofThisProcess() {
    String name = System.getProperty("sun.jnu.encoding");
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }
}
