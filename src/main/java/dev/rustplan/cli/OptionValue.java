package dev.rustplan.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * The value of one option or parameter of a command declared in code ({@link SpecBuilder}):
 * picocli sets it while it parses, the command reads it. Inherited options share theirs, so
 * {@code rustplan --plan F log} and {@code rustplan log --plan F} set the same value.
 */
public final class OptionValue<T> implements IGetter, ISetter {

  private T value;

  public OptionValue(T initial) {
    this.value = initial;
  }

  public T value() {
    return value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get() {
    return (V) value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V set(V next) {
    V previous = (V) value;
    value = (T) next;
    return previous;
  }
}
