package dev.rustplan.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys pressed at given moments, as a stdin for `study`, with the clock they move: each key is
 * read only once its moment has come, and reading it moves the clock to that moment. A session
 * driven by it is as exact as its script, with no sleeping and no real time in the test.
 */
public final class KeyScript extends InputStream {

  private record Press(Duration after, byte[] bytes) {}

  private final List<Press> presses = new ArrayList<>();
  private final ScriptClock clock = new ScriptClock(Instant.parse("2026-03-02T09:00:00Z"));
  private int next;
  private int at;

  /** Presses these keys this long after the one before (after the start, for the first). */
  public KeyScript after(Duration wait, String keys) {
    presses.add(new Press(wait, keys.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** The system clock the keys move; its zone is UTC, as the test harness's is. */
  public Clock clock() {
    return clock;
  }

  @Override
  public synchronized int read() {
    if (next >= presses.size()) {
      return -1;
    }
    Press press = presses.get(next);
    if (at == 0) {
      clock.now = clock.now.plus(press.after());
    }
    int key = press.bytes()[at++] & 0xff;
    if (at == press.bytes().length) {
      next++;
      at = 0;
    }
    return key;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    // One key at a time: a reader that asks for many still sees each key at its own moment.
    if (length == 0) {
      return 0;
    }
    int key = read();
    if (key < 0) {
      return -1;
    }
    buffer[offset] = (byte) key;
    return 1;
  }

  /** A clock that stands still but for the script's reads. */
  private static final class ScriptClock extends Clock {
    private volatile Instant now;

    ScriptClock(Instant start) {
      this.now = start;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the script's clock is UTC's");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
