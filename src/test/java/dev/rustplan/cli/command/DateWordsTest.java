package dev.rustplan.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustplan.RustplanException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateWordsTest {

  /** A Wednesday. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

  @ParameterizedTest
  @CsvSource({
    "2026-02-27, 2026-02-27",
    "today, 2026-03-04",
    "Today, 2026-03-04",
    "yesterday, 2026-03-03",
    "0 days ago, 2026-03-04",
    "1 day ago, 2026-03-03",
    "3 days ago, 2026-03-01",
    "'  10   days ago ', 2026-02-22",
    "wednesday, 2026-03-04",
    "tuesday, 2026-03-03",
    "Thursday, 2026-02-26",
    "mon, 2026-03-02",
    "sunday, 2026-03-01"
  })
  void readsEachForm(String text, LocalDate expected) {
    assertThat(DateWords.parse(text, TODAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tomorrow", "2026-02-30", "26-03-01", "a week ago", "-1 days ago", ""})
  void refusesAnythingElseNamingTheAcceptedForms(String text) {
    assertThatThrownBy(() -> DateWords.parse(text, TODAY))
        .isInstanceOf(RustplanException.class)
        .hasMessage("invalid date '" + text + "': use " + DateWords.FORMS)
        .extracting(e -> ((RustplanException) e).exitCode())
        .isEqualTo(2);
  }
}
