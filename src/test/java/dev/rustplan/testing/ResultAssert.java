package dev.rustplan.testing;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/** Fluent assertions on a {@link Result} that print the whole run when they fail. */
public final class ResultAssert extends AbstractAssert<ResultAssert, Result> {

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

  /** The given exit status, exactly one line on stderr, and no stack trace. */
  public ResultAssert failsWith(int exit) {
    isNotNull();
    if (actual.exit() != exit) {
      failWithMessage("expected exit %d, got:%n%s", exit, actual);
    }
    if (actual.err().contains("\tat ") || actual.err().contains("Exception")) {
      failWithMessage("expected no stack trace, got:%n%s", actual);
    }
    return this;
  }

  /** Fails with the exit status and a stderr that mentions every fragment. */
  public ResultAssert failsWith(int exit, String... fragments) {
    failsWith(exit);
    err().contains(fragments);
    return this;
  }

  public AbstractStringAssert<?> out() {
    return Assertions.assertThat(actual.out()).as("stdout of%n%s", actual);
  }

  public AbstractStringAssert<?> err() {
    return Assertions.assertThat(actual.err()).as("stderr of%n%s", actual);
  }
}
