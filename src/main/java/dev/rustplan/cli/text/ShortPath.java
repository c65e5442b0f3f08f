package dev.rustplan.cli.text;

/**
 * Paths in the room a screen has: the home folder as ~, a file by its name. Read as strings, not
 * as {@link java.nio.file.Path}s, because a journal edited by hand may hold one that is not valid.
 */
public final class ShortPath {

  private ShortPath() {}

  /** "~/.local/share/rustplan/posts" for a path under {@code home}; any other path as it is. */
  public static String home(String path, String home) {
    if (home == null || home.isEmpty() || home.equals("/")) {
      return path;
    }
    String folder = home.endsWith("/") ? home.substring(0, home.length() - 1) : home;
    if (path.equals(folder)) {
      return "~";
    }
    return path.startsWith(folder + "/") ? "~" + path.substring(folder.length()) : path;
  }

  /** The last name of a path: "2026-03-08-100-days-of-rust-week-1.md". */
  public static String name(String path) {
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** The folder a path is in: everything before its last name ("." for a bare name). */
  public static String folder(String path) {
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    int slash = p.lastIndexOf('/');
    return slash < 0 ? "." : slash == 0 ? "/" : p.substring(0, slash);
  }
}
