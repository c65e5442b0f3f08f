package dev.rustplan.cli.text;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The value of --color: colour only on a terminal (auto), always, or never. */
public enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER;

  /** Lower case, as the option is written and as help and completion show it. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The values shell completion offers for --color. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(ColorMode::toString).iterator();
    }
  }

  /** Reads the value in any case, and names the three values in lower case when it is none of them. */
  public static final class Converter implements ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      return Arrays.stream(values())
          .filter(mode -> mode.toString().equalsIgnoreCase(value.trim()))
          .findFirst()
          .orElseThrow(() -> new TypeConversionException(
              "expected auto, always or never, got '" + value + "'"));
    }
  }
}
