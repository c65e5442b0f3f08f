package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.startup.LauncherProperties;
import dev.rustplan.sync.Sync;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan sync` and `rustplan sync init [REMOTE]`: the journal kept in step between machines with git. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    subcommands = SyncCommand.Init.class,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan sync init git@github.com:me/rustplan-journal.git   on each machine, once",
      "  rustplan sync                                               after studying, and before, elsewhere",
      "  rustplan sync init                                          a history of the journal here only"
    },
    description = {
      "Commit the journal's changes with git, merge what the other machine pushed, and push.",
      "%nThe commit names the commands that made the changes (rustplan: log 12, done 12). Git merges"
          + " progress.json with rustplan itself (rustplan merge-driver, set up by sync init): notes logged on either"
          + " machine are kept once, a day's status moves forward, minutes of the same date add up. What both"
          + " machines changed differently (a setting, say) keeps this machine's value, and the other's journal is"
          + " kept beside it as progress.json.theirs-DATE; the journal never gets conflict markers. With no remote,"
          + " sync only commits. `rustplan undo` afterwards still takes back your own last change and keeps what"
          + " came in."
    })
public final class SyncCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    Sync.Synced synced = sync().sync();
    List<String> lines = new ArrayList<>();
    lines.add(synced.committed() == null ? "Nothing new to commit." : "Committed: " + synced.committed() + ".");
    if (synced.remote() == null) {
      lines.add("No remote set, so the journal's history is kept here only; add one with "
          + Voice.command("sync init REMOTE") + ".");
    }
    if (synced.remote() != null) {
      lines.add(synced.merged() == null ? "Nothing new from " + synced.remote() + "."
          : "Merged from " + synced.remote() + (synced.merged().isEmpty() ? "." : ": " + synced.merged() + "."));
      if (!synced.conflicts().isEmpty()) {
        lines.add(Voice.WARNING + " Changed differently on both machines: " + String.join(", ", synced.conflicts())
            + "; this machine's is kept" + (synced.theirs() == null ? "" : ", and the other's journal is kept as "
            + synced.theirs()) + " to compare.");
      }
      lines.add(synced.pushed() == null ? "Nothing to push." : "Pushed to " + synced.pushed() + ".");
    }
    print(spec, root, lines);
  }

  Sync sync() {
    return new Sync(root.store(), root.env().home(), root.env().vars(), rustplanCommand(), root.clock());
  }

  static void print(CommandSpec spec, RootCommand root, List<String> lines) {
    PrintWriter out = spec.commandLine().getOut();
    lines.forEach(line -> out.print(TextWrap.fill(TextWrap.visible(line), root.width())));
  }

  /**
   * The shell command that starts this rustplan, for git to run as the merge driver: the launcher
   * that started it (it says so), else this very JVM with this class path (`java -jar`, a test).
   */
  static String rustplanCommand() {
    String launcher = System.getProperty(LauncherProperties.LAUNCHER);
    if (launcher != null && !launcher.isBlank()) {
      return quoted(launcher);
    }
    String java = ProcessHandle.current().info().command()
        .orElse(System.getProperty("java.home") + "/bin/java");
    return quoted(java) + " -cp " + quoted(System.getProperty("java.class.path")) + " dev.rustplan.cli.Main";
  }

  /** A word for sh -c, which is how git runs a merge driver. */
  static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** `rustplan sync init [REMOTE]`. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExamples:%n",
      footer = {
        "  rustplan sync init git@github.com:me/rustplan-journal.git",
        "  rustplan sync init ~/Dropbox/rustplan.git                  a bare repository (git init --bare) anywhere",
        "  rustplan sync init                                         no remote: commits only"
      },
      description = {
        "Make the data folder a git repository for syncing (or use the one it is in), with rustplan as the merge"
            + " driver of progress.json.",
        "%nOnly the journal travels: a .gitignore keeps its lock, temporary files, backup and undo history on this"
            + " machine, .gitattributes and the repository's git config (merge.rustplan.driver) let git merge it"
            + " with rustplan. On a machine with no journal yet, the journal comes from REMOTE; where both have one,"
            + " the first rustplan sync merges them. Commits use git's user.name and user.email."
      })
  public static final class Init implements Runnable {

    @ParentCommand SyncCommand sync;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REMOTE",
        description = "The remote repository (a URL or path git can push to), added as origin.")
    String remote;

    @Override
    public void run() {
      Sync.Initialized done = sync.sync().init(remote);
      List<String> lines = new ArrayList<>();
      lines.add((done.created() ? "Made " + done.repository() + " a git repository" : "Using the git repository "
          + done.repository()) + " for the journal: only progress.json travels; its lock, backup and undo history"
          + " stay here.");
      lines.add("Git merges progress.json with " + Voice.command("merge-driver") + " (set in .gitattributes and "
          + done.repository().resolve(".git").resolve("config") + ").");
      if (done.remote() == null) {
        lines.add("No remote: " + Voice.command("sync") + " commits the journal's changes here; add a remote with "
            + Voice.command("sync init REMOTE") + ".");
      } else {
        String where = done.remote() + " (" + done.branch() + ")";
        if (done.tookJournal()) {
          lines.add("Took the journal from " + where + ".");
        }
        if (done.pushed()) {
          lines.add("Pushed the journal to " + where + ".");
        }
        if (done.diverged()) {
          lines.add("This machine and " + where + " each have a journal: " + Voice.command("sync") + " merges them.");
        }
        lines.add("Next: " + Voice.command("sync") + " after studying, on each machine.");
      }
      print(spec, sync.root, lines);
    }
  }
}
