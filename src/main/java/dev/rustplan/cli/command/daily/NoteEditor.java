package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.NotesSummary;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.note.NoteDocument;
import dev.rustplan.note.NoteFormatException;
import dev.rustplan.note.NoteParser;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * `log --edit`: writes the day's note in the template's layout to a private draft file, opens the
 * learner's editor on it, and reads it back. The draft is deleted only once its content is safe
 * in the journal (or there was nothing to keep); otherwise its path is printed, so no typing is lost.
 */
public final class NoteEditor {

  private final RootCommand root;
  private final PrintWriter out;

  NoteEditor(RootCommand root, PrintWriter out) {
    this.root = root;
    this.out = out;
  }

  void edit(Plan plan, Day day, PlanJournal progress, LocalDate today) {
    DayChanges.requireStarted(progress);
    Notes original = progress.day(day.number()).notes();
    String text = NoteDocument.render(day.number(), day.topic(), original);
    Path draft = Drafts.create(root.env().home(), day.number(), text);
    String buffer = runEditor(draft);
    String unchanged = buffer.isBlank() ? "The note was emptied" : buffer.equals(text) ? "The note is unchanged" : null;
    if (unchanged != null) {
      nothingChanged(draft, unchanged, day);
      return;
    }
    Notes edited = readBack(buffer, original, today, draft);
    if (edited.equals(original)) {
      nothingChanged(draft, "The note says what it said before", day);
      return;
    }
    PlanJournal after;
    try {
      after = root.store()
          .update(j -> j.withPlan(plan.id(), DayChanges.edit(j.plan(plan.id()), day.number(), original, edited)))
          .plan(plan.id());
    } catch (RustplanException e) {
      throw new RustplanException(e.exitCode(), e.getMessage() + " (your text is kept in " + draft + ")", e);
    }
    delete(draft);
    out.println("Saved your note for day " + day.number() + " (" + day.topic() + ").");
    out.println("Day " + day.number() + " now: " + NotesSummary.of(after.day(day.number()).notes())
        + " · " + after.day(day.number()).status().label() + ".");
  }

  /** The notes the edited buffer holds, or one line saying where it cannot be read and where the text is kept. */
  public static Notes readBack(String buffer, Notes original, LocalDate today, Path draft) {
    try {
      return NoteParser.parse(buffer, original, today);
    } catch (NoteFormatException e) {
      throw RustplanException.failure(
          "cannot read your note, line " + e.line() + ": " + e.getMessage() + "; nothing was changed and your"
              + " text is kept in " + draft);
    }
  }

  private void nothingChanged(Path draft, String why, Day day) {
    delete(draft);
    out.println(why + ": nothing changed for day " + day.number() + ".");
  }

  /** Runs $VISUAL, else $EDITOR, else vi, through the shell so that "code --wait" works too. */
  private String runEditor(Path draft) {
    String editor = root.env().get("VISUAL").or(() -> root.env().get("EDITOR")).orElse("vi");
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "sh", draft.toString()).inheritIO();
    int status;
    try {
      status = builder.start().waitFor();
    } catch (IOException e) {
      throw RustplanException.failure("cannot start the editor '" + editor + "': " + e.getMessage()
          + "; set VISUAL or EDITOR to your editor (the note template is in " + draft + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RustplanException.failure("interrupted while the editor was open; your text is kept in " + draft, e);
    }
    if (status != 0) {
      throw RustplanException.failure("the editor '" + editor + "' exited with status " + status
          + "; nothing was changed and your text is kept in " + draft);
    }
    try {
      return Files.readString(draft, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw RustplanException.failure("cannot read the note back from " + draft + ": " + e.getMessage()
          + "; nothing was changed", e);
    }
  }

  private static void delete(Path draft) {
    try {
      Files.deleteIfExists(draft);
    } catch (IOException e) {
      // A draft left behind is the learner's own text in their own folder: harmless.
    }
  }
}
