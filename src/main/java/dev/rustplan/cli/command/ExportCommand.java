package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.export.ExportFile;
import dev.rustplan.export.JournalCsv;
import dev.rustplan.export.JournalMarkdown;
import dev.rustplan.journal.Journal;
import dev.rustplan.plan.Plan;
import dev.rustplan.store.json.JournalExport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan export --format md|json|csv [--out FILE]`: the journal for other tools, or to keep. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan export --format md --out journal.md   the learning journal, to read or publish",
      "  rustplan export --format json > backup.json    everything, for rustplan import",
      "  rustplan export --format csv --out days.csv    one row per day, for a spreadsheet"
    },
    description = {
      "Export the journal: md is the learning journal (a section per day with notes, in the layout of the plan's"
          + " daily template); json is the whole journal as a versioned document that rustplan import takes back;"
          + " csv is one row per day for a spreadsheet.",
      "%nPrinted, or with --out written to FILE all at once; an existing FILE is never overwritten without --force."
    })
public final class ExportCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = Formats.class,
      description = "md, json or csv.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of printing (its folder is created).")
  Path out;

  @Option(names = "--force", description = "With --out: overwrite FILE if it exists.")
  boolean force;

  /** The formats, as shell completion and the usage error for a missing --format offer them. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("md", "json", "csv").iterator();
    }
  }

  @Override
  public void run() {
    String chosen = format.strip().toLowerCase(Locale.ROOT);
    if (!chosen.equals("md") && !chosen.equals("json") && !chosen.equals("csv")) {
      throw RustplanException.usage("--format must be md, json or csv, got '" + format + "'");
    }
    if (force && out == null) {
      throw RustplanException.usage("--force only applies with --out FILE (printing never overwrites anything)");
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

  /** The export in the chosen format, written to text as it is made; md and csv need the plan, json is the journal alone. */
  private void render(String chosen, Plan plan, Journal journal, LocalDate today, Writer text) throws IOException {
    switch (chosen) {
      case "json" -> JournalExport.write(journal, today, text);
      case "md" -> JournalMarkdown.render(plan, journal.plan(plan.id()), root.clock(), text);
      default -> text.write(JournalCsv.render(plan, journal.plan(plan.id())));
    }
  }
}
