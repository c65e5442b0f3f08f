package dev.rustplan.plan;

import dev.rustplan.plan.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one plan file while its readers work through it. */
final class Diagnostics {

  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();

  Diagnostics(String file) {
    this.file = file;
  }

  void error(int line, int column, String message) {
    found.add(new Diagnostic(file, Math.max(line, 1), Math.max(column, 1), Severity.ERROR, message));
  }

  void warning(int line, int column, String message) {
    found.add(new Diagnostic(file, Math.max(line, 1), Math.max(column, 1), Severity.WARNING, message));
  }

  boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }

  /** In file order, so the report reads top to bottom. */
  List<Diagnostic> sorted() {
    return found.stream()
        .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
        .toList();
  }
}
