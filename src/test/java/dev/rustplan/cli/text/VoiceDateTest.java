package dev.rustplan.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Voice's dates, written by hand for start-up's sake, say what the JDK's English formatter says. */
class VoiceDateTest {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  @Test
  void everyDayOfTwoYearsReadsAsTheJdkWritesIt() {
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
      assertThat(Voice.date(d)).isEqualTo(d.format(LONG));
      assertThat(Voice.shortDate(d)).isEqualTo(d.format(SHORT));
    }
  }
}
