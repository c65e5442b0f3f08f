package dev.rustplan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a --date option as YYYY-MM-DD, saying how to write it when it is not one. */
final class DateConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02");
    }
  }
}
