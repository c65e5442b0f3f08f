package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.blog.Setting;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.VersionProvider;
import dev.rustplan.cli.command.daily.Drafts;
import dev.rustplan.cli.text.Plural;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.load.PlanReport;
import dev.rustplan.startup.LauncherProperties;
import dev.rustplan.startup.StartupArchive;
import dev.rustplan.store.StoreReport;
import dev.rustplan.store.Undo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan doctor`: checks the installation and the data, one line each, ready to paste into a bug report. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan doctor",
      "  rustplan doctor || echo \"see the FAIL lines\""
    },
    description = {
      "Check the installation and your data, one line each, ready to paste into a bug report.",
      "%nChecks Java, the plan, the journal, its lock, backup and undo history, their privacy, the settings"
          + " and the start-up archive. A line marked FAIL says how to fix it. Changes nothing."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:nothing is wrong", "1:something is wrong (see the FAIL lines)"})
public final class DoctorCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  /** One line of the report: ok, FAIL (with a fix) or info. */
  private record Line(String status, String name, String text) {}

  private final List<Line> lines = new ArrayList<>();

  @Override
  public Integer call() {
    rustplan();
    plan();
    data(StoreReport.of(root.env().home()));
    archive();
    PrintWriter out = spec.commandLine().getOut();
    out.println("rustplan doctor");
    lines.forEach(l -> out.printf(Locale.ROOT, "%-4s  %-9s %s%n", l.status(), l.name(), l.text()));
    long failures = lines.stream().filter(l -> l.status().equals("FAIL")).count();
    out.println(failures == 0 ? "No problems found." : Plural.of((int) failures, "problem") + ": see the FAIL lines, each says how to fix it.");
    return failures == 0 ? 0 : 1;
  }

  private void ok(String name, String text) {
    lines.add(new Line("ok", name, text));
  }

  private void info(String name, String text) {
    lines.add(new Line("info", name, text));
  }

  private void fail(String name, String text, String fix) {
    lines.add(new Line("FAIL", name, text + "; fix: " + fix));
  }

  private void rustplan() {
    String version;
    try {
      version = new VersionProvider().getVersion()[0];
    } catch (IOException e) {
      version = "rustplan (version unknown: " + e.getMessage() + ")";
    }
    ok("rustplan", version.replaceFirst("^rustplan ", ""));
    ok("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
        + System.getProperty("java.vendor") + ") at " + System.getProperty("java.home"));
    info("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
        + System.getProperty("os.arch") + "), default charset " + Charset.defaultCharset());
  }

  private void plan() {
    PlanReport report;
    try {
      report = root.planReport();
    } catch (RustplanException e) {
      fail("plan", e.getMessage(), "give an existing plan file with --plan or RUSTPLAN_PLAN, or unset both for the bundled plan");
      return;
    }
    String name = (report.source().isBundled() ? "bundled " : "") + report.source().name();
    String counts = Plural.orNo(report.errors().size(), "error") + ", " + Plural.orNo(report.warnings().size(), "warning");
    if (report.plan().isEmpty()) {
      fail("plan", name + ": " + counts, "see them with `rustplan plan check " + report.source().name() + "`");
      return;
    }
    Plan p = report.plan().get();
    ok("plan", name + ": " + Plural.shape(p.dayCount(), p.weeks().size(), p.phases().size()) + "; " + counts);
  }

  private void data(StoreReport r) {
    if (Files.exists(r.home()) && !Files.isDirectory(r.home())) {
      fail("home", r.home() + " is a file, not a folder", "set RUSTPLAN_HOME to a folder, or move the file out of the way");
    } else if (!Files.isDirectory(r.home())) {
      info("home", r.home() + " does not exist yet (the first change creates it)");
    } else {
      ok("home", r.home() + permissions(r.home()));
    }
    journal(r);
    if (r.lockHolder().isPresent()) {
      long pid = r.lockHolder().getAsLong();
      info("lock", r.lock() + ": held right now by " + (pid > 0 ? "process " + pid : "another process")
          + " (a write takes milliseconds; if this stays, that process is stuck)");
    } else {
      ok("lock", r.lock() + (Files.exists(r.lock()) ? ": free" : ": none yet (the first change creates it)"));
    }
    if (r.backupFault().isPresent()) {
      fail("backup", r.backupFault().get(), "it is only a backup; the next change replaces it");
    } else if (r.backupExists()) {
      ok("backup", r.backup() + ": parses, " + size(r.backupSize()));
    } else {
      info("backup", r.backup() + ": none yet (the second change makes one)");
    }
    history(r);
    if (r.leftovers().isEmpty()) {
      ok("leftovers", "no temporary files left behind");
    } else {
      info("leftovers", Plural.of(r.leftovers().size(), "temporary file") + " left by a write that was cut short ("
          + r.leftovers().get(0).getFileName() + "); the next change removes them");
    }
    if (r.shared().isEmpty()) {
      ok("privacy", "your data is readable by you alone");
    } else {
      String paths = r.shared().stream().map(Path::toString).collect(Collectors.joining(" "));
      fail("privacy", "others may read " + paths, "chmod go-rwx " + paths);
    }
    drafts(r);
    config(r.journal());
  }

  private void journal(StoreReport r) {
    String where = r.file().equals(r.target()) ? r.file().toString() : r.file() + " (a link to " + r.target() + ")";
    if (r.fault().isPresent()) {
      fail("journal", r.fault().get(), "`rustplan undo` puts back the version before the last change");
      return;
    }
    if (!r.exists()) {
      info("journal", where + " does not exist yet (`rustplan start` creates it)");
      return;
    }
    Journal j = r.journal();
    int days = j.plans().values().stream().mapToInt(DoctorCommand::daysWithProgress).sum();
    ok("journal", where + ": parses, schema " + j.schema() + ", " + Plural.of(j.plans().size(), "plan") + ", "
        + Plural.of(days, "day") + " with progress, " + size(r.size()) + permissions(r.target()));
  }

  private void history(StoreReport r) {
    // Its size against its bound (the larger of 32 MB and five times the journal's size; see Undo).
    String counts = r.undo() + " of the last " + Undo.KEPT + " changes to undo, " + r.redo() + " to redo ("
        + size(r.historyBytes()) + " of at most " + size(r.historyBudget()) + ")";
    if (r.damaged() != 0) {
      fail("history", r.history() + ": " + counts + "; " + (r.damaged() < 0 ? "the folder cannot be read"
          : Plural.of(r.damaged(), "entry") + " cannot be read"), "move " + r.history() + " aside; a new history starts with the next change");
    } else if (Files.exists(r.history()) && !Files.isDirectory(r.history())) {
      fail("history", r.history() + " is a file, not a folder, so no change can be saved",
          "move it out of the way; a new history starts with the next change");
    } else if (!Files.isDirectory(r.history())) {
      info("history", r.history() + ": none yet (each change is kept there for undo)");
    } else {
      ok("history", r.history() + ": " + counts);
    }
  }

  /**
   * Counts only the drafts that hold something the journal lacks: one that reads back as the day's
   * notes are now (a leftover of an edit cut short before the learner saved) is no news to report.
   */
  private void drafts(StoreReport r) {
    Path folder = Drafts.folder(r.home());
    String activePlan;
    try {
      activePlan = root.plan().id();
    } catch (RustplanException e) {
      activePlan = null; // reported under "plan"; drafts without a companion then count
    }
    List<Drafts.Draft> drafts;
    try {
      drafts = Drafts.holdingSomethingNew(r.home(), r.journal(), activePlan, LocalDate.now(root.clock()));
    } catch (IOException | RuntimeException e) {
      fail("drafts", "cannot list " + folder + ": " + e.getMessage(), "check the folder's permissions");
      return;
    }
    String days = drafts.stream().map(Drafts.Draft::day).distinct().sorted().map(String::valueOf)
        .collect(Collectors.joining(", "));
    info("drafts", drafts.isEmpty() ? "none kept" : Plural.of(drafts.size(), "note") + " kept from edits that could not"
        + " be saved, in " + folder + " (day" + (days.contains(",") ? "s " : " ") + days
        + "; `rustplan log DAY --edit` opens a day's draft again)");
  }

  private void config(Journal journal) {
    if (journal == null) {
      info("config", "no settings (they live in the journal)");
      return;
    }
    List<String> set = new ArrayList<>();
    boolean bad = false;
    for (Setting s : Setting.values()) {
      String value = journal.config().get(s.key());
      if (value == null) {
        continue;
      }
      try {
        s.check(value);
        set.add(s.key() + " " + value);
      } catch (RustplanException e) {
        bad = true;
        fail("config", s.key() + " " + value + ": " + e.getMessage(),
            "`rustplan config " + s.key() + " VALUE`, or `rustplan config --unset " + s.key() + "`");
      }
    }
    journal.config().keySet().stream().filter(k -> Setting.find(k).isEmpty())
        .forEach(k -> set.add(k + " (unknown to this version, kept)"));
    if (!bad || !set.isEmpty()) {
      ok("config", set.isEmpty() ? "no settings; the defaults apply" : String.join("; ", set));
    }
  }

  private void archive() {
    LauncherProperties launcher = LauncherProperties.system();
    if (launcher.archive() != null && StartupArchive.inUse(launcher) == null) {
      fail("archive", StartupArchive.describe(launcher), "rebuild with `mvn package`, or run with RUSTPLAN_CDS=off");
    } else {
      info("archive", StartupArchive.describe(launcher));
    }
  }

  private static int daysWithProgress(PlanJournal plan) {
    return (int) plan.days().values().stream().filter(d -> !d.isBlank()).count();
  }

  private static String permissions(Path path) {
    return dev.rustplan.files.Private.permissions(path).map(p -> " (" + p + ")").orElse("");
  }

  private static String size(long bytes) {
    return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
