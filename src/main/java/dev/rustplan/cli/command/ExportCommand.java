package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.export.EventSequences;
import dev.rustplan.export.ExportFile;
import dev.rustplan.export.JournalCsv;
import dev.rustplan.export.JournalMarkdown;
import dev.rustplan.export.PlanIcs;
import dev.rustplan.journal.Journal;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanMeta;
import dev.rustplan.store.JournalStore.Change;
import dev.rustplan.store.json.JournalExport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `rustplan export --format md|json|csv|ics [--out FILE]`: the journal for other tools, or to keep,
 * and the plan's days for a calendar app.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan export --format md --out journal.md   the learning journal, to read or publish",
      "  rustplan export --format json > backup.json    everything, for rustplan import",
      "  rustplan export --format csv --out days.csv    one row per day, for a spreadsheet",
      "  rustplan export --format ics --out plan.ics    the days as all-day events, for a calendar app",
      "  rustplan export --format ics --at 07:30 --alarm 10 --out plan.ics",
      "      the days at 7:30, each with a reminder at 7:20"
    },
    description = {
      "Export the journal: md is the learning journal (a section per day with notes, in the layout of the plan's"
          + " daily template); json is the whole journal as a versioned document that rustplan import takes back;"
          + " csv is one row per day for a spreadsheet; ics puts the plan's days in a calendar app.",
      "%nics: an event a day (RFC 5545), titled Day N: Topic, with the activity and the resources in its description;"
          + " on the date it was done (marked \u2713) or skipped (marked (skipped)), else on its scheduled date."
          + " All-day events, or with --at timed ones. Import the file again after a reschedule and the events move:"
          + " their UIDs stay and their SEQUENCE grows.",
      "%nPrinted, or with --out written to FILE all at once; an existing FILE is never overwritten without --force."
    })
public final class ExportCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = Formats.class,
      description = "md, json, csv or ics.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of printing (its folder is created).")
  Path out;

  @Option(names = "--force", description = "With --out: overwrite FILE if it exists.")
  boolean force;

  @Option(names = "--at", paramLabel = "HH:MM",
      description = "ics: events at this time of day, in your time zone, instead of all-day ones.")
  String at;

  @Option(names = "--duration", paramLabel = "MIN",
      description = "ics, with --at: how long each event lasts, in minutes (default: the day's budget, its upper end).")
  String duration;

  @Option(names = "--alarm", paramLabel = "MIN",
      description = "ics: a reminder MIN minutes before each day still to do (before midnight for all-day events).")
  String alarm;

  /** The most minutes before an event a reminder may come: a week. */
  static final int MOST_ALARM = 7 * 24 * 60;

  /** The formats, as shell completion and the usage error for a missing --format offer them. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("md", "json", "csv", "ics").iterator();
    }
  }

  @Override
  public void run() {
    String chosen = format.strip().toLowerCase(Locale.ROOT);
    if (!chosen.equals("md") && !chosen.equals("json") && !chosen.equals("csv") && !chosen.equals("ics")) {
      throw RustplanException.usage("--format must be md, json, csv or ics, got '" + format + "'");
    }
    if (force && out == null) {
      throw RustplanException.usage("--force only applies with --out FILE (printing never overwrites anything)");
    }
    if (chosen.equals("ics")) {
      calendar(options());
      return;
    }
    for (String[] option : new String[][] {{"--at", at}, {"--duration", duration}, {"--alarm", alarm}}) {
      if (option[1] != null) {
        throw RustplanException.usage(option[0] + " only applies with --format ics (calendar events), got --format "
            + chosen);
      }
    }
    Journal journal = root.store().read();
    LocalDate today = LocalDate.now(root.clock());
    Plan plan = chosen.equals("json") ? null : root.plan();
    PrintWriter printed = spec.commandLine().getOut();
    // Streamed, never one String or byte array of the whole: a 50 MB journal exports in a 256 MB heap.
    if (out == null) {
      try {
        render(chosen, plan, journal, today, printed);
      } catch (IOException e) {
        throw new UncheckedIOException("a PrintWriter never throws", e);
      }
      return;
    }
    Path file = ExportFile.write(out, bytes -> {
      Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
      render(chosen, plan, journal, today, text);
      text.flush();
    }, force);
    printed.print(TextWrap.fill("Exported the journal (" + chosen + ") to " + TextWrap.visible(file.toString()), root.width()));
  }

  /** --at, --duration and --alarm read, each fault named in one line with what is allowed. */
  private PlanIcs.Options options() {
    if (duration != null && at == null) {
      throw RustplanException.usage("--duration only applies with --at HH:MM: all-day events last the whole day");
    }
    LocalTime time = at == null ? null : timeOfDay(at);
    Integer minutes = duration == null ? null : minutes("--duration", duration, PlanMeta.Budget.MOST, " (one day)");
    Integer before = alarm == null ? null : minutes("--alarm", alarm, MOST_ALARM, " (a week)");
    return new PlanIcs.Options(time, minutes, before, root.env().zone(), root.clock().instant());
  }

  private static LocalTime timeOfDay(String value) {
    String v = value.strip();
    if (v.matches("\\d{1,2}:\\d{2}")) {
      int colon = v.indexOf(':');
      int hour = Integer.parseInt(v.substring(0, colon));
      int minute = Integer.parseInt(v.substring(colon + 1));
      if (hour <= 23 && minute <= 59) {
        return LocalTime.of(hour, minute);
      }
    }
    throw RustplanException.usage("--at must be a time of day as HH:MM, from 00:00 to 23:59, got '" + value + "'");
  }

  private static int minutes(String option, String value, int most, String what) {
    String v = value.strip();
    if (v.matches("\\d{1,5}")) {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= most) {
        return n;
      }
    }
    throw RustplanException.usage(
        option + " must be a whole number of minutes from 1 to " + most + what + ", got '" + value + "'");
  }

  /**
   * The plan's days as a calendar. The journal's lock is held while the events' sequences are read
   * and moved on, so that two exports at once never hand out one SEQUENCE for two versions of an
   * event; the sequences are kept before the export is written (a number kept but never seen does
   * no harm, one seen but not kept would); printing waits until the lock is let go, since a pager
   * may read slowly.
   */
  private void calendar(PlanIcs.Options options) {
    Plan plan = root.plan();
    LocalDate today = LocalDate.now(root.clock());
    Path home = root.env().home();
    Change<Object> written = root.store().change(journal -> {
      EventSequences sequences = EventSequences.read(home);
      String ics = PlanIcs.render(plan, journal.plan(plan.id()), today, options, sequences);
      sequences.save();
      Object result = out == null ? ics : ExportFile.write(out, ics.getBytes(StandardCharsets.UTF_8), force);
      return new Change<>(journal, result);
    });
    PrintWriter printed = spec.commandLine().getOut();
    if (written.result() instanceof Path file) {
      printed.print(TextWrap.fill("Exported the plan's " + plan.dayCount() + " days as calendar events (ics) to "
          + TextWrap.visible(file.toString()), root.width()));
    } else {
      printed.print(written.result());
    }
  }

  /** The export in the chosen format, written to text as it is made; md and csv need the plan, json is the journal alone. */
  private void render(String chosen, Plan plan, Journal journal, LocalDate today, Writer text) throws IOException {
    switch (chosen) {
      case "json" -> JournalExport.write(journal, today, text);
      case "md" -> JournalMarkdown.render(plan, journal.plan(plan.id()), root.clock(), text);
      default -> text.write(JournalCsv.render(plan, journal.plan(plan.id())));
    }
  }
}
