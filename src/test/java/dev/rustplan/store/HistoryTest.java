package dev.rustplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.files.AtomicFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's names for journal states and its bounds: how many changes, and how many bytes. */
class HistoryTest {

  private static final long MB = 1024 * 1024;

  @TempDir Path home;

  private static final byte[] JOURNAL = "{\"schema\": 1}\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER = "{\"schema\": 1} \n".getBytes(StandardCharsets.UTF_8);

  @Test
  void anEntrysMomentIsWrittenAsInstantWritesIt() {
    for (java.time.Instant at : List.of(java.time.Instant.parse("2026-03-02T12:00:00Z"),
        java.time.Instant.parse("2026-03-02T12:00:05Z"), java.time.Instant.parse("2026-03-02T00:00:00.120Z"),
        java.time.Instant.parse("2026-12-31T23:59:59.123456Z"), java.time.Instant.parse("1970-01-01T00:00:00Z"),
        java.time.Instant.parse("2026-03-02T12:34:00.000000001Z"), java.time.Instant.ofEpochSecond(1796247870L, 402598089))) {
      assertThat(History.utc(at)).isEqualTo(at.toString());
      assertThat(java.time.Instant.parse(History.utc(at))).isEqualTo(at);
    }
  }

  @Test
  void aStateIsNamedByItsBytesAndNoJournalIsNone() {
    assertThat(History.hash(JOURNAL)).isEqualTo(History.hash(JOURNAL.clone())).isNotEqualTo(History.hash(OTHER));
    assertThat(History.hash(null)).isEqualTo(History.ABSENT);
    assertThat(History.names(History.ABSENT, null, History.hash(null))).isTrue();
    assertThat(History.names(History.ABSENT, JOURNAL, History.hash(JOURNAL))).isFalse();
  }

  @Test
  void entriesKeptByEarlierVersionsWithSha256NamesAreStillRecognized() throws Exception {
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JOURNAL));

    assertThat(History.names(sha256, JOURNAL, History.hash(JOURNAL))).isTrue();
    assertThat(History.names(sha256, OTHER, History.hash(OTHER))).isFalse();
    assertThat(History.names(History.hash(JOURNAL), JOURNAL, History.hash(JOURNAL))).isTrue();
    assertThat(History.names(History.hash(JOURNAL), OTHER, History.hash(OTHER))).isFalse();
  }

  @Test
  void entryFilesAreNumberedWithSixDigitsAtLeast() {
    assertThat(History.fileName(42, History.Stack.UNDO)).isEqualTo("000042.undo");
    assertThat(History.fileName(1234567, History.Stack.REDO)).isEqualTo("1234567.redo");
  }

  @Test
  void theHistoryMayTakeFiveTimesTheJournalOr32MegabytesWhicheverIsMore() {
    assertThat(History.budget(0)).isEqualTo(32 * MB);
    assertThat(History.budget(100_000)).isEqualTo(32 * MB);
    assertThat(History.budget(50 * MB)).isEqualTo(250 * MB);
  }

  @Test
  void ofTheLast25ChangesOfABigJournalItKeepsTheNewestThatFitInItsBudget() throws IOException {
    for (int seq = 1; seq <= 25; seq++) {
      entry(seq, History.Stack.UNDO, 50 * MB); // sparse: as big as a 50 MB journal's entry, costing no disk
    }

    history().prune(50 * MB);

    assertThat(entries()).containsExactly("000021.undo", "000022.undo", "000023.undo", "000024.undo", "000025.undo");
    assertThat(history().bytes()).isLessThanOrEqualTo(History.budget(50 * MB));
  }

  @Test
  void theOldestUndoEntriesGoFirstThenTheFarthestRedoOnesButNeverTheNewestOfEither() throws IOException {
    for (int seq = 1; seq <= 3; seq++) {
      entry(seq, History.Stack.UNDO, 10 * MB);
    }
    for (int seq = 4; seq <= 6; seq++) {
      entry(seq, History.Stack.REDO, 10 * MB);
    }

    history().prune(1000);

    // 60 MB in a budget of 32: two undo entries go, the newest stays; then the farthest redo.
    assertThat(entries()).containsExactly("000003.undo", "000005.redo", "000006.redo");
  }

  @Test
  void theLastChangeCanAlwaysBeUndoneEvenWhenItsEntryAloneIsOverTheBudget() throws IOException {
    // A change that emptied a big journal: its entry holds the 40 MB the journal had.
    entry(1, History.Stack.UNDO, 1000);
    entry(2, History.Stack.UNDO, 40 * MB);

    history().prune(1000);

    assertThat(entries()).containsExactly("000002.undo");
  }

  @Test
  void aSmallJournalKeepsItsLast25Changes() throws IOException {
    for (int seq = 1; seq <= 30; seq++) {
      entry(seq, History.Stack.UNDO, 2000);
    }

    history().prune(2000);

    assertThat(entries()).hasSize(25).first().isEqualTo("000006.undo");
  }

  @Test
  void anEntrysLabelIsOneLineItsControlCharactersEachRunOneSpaceAndItsMomentReadsBack() throws IOException {
    java.time.Instant at = java.time.Instant.parse("2026-03-02T12:00:00Z");
    History history = history();
    history.push(History.Stack.UNDO, "  log 9 --learned 'a\r\n\tb' --aha \u007fc é☕\n", at, null, History.ABSENT,
        History.ABSENT);
    history.push(History.Stack.UNDO, "x".repeat(250), at.plusSeconds(1), null, History.ABSENT, History.ABSENT);

    List<History.Entry> kept = history.entries(History.Stack.UNDO);

    assertThat(kept).extracting(History.Entry::label)
        .containsExactly("x".repeat(199) + "…", "log 9 --learned 'a b' --aha  c é☕"); // the space before DEL stays
    assertThat(kept).extracting(History.Entry::at).containsExactly(at.plusSeconds(1), at);
  }

  private History history() {
    return new History(home.resolve("progress.json"), AtomicFile.system());
  }

  private void entry(long seq, History.Stack stack, long size) throws IOException {
    Files.createDirectories(history().folder());
    try (RandomAccessFile file = new RandomAccessFile(history().folder().resolve(History.fileName(seq, stack)).toFile(), "rw")) {
      file.setLength(size);
    }
  }

  private List<String> entries() throws IOException {
    try (Stream<Path> files = Files.list(history().folder())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
