package dev.rustplan.cli.command;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads every Path option and parameter (FILE, DIR) as a path of this system. rustplan's own, so
 * that picocli's reflective ones can be left out at start-up ({@link dev.rustplan.cli.Main}):
 * registering those loads and initializes every java.time and java.sql type on each command
 * built, about 10 ms of a run. Registered for the whole command tree in {@link dev.rustplan.cli.Cli}.
 */
public final class PathOption implements ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      // picocli turns this into a usage error (exit 2) that names the option.
      throw new TypeConversionException("'" + value + "' is not a path this system can use (" + e.getReason()
          + "); name the file with other characters, or run rustplan in a UTF-8 locale");
    }
  }
}
