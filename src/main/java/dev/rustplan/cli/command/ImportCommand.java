package dev.rustplan.cli.command;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.journal.ImportReport;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.JournalMerge;
import dev.rustplan.store.JournalStore;
import dev.rustplan.store.json.JournalExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan import FILE`: merges a json export into the journal, adding only what is not there yet. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan import backup.json                          merge an export into this journal",
      "  ssh laptop rustplan export --format json | rustplan import -"
    },
    description = {
      "Merge a journal exported with rustplan export --format json (or a progress.json) into yours, and say what"
          + " was added.",
      "%nNothing already in your journal is replaced or added twice: importing the same file again adds nothing."
          + " Notes are added where yours has fewer of the same text; a study session keeps the larger number of"
          + " minutes; a day's status only moves forward; a start date, review, practice project, blog post or setting"
          + " is taken only where yours has none."
    })
public final class ImportCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The export to import, or - for stdin.")
  String file;

  @Override
  public void run() {
    // The file is read and checked before the lock is taken: a bad file stops here, with nothing written.
    Journal imported = JournalExport.read(bytes(), file.equals("-") ? "stdin" : file);
    ImportReport report = root.store().change(journal -> {
      JournalMerge.Merged merged = JournalMerge.of(journal, imported);
      return new JournalStore.Change<>(merged.journal(), merged.report());
    }).result();
    String name = file.equals("-") ? "stdin" : file;
    spec.commandLine().getOut().print(TextWrap.fill(TextWrap.visible(report.isEmpty()
        ? "Nothing to import: everything in " + name + " is already in your journal."
        : "Imported from " + name + ": " + report.summary() + "."), root.width()));
  }

  private byte[] bytes() {
    try {
      if (file.equals("-")) {
        return root.env().in().readAllBytes();
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw RustplanException.usage(file + " is a folder; give the file that rustplan export --format json wrote");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw RustplanException.usage(file + ": no such file; give the file that rustplan export --format json wrote");
    } catch (IOException e) {
      throw RustplanException.failure("cannot read " + file + ": " + IoReason.of(e), e);
    }
  }
}
