package dev.rustplan;

/**
 * A failure the user can act on: one line of text and the exit status to end with.
 *
 * <p>It lives outside the cli package so that the plan, journal and blog code can refuse bad
 * input without knowing anything about the command line; the cli turns it into a line on stderr.
 */
public final class RustplanException extends RuntimeException {

  /** Exit status for a failure that is not the user's wording: a file that cannot be read, say. */
  public static final int FAILURE = 1;

  /** Exit status for a usage problem: a bad argument, option or value. */
  public static final int USAGE = 2;

  private final int exitCode;

  public RustplanException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  public RustplanException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A usage problem (exit 2): what was wrong and what is allowed. */
  public static RustplanException usage(String message) {
    return new RustplanException(USAGE, message);
  }

  /** A failure (exit 1) with the message the user sees. */
  public static RustplanException failure(String message) {
    return new RustplanException(FAILURE, message);
  }

  /** A failure (exit 1) that keeps its cause for --verbose. */
  public static RustplanException failure(String message, Throwable cause) {
    return new RustplanException(FAILURE, message, cause);
  }

  public int exitCode() {
    return exitCode;
  }
}
