package dev.rustplan.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-read YYYY-MM-DD gives what Java's own parser gives, date for date and refusal for refusal. */
class IsoDateTest {

  @Test
  void everyDayOfSeveralYearsReadsAsJavaReadsIt() {
    for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
      assertThat(IsoDate.parse(d.toString())).isEqualTo(d);
    }
  }

  @Test
  void whatJavaRefusesIsRefusedAndWhatItReadsOtherwiseIsReadTheSame() {
    List<String> texts = List.of("2026-02-29", "2024-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31",
        "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2026-1-01", "2026-01-1", "26-01-01",
        "2026/01/01", "2026-01-01T", " 2026-01-01", "2026-01-01 ", "٢٠٢٦-٠١-٠١", "2026-0a-01", "", "yesterday",
        "2026-01-01Z");
    for (String text : texts) {
      LocalDate java;
      try {
        java = LocalDate.parse(text);
      } catch (DateTimeException e) {
        java = null;
      }
      assertThat(IsoDate.parse(text)).as(text).isEqualTo(java);
    }
  }
}
