package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import dev.rustplan.files.Private;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.note.NoteFormatException;
import dev.rustplan.note.NoteParser;
import dev.rustplan.store.JournalFault;
import dev.rustplan.store.json.JournalReader;
import dev.rustplan.store.json.JournalWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The private files `log --edit` opens in the editor, $RUSTPLAN_HOME/drafts/day-N-RANDOM.md (0600
 * in a 0700 folder), each with a companion day-N-RANDOM.base.json that holds the plan and the notes
 * it was written from, so that a draft opened again later is merged with what was logged meanwhile.
 */
public final class Drafts {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern DRAFT = Pattern.compile("day-([1-9][0-9]{0,5})-([0-9a-f]{16})\\.md");
  private static final Pattern BASE = Pattern.compile("(day-[1-9][0-9]{0,5}-[0-9a-f]{16})\\.base\\.json");
  private static final String PRIVATE = "rw-------";

  /**
   * A draft: its file, the day it is for, and what its companion file says, when it can be read:
   * the id of the plan and the day's notes it was written from. Drafts of older versions have none.
   */
  public record Draft(Path file, int day, Optional<String> plan, Optional<Notes> base) {

    Path baseFile() {
      return baseOf(file);
    }
  }

  private Drafts() {}

  public static Path folder(Path home) {
    return home.resolve("drafts");
  }

  /** A new draft of the day holding text, written from base, the day's notes in the plan's journal now. */
  static Draft create(Path home, String plan, int day, String text, Notes base) {
    Path folder = folder(home);
    byte[] name = new byte[8];
    RANDOM.nextBytes(name);
    Path draft = folder.resolve("day-" + day + "-" + HexFormat.of().formatHex(name) + ".md");
    byte[] companion = JournalWriter.write(
        Journal.EMPTY.withPlan(plan, PlanJournal.EMPTY.withDay(day, DayEntry.TODO.withNotes(base))));
    try {
      Private.createFolders(folder);
      // Never over an existing file (the move refuses one), and the draft before its companion: a
      // process killed in between leaves a draft whose base is unknown, which is merged safely all
      // the same (see NoteEditor), and a companion is never there without its draft but when the
      // learner deleted the draft, which makes it safe to sweep.
      AtomicFile.system().write(draft, text.getBytes(StandardCharsets.UTF_8), false, PRIVATE);
      AtomicFile.system().write(baseOf(draft), companion, false, PRIVATE);
      return new Draft(draft, day, Optional.of(plan), Optional.of(base));
    } catch (IOException e) {
      deleteQuietly(draft);
      throw RustplanException.failure("cannot write the note to edit in " + folder + ": " + e.getMessage()
          + "; nothing was changed", e);
    }
  }

  /** Every draft in the folder, newest first (by the time it was last written). */
  public static List<Draft> all(Path home) throws IOException {
    Path folder = folder(home);
    List<Draft> drafts = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return drafts;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        // Names compared as strings: AtomicFile's temporary files (NAME.md.HEX.tmp) do not match.
        Matcher m = DRAFT.matcher(entry.getFileName().toString());
        if (m.matches() && Files.isRegularFile(entry)) {
          drafts.add(read(entry, Integer.parseInt(m.group(1))));
        }
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    drafts.sort(Comparator.comparing(Drafts::written).reversed().thenComparing(d -> d.file().getFileName().toString()));
    return drafts;
  }

  /**
   * The newest draft of this day of this plan that holds something new, for `log --edit` to open
   * again. Drafts of that day that hold nothing new are removed on the way (see
   * {@link #holdsNothingNew}), and so are companion files whose draft the learner deleted.
   */
  static Optional<Draft> latest(Path home, String plan, int day, Notes current, LocalDate today) {
    List<Draft> drafts;
    try {
      drafts = all(home);
    } catch (IOException e) {
      throw RustplanException.failure("cannot list the drafts in " + folder(home) + ": " + e.getMessage()
          + "; nothing was changed", e);
    }
    removeLoneCompanions(folder(home));
    for (Draft draft : drafts) {
      if (draft.day() != day || !draft.plan().map(plan::equals).orElse(true)) {
        continue;
      }
      Optional<String> text = text(draft);
      if (text.isPresent() && !holdsNothingNew(draft, text.get(), current, today)) {
        return Optional.of(draft);
      }
      delete(draft);
    }
    return Optional.empty();
  }

  /** The draft's text; empty when the file is gone. One that cannot be read is an error, never taken as gone. */
  static Optional<String> text(Draft draft) {
    try {
      return Optional.of(Files.readString(draft.file(), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw RustplanException.failure("cannot read the draft " + draft.file() + ": " + e.getMessage()
          + "; nothing was changed", e);
    }
  }

  /**
   * Whether the draft's text holds nothing that is not in the journal already, so that removing it
   * loses nothing: it is blank, or it reads back as the day's notes are now ({@code current}), or as
   * the notes it was written from (it was written and never saved by the learner: rustplan or the
   * editor was killed). The comparison is of the notes the text reads back as, not of the text
   * itself with {@code NoteDocument.render} of the notes: an editor that changes a line end, or a
   * topic renamed in the plan, must not make an untouched draft look like the learner's typing. A
   * text that cannot be read back always holds something new.
   */
  public static boolean holdsNothingNew(Draft draft, String text, Notes current, LocalDate today) {
    if (text.isBlank()) {
      return true;
    }
    try {
      return NoteParser.parse(text, current, today).equals(current)
          || draft.base().map(base -> NoteParser.parse(text, base, today).equals(base)).orElse(false);
    } catch (NoteFormatException e) {
      return false;
    }
  }

  /**
   * The drafts that hold something new (see {@link #holdsNothingNew}), for `doctor`: a draft's notes
   * are those of the plan its companion names, else of {@code activePlan}; a draft whose journal is
   * not known ({@code journal} or {@code activePlan} null) counts.
   */
  public static List<Draft> holdingSomethingNew(Path home, Journal journal, String activePlan, LocalDate today)
      throws IOException {
    List<Draft> kept = new ArrayList<>();
    for (Draft draft : all(home)) {
      Optional<String> plan = draft.plan().or(() -> Optional.ofNullable(activePlan));
      Optional<String> text;
      try {
        text = text(draft);
      } catch (RustplanException e) {
        kept.add(draft);
        continue;
      }
      if (text.isEmpty()) {
        continue;
      }
      if (journal == null || plan.isEmpty()
          || !holdsNothingNew(draft, text.get(), journal.plan(plan.get()).day(draft.day()).notes(), today)) {
        kept.add(draft);
      }
    }
    return kept;
  }

  /** Removes the draft, then its companion. */
  static void delete(Draft draft) {
    deleteQuietly(draft.file());
    deleteQuietly(draft.baseFile());
  }

  private static Draft read(Path file, int day) {
    Path base = baseOf(file);
    try {
      Journal companion = JournalReader.read(Files.readAllBytes(base));
      if (companion.plans().size() == 1) {
        var only = companion.plans().entrySet().iterator().next();
        return new Draft(file, day, Optional.of(only.getKey()), Optional.of(only.getValue().day(day).notes()));
      }
    } catch (IOException | JournalFault e) {
      // No companion, or one that cannot be read: the base is not known, and the merge copes (see NoteEditor).
    }
    return new Draft(file, day, Optional.empty(), Optional.empty());
  }

  private static FileTime written(Draft draft) {
    try {
      return Files.getLastModifiedTime(draft.file());
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** Companions of drafts the learner deleted by hand: they hold nothing a draft does not. */
  private static void removeLoneCompanions(Path folder) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        Matcher m = BASE.matcher(entry.getFileName().toString());
        if (m.matches() && !Files.exists(entry.resolveSibling(m.group(1) + ".md"))) {
          deleteQuietly(entry);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // A companion left over costs a few bytes and is never mistaken for a draft.
    }
  }

  private static Path baseOf(Path draft) {
    String name = draft.getFileName().toString();
    return draft.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".base.json");
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // What is left is the learner's own text, in their own private folder: harmless, and doctor names it.
    }
  }
}
