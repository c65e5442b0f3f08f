package dev.rustplan.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.files.FileSteps;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Unknown;
import dev.rustplan.store.JournalStore;
import dev.rustplan.store.StoreReport;
import dev.rustplan.store.Undo;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The undo history of a big journal stays within its bound (five times the journal's size, when
 * that is more than 32 MB) however many changes are made, keeping the newest changes that fit,
 * and those still undo and redo byte for byte. A 7 MB journal: big enough for the five times to be
 * the bound, small enough for its changes to take a few seconds.
 */
class HistoryBoundTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
  private static final int CHANGES = 7;

  @TempDir Path home;

  private JournalStore store(String label) {
    return new JournalStore(home, FileSteps.system(), CLOCK, label);
  }

  @Test
  void manyChangesToABigJournalKeepItsHistoryWithinFiveTimesItsSizeAndTheNewestStillUndoAndRedo() throws IOException {
    LocalDate started = LocalDate.parse(Rustplan.DEFAULT_TODAY).minusDays(BigJournal.TODAY - 1);
    Path file = BigJournal.write(home, BigJournal.of(7_000_000, started));
    List<String> states = new ArrayList<>(List.of(sha256(file)));
    for (int i = 1; i <= CHANGES; i++) {
      String note = "change " + i;
      store("rustplan log --learned '" + note + "'").update(j -> j.withPlan(BigJournal.PLAN, j.plan(BigJournal.PLAN)
          .withDay(BigJournal.TODAY, withNote(j.plan(BigJournal.PLAN).day(BigJournal.TODAY), note))));
      states.add(sha256(file));
      assertWithinBound();
    }
    StoreReport report = StoreReport.of(home);
    assertThat(report.historyBudget()).isEqualTo(5 * Files.size(file));
    // Each entry is one whole journal of about 7 MB: four fit in five times its size, at least (five, but
    // for the entries' headers); never all seven.
    int kept = report.undo();
    assertThat(kept).isBetween(4, 5);

    Undo undo = new Undo(store("rustplan undo"));
    for (int i = CHANGES; i > CHANGES - kept; i--) {
      Undo.Step step = undo.next(Undo.Direction.UNDO).orElseThrow();
      assertThat(step.label()).isEqualTo("rustplan log --learned 'change " + i + "'");
      assertThat(step.effects()).contains("day " + BigJournal.TODAY + ": remove learned \u201cchange " + i + "\u201d");
      undo.apply(step);
      assertThat(sha256(file)).as("after undoing change %d", i).isEqualTo(states.get(i - 1));
      assertWithinBound();
    }
    assertThat(undo.next(Undo.Direction.UNDO)).isEmpty();
    for (int i = CHANGES - kept + 1; i <= CHANGES; i++) {
      undo.apply(undo.next(Undo.Direction.REDO).orElseThrow());
      assertThat(sha256(file)).as("after redoing change %d", i).isEqualTo(states.get(i));
      assertWithinBound();
    }
    System.out.printf("[safety] history bound: %d changes to a %.1f MB journal kept the newest %d, %.1f MB of at most"
        + " %.1f MB (five times the journal), each undone and redone byte for byte%n", CHANGES, Files.size(file) / 1e6,
        kept, StoreReport.of(home).historyBytes() / 1e6, StoreReport.of(home).historyBudget() / 1e6);
  }

  private void assertWithinBound() {
    StoreReport report = StoreReport.of(home);
    assertThat(report.historyBytes()).isLessThanOrEqualTo(report.historyBudget());
    assertThat(report.damaged()).isZero();
  }

  private static DayEntry withNote(DayEntry day, String note) {
    return day.withNotes(day.notes().plus(new Notes(List.of(note), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), Unknown.NONE)));
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
