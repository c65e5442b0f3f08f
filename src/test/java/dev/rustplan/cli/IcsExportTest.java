package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `export --format ics`, read back by ical4j, a real iCalendar library, with strict parsing and
 * validation, and checked octet by octet against RFC 5545's rules for lines.
 */
class IcsExportTest {

  private static final Pattern UID = Pattern.compile("day-(\\d+)\\.[0-9a-f]{12}@rustplan");

  @TempDir Path dir;

  @BeforeAll
  static void strictIcal4j() {
    // ical4j's defaults are strict already; said here so that no other setting in the JVM relaxes them.
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, false);
    // The events are all in UTC: no time-zone definitions are needed, so none are fetched.
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    System.setProperty("net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
  }

  private Rustplan learner() {
    return new Rustplan(dir.resolve("home"));
  }

  private static void ok(Result result) {
    assertThat(result).succeeds();
  }

  // ---------------------------------------------------------------- all-day events on their dates

  @Test
  void everyDayIsAnAllDayEventOnItsDateTitledWithItsTopicAndMarked() throws Exception {
    Rustplan r = learner();
    ok(r.today("2026-03-02").run("start"));
    ok(r.run("done", "1"));
    ok(r.today("2026-03-04").run("done", "2")); // a day late: it stays on the date it was done
    ok(r.run("skip", "3"));
    Path file = dir.resolve("out/plan.ics");
    Result result = r.today("2026-03-05").run("export", "--format", "ics", "--out", file.toString());
    assertThat(result).succeeds();
    assertThat(result.out().replace("\n", " ")).contains("Exported the plan's 100 days as calendar events (ics) to " + file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

    byte[] bytes = Files.readAllBytes(file);
    checkLines(bytes);
    Calendar calendar = parse(bytes);
    assertThat(calendar.getProperty(Property.VERSION).getValue()).isEqualTo("2.0");
    assertThat(calendar.getProperty(Property.PRODID).getValue()).contains("rustplan");
    assertThat(calendar.getProperty(Property.CALSCALE).getValue()).isEqualTo("GREGORIAN");

    Map<Integer, VEvent> events = byDay(calendar);
    assertThat(events).hasSize(100);
    assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(range(1, 100));
    Map<String, Long> uids = events.values().stream().collect(Collectors.groupingBy(e -> e.getUid().getValue(),
        Collectors.counting()));
    assertThat(uids).hasSize(100);
    for (int n = 1; n <= 100; n++) {
      VEvent e = events.get(n);
      JsonNode day = r.run("show", Integer.toString(n), "--json").json();
      String topic = day.get("topic").asText();
      LocalDate date = switch (n) {
        case 1 -> LocalDate.parse("2026-03-02");
        case 2, 3 -> LocalDate.parse("2026-03-04");
        default -> LocalDate.parse("2026-03-02").plusDays(n - 1);
      };
      String mark = n <= 2 ? "\u2713 " : n == 3 ? "(skipped) " : "";
      assertThat(e.getSummary().getValue()).as("day %d", n).isEqualTo(mark + "Day " + n + ": " + topic);
      assertThat((Object) e.getStartDate().getParameter(Parameter.VALUE)).as("day %d", n).isEqualTo(Value.DATE);
      assertThat(e.getStartDate().getValue()).as("day %d", n).isEqualTo(basic(date));
      assertThat(e.getEndDate().getValue()).as("day %d", n).isEqualTo(basic(date.plusDays(1)));
      assertThat(e.getSequence().getSequenceNo()).isZero();
      assertThat(e.getAlarms()).isEmpty();
      assertThat(e.getProperty(Property.DTSTAMP).getValue()).isEqualTo("20260305T120000Z");
      String status = n <= 2 ? "done" : n == 3 ? "skipped" : null;
      List<String> categories = new ArrayList<>(List.of(day.get("kind").asText()));
      if (status != null) {
        categories.add(status);
      }
      assertThat(categories(e)).as("day %d", n).containsExactlyElementsOf(categories);
      assertThat(e.getDescription().getValue()).as("day %d", n).isEqualTo(description(day, "30-45 minutes", n == 1
          ? "Done on 2026-03-02." : n == 2 ? "Done on 2026-03-04." : n == 3 ? "Skipped on 2026-03-04." : null));
    }
    // The description names each resource with its link.
    assertThat(events.get(1).getDescription().getValue())
        .contains("\n- The Rust Reference: https://doc.rust-lang.org/reference/");
  }

  @Test
  void beforeStartTheDaysRunFromToday() throws Exception {
    Result result = learner().today("2026-05-10").run("export", "--format", "ics");
    assertThat(result).succeeds();
    Map<Integer, VEvent> events = byDay(parse(result.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(events).hasSize(100);
    for (int n = 1; n <= 100; n++) {
      assertThat(events.get(n).getStartDate().getValue()).isEqualTo(basic(LocalDate.parse("2026-05-10").plusDays(n - 1)));
    }
  }

  // ---------------------------------------------------------------- the text, whatever it holds

  @Test
  void descriptionsAndTitlesComeBackExactlyWhateverTheyHold() throws Exception {
    String long1 = "é🦀".repeat(60) + " then ASCII to the end of a line far longer than seventy-five octets";
    Path plan = dir.resolve("tricky.yaml");
    Files.writeString(plan, """
        name: "Tricky; plan, with \\\\ all"
        budget: 20-50 minutes
        weeks:
          - theme: "Commas, semicolons; and \\\\ backslashes"
            days:
              - topic: "Commas, semicolons; a backslash \\\\ and 🦀 emoji, à la carte"
                activity: "First line, a comma; a semicolon\\nsecond line: C:\\\\path\\\\n is no newline\\n%s"
                resources:
                  - {title: "A title, with a comma; and a semicolon \\\\o/", url: "https://example.com/a?x=1,2;y=3"}
                  - "Plain words"
                budget: 25 minutes
              - topic: "Nothing special"
                activity: "Build it"
                kind: practice
        """.formatted(long1));
    Rustplan r = learner().today("2026-03-02");
    ok(r.run("--plan", plan.toString(), "start"));
    Result result = r.run("--plan", plan.toString(), "export", "--format", "ics", "--alarm", "30");
    assertThat(result).succeeds();
    byte[] bytes = result.out().getBytes(StandardCharsets.UTF_8);
    checkLines(bytes);
    // Escaped as RFC 5545 says, in the file itself.
    String unfolded = result.out().replace("\r\n ", "");
    assertThat(unfolded).contains("SUMMARY:Day 1: Commas\\, semicolons\\; a backslash \\\\ and 🦀 emoji\\, à la carte\r\n");
    assertThat(unfolded).contains("X-WR-CALNAME:Tricky\\; plan\\, with \\\\ all\r\n");

    Calendar calendar = parse(bytes);
    Map<Integer, VEvent> events = byDay(calendar);
    assertThat(events).hasSize(2);
    VEvent first = events.get(1);
    assertThat(first.getSummary().getValue()).isEqualTo("Day 1: Commas, semicolons; a backslash \\ and 🦀 emoji, à la carte");
    JsonNode day1 = r.run("--plan", plan.toString(), "show", "1", "--json").json();
    // A plan's activity is one line (the reader joins its lines); the description's own lines are apart.
    assertThat(day1.get("activity").asText())
        .isEqualTo("First line, a comma; a semicolon second line: C:\\path\\n is no newline " + long1);
    assertThat(first.getDescription().getValue()).isEqualTo(
        "First line, a comma; a semicolon second line: C:\\path\\n is no newline " + long1
            + "\n\nResources:\n- A title, with a comma; and a semicolon \\o/: https://example.com/a?x=1,2;y=3"
            + "\n- Plain words"
            + "\n\nWeek 1: Commas, semicolons; and \\ backslashes · lesson · 25 minutes");
    assertThat(first.getDescription().getValue()).isEqualTo(description(day1, "25 minutes", null));
    VAlarm alarm = first.getAlarms().get(0);
    assertThat(alarm.getDescription().getValue()).isEqualTo(first.getSummary().getValue());
    assertThat(categories(events.get(2))).containsExactly("practice");
  }

  // ---------------------------------------------------------------- timed events across a change of the clocks

  @Test
  void timedEventsAreInUtcFromTheLocalTimeOfEachDateAcrossAChangeOfTheClocks() throws Exception {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Rustplan r = learner().zone("Europe/Berlin").today("2026-03-20");
    ok(r.run("start"));
    Result result = r.run("export", "--format", "ics", "--at", "07:30", "--duration", "50", "--alarm", "15");
    assertThat(result).succeeds();
    byte[] bytes = result.out().getBytes(StandardCharsets.UTF_8);
    checkLines(bytes);
    Map<Integer, VEvent> events = byDay(parse(bytes));
    assertThat(events).hasSize(100);
    for (int n = 1; n <= 100; n++) {
      VEvent e = events.get(n);
      LocalDate date = LocalDate.parse("2026-03-20").plusDays(n - 1);
      DateTime start = (DateTime) e.getStartDate().getDate();
      DateTime end = (DateTime) e.getEndDate().getDate();
      assertThat(start.isUtc()).as("day %d", n).isTrue();
      assertThat(start.toInstant()).as("day %d", n).isEqualTo(date.atTime(7, 30).atZone(berlin).toInstant());
      assertThat(start.toInstant().atZone(berlin).toLocalTime()).isEqualTo(LocalTime.of(7, 30));
      assertThat(Duration.between(start.toInstant(), end.toInstant())).isEqualTo(Duration.ofMinutes(50));
      assertThat(e.getAlarms()).as("day %d", n).hasSize(1);
      VAlarm alarm = e.getAlarms().get(0);
      assertThat(alarm.getAction().getValue()).isEqualTo("DISPLAY");
      assertThat(alarm.getTrigger().getDuration()).isEqualTo(Duration.ofMinutes(-15));
    }
    // The clocks went forward on 29 March: 06:30 UTC before, 05:30 UTC after.
    assertThat(events.get(9).getStartDate().getValue()).isEqualTo("20260328T063000Z");
    assertThat(events.get(10).getStartDate().getValue()).isEqualTo("20260329T053000Z");
  }

  @Test
  void aTimedEventLastsTheDaysBudgetUnlessToldAndFinishedDaysHaveNoReminder() throws Exception {
    Rustplan r = learner().today("2026-03-02");
    ok(r.run("start"));
    ok(r.run("done", "1"));
    Result result = r.run("export", "--format", "ics", "--at", "18:00", "--alarm", "5");
    assertThat(result).succeeds();
    Map<Integer, VEvent> events = byDay(parse(result.out().getBytes(StandardCharsets.UTF_8)));
    // The bundled plan's days take 30-45 minutes: an event lasts the upper end.
    assertThat(events.get(5).getStartDate().getValue()).isEqualTo("20260306T180000Z");
    assertThat(events.get(5).getEndDate().getValue()).isEqualTo("20260306T184500Z");
    assertThat(events.get(1).getAlarms()).isEmpty();
    assertThat(events.get(1).getSummary().getValue()).startsWith("\u2713 Day 1: ");
    assertThat(events.get(2).getAlarms()).hasSize(1);
    assertThat(events.get(2).getAlarms().get(0).getTrigger().getDuration()).isEqualTo(Duration.ofMinutes(-5));
  }

  // ---------------------------------------------------------------- reschedule: the events move

  @Test
  void afterARescheduleTheSameEventsMoveWithAHigherSequenceAndUndoNeverLowersIt() throws Exception {
    Rustplan r = learner().today("2026-03-02");
    ok(r.run("start"));
    ok(r.run("done", "1"));
    r.today("2026-03-06"); // four days behind: day 2 was scheduled on 3 March
    Map<Integer, VEvent> before = export(r);
    ok(r.run("export", "--format", "ics")); // nothing changed: nothing moves on
    Map<Integer, VEvent> again = export(r);
    for (int n = 1; n <= 100; n++) {
      assertThat(again.get(n).getSequence().getSequenceNo()).isEqualTo(before.get(n).getSequence().getSequenceNo());
    }

    ok(r.run("reschedule"));
    Map<Integer, VEvent> after = export(r);
    assertThat(uids(after)).isEqualTo(uids(before));
    assertThat(after.get(1).getStartDate().getValue()).isEqualTo("20260302"); // done: the past stays
    assertThat(after.get(1).getSequence().getSequenceNo()).isEqualTo(before.get(1).getSequence().getSequenceNo());
    for (int n = 2; n <= 100; n++) {
      assertThat(after.get(n).getStartDate().getValue()).isEqualTo(basic(LocalDate.parse("2026-03-06").plusDays(n - 2)));
      assertThat(after.get(n).getSequence().getSequenceNo())
          .as("day %d", n).isGreaterThan(before.get(n).getSequence().getSequenceNo());
    }

    // Undo puts the schedule back; the events move back, and their SEQUENCE still grows.
    ok(r.stdin("").run("undo", "--yes"));
    Map<Integer, VEvent> undone = export(r);
    for (int n = 2; n <= 100; n++) {
      assertThat(undone.get(n).getStartDate().getValue()).isEqualTo(before.get(n).getStartDate().getValue());
      assertThat(undone.get(n).getSequence().getSequenceNo()).isGreaterThan(after.get(n).getSequence().getSequenceNo());
    }
    // A day finished changes its event: its title and its SEQUENCE.
    ok(r.run("done", "2"));
    Map<Integer, VEvent> done = export(r);
    assertThat(done.get(2).getSummary().getValue()).startsWith("\u2713 Day 2: ");
    assertThat(done.get(2).getStartDate().getValue()).isEqualTo("20260306");
    assertThat(done.get(2).getSequence().getSequenceNo()).isGreaterThan(undone.get(2).getSequence().getSequenceNo());
    assertThat(done.get(50).getSequence().getSequenceNo()).isEqualTo(undone.get(50).getSequence().getSequenceNo());
    Path kept = r.home().resolve("ics-sequences.tsv");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
  }

  @Test
  void aSequencesFileThatWasSpoiledStopsTheExportWithOneLine() throws IOException {
    Rustplan r = learner();
    ok(r.run("export", "--format", "ics"));
    Path kept = r.home().resolve("ics-sequences.tsv");
    Files.writeString(kept, "day-1.abc@rustplan\tnot a number\tx\n");
    Path out = dir.resolve("plan.ics");
    assertThat(r.run("export", "--format", "ics", "--out", out.toString()))
        .failsWith(1, kept + ":1: not a line rustplan wrote", "nothing was exported");
    assertThat(out).doesNotExist();
  }

  // ---------------------------------------------------------------- the options

  @Test
  void badValuesAreOneLineNamingTheOptionTheValueAndWhatIsAllowed() {
    Rustplan r = learner();
    assertThat(r.run("export", "--format", "ics", "--at", "25:00"))
        .failsWith(2, "--at must be a time of day as HH:MM, from 00:00 to 23:59, got '25:00'");
    assertThat(r.run("export", "--format", "ics", "--at", "7.30")).failsWith(2, "--at", "'7.30'", "HH:MM");
    assertThat(r.run("export", "--format", "ics", "--at", "12:60")).failsWith(2, "--at", "'12:60'");
    assertThat(r.run("export", "--format", "ics", "--at", "07:30", "--duration", "0"))
        .failsWith(2, "--duration must be a whole number of minutes from 1 to 1440 (one day), got '0'");
    assertThat(r.run("export", "--format", "ics", "--at", "07:30", "--duration", "long"))
        .failsWith(2, "--duration", "'long'", "from 1 to 1440");
    assertThat(r.run("export", "--format", "ics", "--alarm", "-5"))
        .failsWith(2, "--alarm must be a whole number of minutes from 1 to 10080 (a week), got '-5'");
    assertThat(r.run("export", "--format", "ics", "--alarm", "soon")).failsWith(2, "--alarm", "'soon'");
    assertThat(r.run("export", "--format", "ics", "--duration", "30"))
        .failsWith(2, "--duration only applies with --at HH:MM");
    assertThat(r.run("export", "--format", "md", "--at", "07:30"))
        .failsWith(2, "--at only applies with --format ics", "got --format md");
    assertThat(r.run("export", "--format", "csv", "--alarm", "10")).failsWith(2, "--alarm only applies with --format ics");
    assertThat(r.run("export", "--format", "json", "--duration", "10")).failsWith(2, "--duration only applies with --format ics");
    assertThat(r.run("export", "--format", "xml")).failsWith(2, "--format must be md, json, csv or ics, got 'xml'");
    assertThat(r.home().resolve("ics-sequences.tsv")).doesNotExist();
  }

  @Test
  void anExistingFileIsOverwrittenOnlyWithForce() throws IOException {
    Rustplan r = learner();
    Path out = dir.resolve("plan.ics");
    Files.writeString(out, "mine");
    assertThat(r.run("export", "--format", "ics", "--out", out.toString())).failsWith(1, "already exists", "--force");
    assertThat(Files.readString(out)).isEqualTo("mine");
    ok(r.run("export", "--format", "ics", "--out", out.toString(), "--force"));
    assertThat(Files.readString(out)).startsWith("BEGIN:VCALENDAR\r\n");
  }

  @Test
  void helpAndCompletionOfferIcs() {
    Result help = learner().run("export", "--help");
    assertThat(help).succeeds();
    assertThat(help.out()).contains("--at=HH:MM", "--duration=MIN", "--alarm=MIN", "md, json, csv or ics",
        "rustplan export --format ics");
    Result bash = learner().run("completion", "bash");
    assertThat(bash).succeeds();
    assertThat(bash.out()).contains("ics");
  }

  // ---------------------------------------------------------------- helpers

  /** Every line ends in CRLF, holds at most 75 octets, and is whole UTF-8 on its own (no fold split a character). */
  private static void checkLines(byte[] bytes) throws CharacterCodingException {
    assertThat(bytes.length).isPositive();
    assertThat(bytes[bytes.length - 2]).isEqualTo((byte) '\r');
    assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
    int start = 0;
    int lines = 0;
    boolean folded = false;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        assertThat(i).as("a LF without CR at octet %d", i).isGreaterThan(start);
        assertThat(bytes[i - 1]).as("a LF without CR at octet %d", i).isEqualTo((byte) '\r');
        int length = i - 1 - start;
        assertThat(length).as("line %d", lines + 1).isLessThanOrEqualTo(75);
        byte[] line = java.util.Arrays.copyOfRange(bytes, start, i - 1);
        for (byte b : line) {
          assertThat(b).as("a bare CR in line %d", lines + 1).isNotEqualTo((byte) '\r');
        }
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        folded |= line.length > 0 && line[0] == ' ';
        lines++;
        start = i + 1;
      }
    }
    assertThat(start).isEqualTo(bytes.length);
    assertThat(folded).as("some line was long enough to fold").isTrue();
  }

  private static Calendar parse(byte[] bytes) throws IOException, ParserException {
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    ValidationResult validation = calendar.validate(true);
    assertThat(validation.hasErrors()).as("ical4j's validation: %s", validation).isFalse();
    for (VEvent e : events(calendar)) {
      ValidationResult each = e.validate(true);
      assertThat(each.hasErrors()).as("%s: %s", e.getUid(), each).isFalse();
    }
    return calendar;
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents().getComponents(Component.VEVENT);
  }

  private static Map<Integer, VEvent> byDay(Calendar calendar) {
    Map<Integer, VEvent> days = new HashMap<>();
    for (VEvent e : events(calendar)) {
      var m = UID.matcher(e.getUid().getValue());
      assertThat(m.matches()).as(e.getUid().getValue()).isTrue();
      assertThat(days.put(Integer.parseInt(m.group(1)), e)).as("one event for day %s", m.group(1)).isNull();
    }
    return days;
  }

  private Map<Integer, VEvent> export(Rustplan r) throws Exception {
    Result result = r.run("export", "--format", "ics");
    assertThat(result).succeeds();
    Map<Integer, VEvent> events = byDay(parse(result.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(events).hasSize(100);
    return events;
  }

  private static Map<Integer, String> uids(Map<Integer, VEvent> events) {
    Map<Integer, String> uids = new HashMap<>();
    events.forEach((n, e) -> uids.put(n, e.getUid().getValue()));
    return uids;
  }

  private static List<String> categories(VEvent e) {
    List<String> all = new ArrayList<>();
    ((Categories) e.getProperty(Property.CATEGORIES)).getCategories().forEach(all::add);
    return all;
  }

  /** What a day's description says, from show --json: the activity, each resource and its link, its place and budget. */
  private static String description(JsonNode day, String budget, String finished) {
    StringBuilder d = new StringBuilder(day.get("activity").asText().strip());
    if (!day.get("resources").isEmpty()) {
      d.append("\n\nResources:");
      for (JsonNode res : day.get("resources")) {
        d.append("\n- ").append(res.get("title").asText());
        if (res.hasNonNull("url")) {
          d.append(": ").append(res.get("url").asText());
        }
      }
    }
    d.append("\n\nWeek ").append(day.get("week").asInt()).append(": ").append(day.get("weekTheme").asText())
        .append(" · ").append(day.get("kind").asText()).append(" · ").append(budget);
    if (finished != null) {
      d.append("\n").append(finished);
    }
    return d.toString();
  }

  private static String basic(LocalDate date) {
    return date.toString().replace("-", "");
  }

  private static List<Integer> range(int first, int last) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      numbers.add(i);
    }
    return numbers;
  }
}
