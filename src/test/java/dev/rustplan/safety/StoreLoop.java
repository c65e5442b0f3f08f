package dev.rustplan.safety;

import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.FileSteps;
import dev.rustplan.journal.JournalStore;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Unknown;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The process most kills of the kill test land in: logs note after note into HOME the way
 * `rustplan log 1 --learned "note K"` does once its arguments are parsed (the same notes, through
 * the same JournalStore change under the lock, history entry, backup and atomic move), and prints
 * K once note K is safe. It skips the command line's start-up, so a kill costs a fraction of a
 * second and lands in a write far more often. It stops by itself after 10,000 notes.
 */
public final class StoreLoop {

  private StoreLoop() {}

  public static void main(String[] args) {
    Path home = Path.of(args[0]);
    int first = Integer.parseInt(args[1]);
    String plan = args[2];
    LocalDate today = LocalDate.parse(args[3]);
    for (int k = first; k < first + 10_000; k++) {
      Notes note = new Notes(List.of("note " + k), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          Unknown.NONE).withSession(today, 0);
      new JournalStore(home, FileSteps.system(), Clock.systemUTC(), "log 1 --learned 'note " + k + "'")
          .update(j -> j.withPlan(plan, DayChanges.log(j.plan(plan), 1, note)));
      System.out.println(k);
      System.out.flush();
    }
  }
}
