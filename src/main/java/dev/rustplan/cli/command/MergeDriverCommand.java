package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.sync.MergeDriver;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `rustplan merge-driver BASE OURS THEIRS`: the merge git runs for progress.json (plumbing, set up
 * by `sync init`, and hidden from help and completion: the learner never types it).
 */
@Command(
    name = "merge-driver",
    hidden = true,
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan merge-driver base.json mine.json theirs.json                merge theirs into mine.json",
      "  git config merge.rustplan.driver 'rustplan merge-driver %%O %%A %%B'   what rustplan sync init sets"
    },
    description = {
      "Merge three versions of a journal, as git asks of a merge driver (plumbing for sync): what changed from BASE to THEIRS is applied to OURS, which"
          + " is replaced (atomically) by the result; exit 0.",
      "%nNotes added on either side are kept once, in order; a note removed on one side and untouched on the other"
          + " is removed; minutes of the same date add up; any other value takes the side that changed it, and where"
          + " both changed it differently import's rules decide (a status moves forward, else OURS is kept), named"
          + " in one line on stderr. A file that is not a journal: one line on stderr, exit 1, OURS untouched"
          + " (git then reports a conflict and keeps the file). An empty file is an empty journal."
    })
public final class MergeDriverCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor's journal (git's %%O).")
  Path base;

  @Parameters(index = "1", paramLabel = "OURS", description = "This side's journal, replaced by the merge (%%A).")
  Path ours;

  @Parameters(index = "2", paramLabel = "THEIRS", description = "The other side's journal (%%B).")
  Path theirs;

  @Override
  public void run() {
    List<String> conflicts = MergeDriver.merge(base, ours, theirs);
    if (!conflicts.isEmpty()) {
      spec.commandLine().getErr().println("rustplan merge-driver: changed differently on both sides, ours kept: "
          + String.join(", ", conflicts));
    }
  }
}
