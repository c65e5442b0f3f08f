package dev.rustplan.launcher;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Result;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher tells Java only the UTC offset in force now (to spare it the zone rules);
 * an ics export at a time of day must still use TZ's rules for every date, across a change of the
 * clocks, or half the events would be an hour off.
 */
class IcsTimeZoneIT {

  @TempDir Path dir;

  @Test
  void timedEventsFollowTzsRulesThroughTheRealLauncher() throws Exception {
    LauncherRun run = new LauncherRun(dir).env("TZ", "Europe/Berlin").env("RUSTPLAN_TODAY", "2026-03-20");
    assertThat(run.run("start")).succeeds();
    Result result = run.run("export", "--format", "ics", "--at", "07:30");
    assertThat(result).succeeds();
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)));
    List<VEvent> events = calendar.getComponents().getComponents(Component.VEVENT);
    assertThat(events).hasSize(100);
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    for (VEvent e : events) {
      int day = Integer.parseInt(e.getUid().getValue().replaceAll("^day-(\\d+)\\..*", "$1"));
      DateTime start = (DateTime) e.getStartDate().getDate();
      assertThat(start.isUtc()).isTrue();
      assertThat(start.toInstant()).as("day %d", day)
          .isEqualTo(LocalDate.parse("2026-03-20").plusDays(day - 1).atTime(7, 30).atZone(berlin).toInstant());
    }
    assertThat(result.out()).contains("DTSTART:20260328T063000Z\r\n", "DTSTART:20260329T053000Z\r\n");
  }
}
