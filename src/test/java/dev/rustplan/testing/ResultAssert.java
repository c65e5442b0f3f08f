package dev.rustplan.testing;

import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/** Fluent assertions on a {@link Result} that print the whole run when they fail. */
public final class ResultAssert extends AbstractAssert<ResultAssert, Result> {

  private static final Pattern DIAGNOSTIC = Pattern.compile(".+:\\d+:\\d+: (error|warning): .+");

  private ResultAssert(Result actual) {
    super(actual, ResultAssert.class);
  }

  public static ResultAssert assertThat(Result actual) {
    return new ResultAssert(actual);
  }

  /** Exit 0 and nothing on stderr. */
  public ResultAssert succeeds() {
    isNotNull();
    if (actual.exit() != 0 || !actual.err().isEmpty()) {
      failWithMessage("expected success with an empty stderr, got:%n%s", actual);
    }
    return this;
  }

  /**
   * The given exit status, exactly one line on stderr (its text, then a newline, nothing after),
   * and no stack trace. For the few failures that print more, see the helpers below.
   */
  public ResultAssert failsWith(int exit) {
    isNotNull();
    checkExitAndNoStackTrace(exit);
    String err = actual.err();
    int newline = err.indexOf('\n');
    if (newline != err.length() - 1 || err.isBlank()) {
      failWithMessage("expected exactly one line on stderr (ending in a newline), got %d:%n%s",
          err.lines().count(), actual);
    }
    return this;
  }

  /** Fails with the exit status and one line on stderr that mentions every fragment. */
  public ResultAssert failsWith(int exit, String... fragments) {
    failsWith(exit);
    err().contains(fragments);
    return this;
  }

  /**
   * A plan that cannot be used, refused with its errors: "rustplan: cannot use plan ..." on the
   * first line of stderr, then one line per diagnostic ("FILE:LINE:COLUMN: error: ..."), nothing
   * else, no stack trace, and every fragment somewhere in them.
   */
  public ResultAssert failsWithPlanDiagnostics(int exit, String... fragments) {
    isNotNull();
    checkExitAndNoStackTrace(exit);
    List<String> lines = actual.err().lines().toList();
    boolean shaped = actual.err().endsWith("\n")
        && lines.size() >= 2
        && lines.get(0).startsWith("rustplan: ")
        && lines.subList(1, lines.size()).stream().allMatch(l -> DIAGNOSTIC.matcher(l).matches());
    if (!shaped) {
      failWithMessage("expected a 'rustplan: ...' line then one 'FILE:LINE:COLUMN: error: ...' line per"
          + " diagnostic on stderr, got:%n%s", actual);
    }
    err().contains(fragments);
    return this;
  }

  /**
   * The given exit status with nothing on stderr: a report (`plan check`) that says on stdout what
   * is wrong, which must not be empty and hold no stack trace.
   */
  public ResultAssert failsWithReportOnStdout(int exit) {
    isNotNull();
    if (actual.exit() != exit) {
      failWithMessage("expected exit %d, got:%n%s", exit, actual);
    }
    if (!actual.err().isEmpty() || actual.out().isBlank()) {
      failWithMessage("expected a report on stdout and an empty stderr, got:%n%s", actual);
    }
    if (actual.out().contains("\tat ") || actual.out().contains("Exception")) {
      failWithMessage("expected no stack trace, got:%n%s", actual);
    }
    return this;
  }

  private void checkExitAndNoStackTrace(int exit) {
    if (actual.exit() != exit) {
      failWithMessage("expected exit %d, got:%n%s", exit, actual);
    }
    if (actual.err().contains("\tat ") || actual.err().contains("Exception")) {
      failWithMessage("expected no stack trace, got:%n%s", actual);
    }
  }

  public AbstractStringAssert<?> out() {
    return Assertions.assertThat(actual.out()).as("stdout of%n%s", actual);
  }

  public AbstractStringAssert<?> err() {
    return Assertions.assertThat(actual.err()).as("stderr of%n%s", actual);
  }
}
