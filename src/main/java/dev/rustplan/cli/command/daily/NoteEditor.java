package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.command.daily.Drafts.Draft;
import dev.rustplan.cli.text.NotesSummary;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.NoteMerge;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.note.NoteDocument;
import dev.rustplan.note.NoteFormatException;
import dev.rustplan.note.NoteOverlap;
import dev.rustplan.note.NoteParser;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * `log --edit`: writes the day's note in the template's layout to a private draft file (or opens
 * again the draft an earlier edit of the day left), runs the learner's editor on it, and reads it
 * back. A draft is removed only once its content is safe in the journal, or when it holds nothing
 * the journal lacks; otherwise its path is printed, so no typing is lost.
 */
public final class NoteEditor {

  /** The status the shell gives a process killed by SIGINT (128 + 2), and rustplan's own for Ctrl-C. */
  private static final int INTERRUPTED = 130;

  private final RootCommand root;
  private final PrintWriter out;

  NoteEditor(RootCommand root, PrintWriter out) {
    this.root = root;
    this.out = out;
  }

  void edit(Plan plan, Day day, PlanJournal progress, LocalDate today, boolean fresh) {
    DayChanges.requireStarted(progress);
    int number = day.number();
    Notes current = progress.day(number).notes();
    String text = NoteDocument.render(number, day.topic(), current);
    Optional<Draft> kept = Drafts.latest(root.env().home(), plan.id(), number, current, today);
    boolean reopened = kept.isPresent() && !fresh;
    // With --fresh the earlier draft goes once the new edit is settled: saved, kept as a draft in
    // its turn, or given up by the learner (an unchanged or emptied buffer); never when the editor failed.
    Optional<Draft> replaced = fresh ? kept : Optional.empty();
    Draft draft;
    if (reopened) {
      draft = kept.get();
      out.println("Opening day " + number + "'s draft, kept from an edit that was not saved: " + draft.file()
          + " (what it says when you quit is saved; `rustplan log " + number + " --edit --fresh` starts over"
          + " from the journal's note).");
      out.flush();
    } else {
      draft = Drafts.create(root.env().home(), plan.id(), number, text, current);
    }
    String buffer = runEditor(draft, current, today);
    if (buffer.isBlank()) {
      settled(draft, replaced, "The note was emptied", day);
      return;
    }
    // A reopened draft unchanged is still the learner's text, which the earlier edit was meant to save.
    if (!reopened && buffer.equals(text)) {
      settled(draft, replaced, "The note is unchanged", day);
      return;
    }
    // What the edit started from: the notes the draft was written from, which its companion file
    // keeps, so that whatever was logged to the day since the draft was written is merged, not
    // overwritten (the editor may have been open for long, or the draft kept for days). A draft
    // whose companion is missing (left by an older rustplan) is read against the notes as they are,
    // and merged from what both have in common: everything it holds is kept, everything logged
    // meanwhile stays, and what the learner deleted in it comes back rather than something being lost.
    Notes before = draft.base().orElse(current);
    Notes edited;
    try {
      edited = readBack(buffer, before, today, draft.file());
    } catch (RustplanException e) {
      replaced.ifPresent(Drafts::delete);
      throw new RustplanException(e.exitCode(), e.getMessage() + " (`rustplan log " + number + " --edit` opens it"
          + " again)", e);
    }
    Notes original = draft.base().orElseGet(() -> NoteOverlap.common(current, edited));
    if (NoteMerge.apply(current, original, edited).equals(current)) {
      settled(draft, replaced, "The note says what it said before", day);
      return;
    }
    PlanJournal after;
    try {
      after = root.store()
          .update(j -> j.withPlan(plan.id(), DayChanges.edit(j.plan(plan.id()), number, original, edited)))
          .plan(plan.id());
    } catch (RustplanException e) {
      replaced.ifPresent(Drafts::delete);
      throw new RustplanException(e.exitCode(), e.getMessage() + " (your text is kept in " + draft.file() + ")", e);
    }
    Drafts.delete(draft);
    replaced.ifPresent(this::removedEarlier);
    out.println("Saved your note for day " + number + " (" + day.topic() + ").");
    out.println("Day " + number + " now: " + NotesSummary.of(after.day(number).notes())
        + " · " + after.day(number).status().label() + ".");
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

  /** Nothing to save: the draft holds nothing the journal lacks, so it goes (and, with --fresh, the earlier one). */
  private void settled(Draft draft, Optional<Draft> replaced, String why, Day day) {
    Drafts.delete(draft);
    out.println(why + ": nothing changed for day " + day.number() + ".");
    replaced.ifPresent(this::removedEarlier);
  }

  private void removedEarlier(Draft earlier) {
    Drafts.delete(earlier);
    out.println("Removed the draft of an earlier edit, " + earlier.file() + ", as --fresh asks.");
  }

  /**
   * How to start the editor on the file: a plain command (a name or a path, no spaces or shell
   * syntax: "vim", "notepad", "C:\\Tools\\edit.exe") is started directly, so that it works on a
   * machine without sh (Windows); anything else ("code --wait") goes through sh, as a shell would run it.
   */
  static ProcessBuilder command(String editor, String file) {
    if (editor.matches("[\\w./:\\\\+-]+")) {
      return new ProcessBuilder(editor, file);
    }
    return new ProcessBuilder("sh", "-c", editor + " \"$1\"", "sh", file);
  }

  /**
   * Runs $VISUAL, else $EDITOR, else vi, through the shell so that "code --wait" works too, and
   * returns what it left in the draft. An editor that fails, is interrupted or cannot start changes
   * nothing, and takes the draft with it unless the draft holds something new (the learner saved
   * typing before the editor failed, or it was reopened): then the message names it.
   */
  private String runEditor(Draft draft, Notes current, LocalDate today) {
    String editor = root.env().get("VISUAL").or(() -> root.env().get("EDITOR")).orElse("vi");
    ProcessBuilder builder = command(editor, draft.file().toString()).inheritIO();
    // Ctrl-C at the terminal reaches this JVM too (an editor in raw mode never sees it as a signal,
    // but "code --wait" and the like do), and the JVM then exits without returning here: the hook
    // gives the draft the same end as an editor that failed.
    Thread onExit = new Thread(() -> removeIfNothingNew(draft, current, today), "rustplan-draft");
    boolean hooked = hook(onExit);
    int status;
    try {
      status = builder.start().waitFor();
    } catch (IOException e) {
      throw abandoned(draft, current, today, RustplanException.FAILURE, "cannot start the editor '" + editor
          + "': " + e.getMessage() + "; set VISUAL or EDITOR to your editor", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw abandoned(draft, current, today, INTERRUPTED, "interrupted while the editor was open", e);
    } finally {
      if (hooked) {
        unhook(onExit);
      }
    }
    if (status == INTERRUPTED) {
      throw abandoned(draft, current, today, INTERRUPTED, "the editor '" + editor + "' was interrupted (Ctrl-C)", null);
    }
    if (status != 0) {
      throw abandoned(draft, current, today, RustplanException.FAILURE, "the editor '" + editor
          + "' exited with status " + status, null);
    }
    try {
      return Files.readString(draft.file(), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return ""; // the editor removed the file: nothing to keep, as for an emptied one
    } catch (IOException e) {
      throw RustplanException.failure("cannot read the note back from " + draft.file() + ": " + e.getMessage()
          + "; nothing was changed", e);
    }
  }

  private RustplanException abandoned(Draft draft, Notes current, LocalDate today, int exit, String what, Throwable cause) {
    boolean kept = !removeIfNothingNew(draft, current, today);
    return new RustplanException(exit, what + "; nothing was changed" + (kept ? " and your text is kept in "
        + draft.file() + " (`rustplan log " + draft.day() + " --edit` opens it again)" : ""), cause);
  }

  /** Removes the draft if it holds nothing the journal lacks; false when it is kept. */
  private static boolean removeIfNothingNew(Draft draft, Notes current, LocalDate today) {
    Optional<String> text;
    try {
      text = Drafts.text(draft);
    } catch (RuntimeException e) {
      return false; // cannot be read, so cannot be judged: kept
    }
    if (text.isEmpty() || Drafts.holdsNothingNew(draft, text.get(), current, today)) {
      Drafts.delete(draft);
      return true;
    }
    return false;
  }

  private static boolean hook(Thread onExit) {
    try {
      Runtime.getRuntime().addShutdownHook(onExit);
      return true;
    } catch (IllegalStateException e) {
      return false; // already shutting down: the editor is not started either
    }
  }

  private static void unhook(Thread onExit) {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // Shutting down: the hook is running or has run, and the JVM ends with it.
    }
  }
}
