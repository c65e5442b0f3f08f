package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.Env;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads every LocalDate option (--date DATE) as {@link DateWords} does, counting from the Env's
 * clock so that "yesterday" follows RUSTPLAN_TODAY. Registered for the whole command tree in {@link Cli}.
 */
public record DateOption(Env env) implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      // The clock is read here, not when the command line is built: a bad RUSTPLAN_TODAY is a
      // usage error of the run, not a crash of the set-up.
      return DateWords.parse(value, LocalDate.now(env.clock()));
    } catch (RustplanException e) {
      // picocli turns this into a usage error (exit 2) that names the option.
      throw new TypeConversionException(e.getMessage());
    }
  }
}
