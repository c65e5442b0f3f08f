package dev.rustplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HistoryTest {

  private static final byte[] JOURNAL = "{\"schema\": 1}\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER = "{\"schema\": 1} \n".getBytes(StandardCharsets.UTF_8);

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
}
