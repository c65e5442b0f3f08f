package dev.rustplan.plan;

import java.util.Locale;

/** One finding of the plan check: where in which file, how bad, and what is wrong. */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

  /** A warning leaves the plan usable; an error makes rustplan refuse it. */
  public enum Severity {
    WARNING,
    ERROR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The compiler-style line editors jump to: {@code file:line:col: warning: message}. */
  public String format() {
    return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
  }
}
