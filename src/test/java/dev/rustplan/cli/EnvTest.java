package dev.rustplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {

  @Test
  void theLaunchersOffsetGivesTodaysDateWithoutTheZoneRules() {
    Clock clock = Env.systemClock("+0530");

    assertThat(clock.getZone()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    Instant before = Instant.now();
    assertThat(clock.instant()).isBetween(before, Instant.now());
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(Clock.system(ZoneOffset.ofHoursMinutes(5, 30))));
  }

  @Test
  void withoutAnOffsetOrWithABadOneTheClockHasTheSystemsZone() {
    assertThat(Env.systemClock(null).getZone()).isEqualTo(ZoneId.systemDefault());
    assertThat(Env.systemClock("noon").getZone()).isEqualTo(ZoneId.systemDefault());
    assertThat(Env.systemClock("+25").getZone()).isEqualTo(ZoneId.systemDefault());
  }

  @Test
  void pastMomentsAreShownWithTheSystemsRulesWhenTheClockKnowsOnlyTodaysOffset() {
    Env launched = new Env(Map.of(), Env.systemClock("+0100"), InputStream.nullInputStream(), false);
    Env tested = new Env(Map.of(), Clock.system(ZoneId.of("Europe/Paris")), InputStream.nullInputStream(), false);

    assertThat(launched.zone()).isEqualTo(ZoneId.systemDefault());
    assertThat(tested.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }
}
