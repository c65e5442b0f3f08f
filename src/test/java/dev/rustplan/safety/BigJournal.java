package dev.rustplan.safety;

import dev.rustplan.files.Private;
import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import dev.rustplan.journal.Unknown;
import dev.rustplan.store.JournalStore;
import dev.rustplan.store.json.JournalWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Journals of a chosen size for the big-journal tests: 100 days of notes and code in many scripts.
 * Every note holds characters beyond Latin-1, so that Java keeps each as two bytes a character:
 * the most memory a journal of that size can take as records.
 */
final class BigJournal {

  static final String PLAN = "100-days-of-rust";

  private BigJournal() {}

  /** The first day not done yet: today's day, when the plan started 59 days ago. */
  static final int TODAY = 60;

  /** About this many bytes of journal (within a few percent), the plan started on started, every day logged. */
  static Journal of(long bytes, LocalDate started) {
    Random random = new Random(bytes);
    long perDay = bytes / 100;
    PlanJournal plan = PlanJournal.EMPTY.withStarted(started);
    for (int day = 1; day <= 100; day++) {
      List<String> learned = new ArrayList<>();
      List<CodeSnippet> code = new ArrayList<>();
      // A note of 1,000 characters takes about 1,300 bytes as JSON (the scripts' UTF-8, escapes, indents).
      for (long size = 0; size < perDay; size += 2 * 1300) {
        learned.add(day + "." + learned.size() + " " + BigInputTest.text(random, 1000));
        code.add(new CodeSnippet("rust", "// day " + day + "\nfn main() {\n    let s = \"" + BigInputTest.text(random, 980)
            + "\";\n}\n"));
      }
      Notes notes = new Notes(learned, code, List.of("Why day " + day + "?"), List.of("RfR Ch. 1"),
          List.of(new Session(started.plusDays(day - 1), 40)), List.of("🦀 " + day), List.of(), Unknown.NONE);
      DayEntry entry = day < TODAY ? DayEntry.TODO.withStatus(Status.DONE, started.plusDays(day - 1))
          : DayEntry.TODO.withStatus(Status.DOING, null);
      plan = plan.withDay(day, entry.withNotes(notes));
    }
    return Journal.EMPTY.withPlan(PLAN, plan);
  }

  /** Writes the journal as home's progress.json, as rustplan writes it (private), with no history yet; returns the file. */
  static Path write(Path home, Journal journal) throws IOException {
    Private.createFolders(home);
    Path file = home.resolve(JournalStore.FILE_NAME);
    try (OutputStream out = Channels.newOutputStream(Private.createFile(file))) {
      JournalWriter.write(journal, out);
    }
    return file;
  }
}
