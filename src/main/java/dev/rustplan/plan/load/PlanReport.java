package dev.rustplan.plan.load;

import dev.rustplan.RustplanException;
import dev.rustplan.plan.Diagnostic;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.catalog.ResourceCatalog;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What loading a plan file gave: the plan (only when it has no errors), the catalog its resources
 * were matched against, and every diagnostic in file order.
 */
public record PlanReport(PlanSource source, Optional<Plan> plan, ResourceCatalog catalog, List<Diagnostic> diagnostics) {

  public PlanReport {
    diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /** The plan, or a failure that lists the check's errors, one a line. */
  public Plan requirePlan() {
    if (plan.isPresent()) {
      return plan.get();
    }
    List<Diagnostic> errors = errors();
    String lines = errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    if (errors.size() == 1) {
      throw RustplanException.failure(lines);
    }
    throw RustplanException.failure(
        "cannot use plan " + source.name() + ": it has " + errors.size() + " errors"
            + " (fix them, then check with 'rustplan plan check " + source.name() + "')\n" + lines);
  }
}
