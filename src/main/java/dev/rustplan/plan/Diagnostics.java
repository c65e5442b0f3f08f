package dev.rustplan.plan;

import dev.rustplan.plan.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one plan file while its readers work through it. */
public final class Diagnostics {

  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();

  public Diagnostics(String file) {
    this.file = file;
  }

  public void error(int line, int column, String message) {
    found.add(new Diagnostic(file, Math.max(line, 1), Math.max(column, 1), Severity.ERROR, message));
  }

  public void warning(int line, int column, String message) {
    found.add(new Diagnostic(file, Math.max(line, 1), Math.max(column, 1), Severity.WARNING, message));
  }

  public boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }

  /** How many errors so far: a reader compares it before and after a part to know whether that part had any. */
  public int errorCount() {
    return (int) found.stream().filter(Diagnostic::isError).count();
  }

  /** In file order, so the report reads top to bottom. */
  public List<Diagnostic> sorted() {
    return found.stream()
        .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
        .toList();
  }
}
