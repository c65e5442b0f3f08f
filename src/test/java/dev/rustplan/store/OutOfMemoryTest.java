package dev.rustplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustplan.RustplanException;
import dev.rustplan.files.FileSteps;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory that runs out at any moment of a change or an undo (building records, or at any step of
 * the writes: the journal's new file, the history entry, the backup) ends in one line that says
 * how to give Java more, with the journal and its history byte for byte as they were.
 */
class OutOfMemoryTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path home;

  private JournalStore store(FileSteps steps) {
    return new JournalStore(home, steps, CLOCK, "rustplan log");
  }

  private static Journal logged(Journal j, String note) {
    DayEntry day = j.plan("rust").day(1);
    return j.withPlan("rust", j.plan("rust").withStarted(LocalDate.parse("2026-03-02")).withDay(1,
        day.withStatus(Status.DOING, null).withNotes(day.notes().plus(new Notes(List.of(note), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), dev.rustplan.journal.Unknown.NONE)))));
  }

  @Test
  void memoryRunningOutAtAnyStepOfAChangeOrAnUndoChangesNothingAndSaysWhatToDo() throws IOException {
    store(FileSteps.system()).update(j -> logged(j, "one"));
    store(FileSteps.system()).update(j -> logged(j, "two"));
    int failures = 0;
    for (int failAt = 0; ; failAt++) {
      Map<String, String> before = files();
      OutOfMemory steps = new OutOfMemory(failAt);
      try {
        store(steps).update(j -> logged(j, "three"));
      } catch (RustplanException e) {
        assertOneLineThatSaysWhatToDo(e);
        assertUnchanged(before, "failing at step " + (failAt + 1) + " (" + steps.last + ")");
        failures++;
        continue;
      }
      assertThat(failAt).as("steps of a change").isGreaterThanOrEqualTo(10);
      break;
    }
    for (int failAt = 0; ; failAt++) {
      Map<String, String> before = files();
      OutOfMemory steps = new OutOfMemory(failAt);
      Undo undo = new Undo(store(steps));
      try {
        undo.apply(undo.next(Undo.Direction.UNDO).orElseThrow());
      } catch (RustplanException e) {
        assertOneLineThatSaysWhatToDo(e);
        assertUnchanged(before, "undo failing at step " + (failAt + 1) + " (" + steps.last + ")");
        failures++;
        continue;
      }
      assertThat(failAt).as("steps of an undo").isGreaterThanOrEqualTo(10);
      break;
    }
    assertThat(store(FileSteps.system()).read().plan("rust").day(1).notes().learned()).containsExactly("one", "two");
    assertThat(failures).isGreaterThanOrEqualTo(20);
  }

  @Test
  void memoryRunningOutWhileTheRecordsAreBuiltChangesNothingAndSaysWhatToDo() throws IOException {
    store(FileSteps.system()).update(j -> logged(j, "one"));
    Map<String, String> before = files();

    assertThatThrownBy(() -> store(FileSteps.system()).update(j -> {
      throw new OutOfMemoryError("Java heap space");
    })).isInstanceOfSatisfying(RustplanException.class, this::assertOneLineThatSaysWhatToDo);

    assertThat(files()).isEqualTo(before);
  }

  /** As before, but that the backup may hold the journal as it is (a move that failed after the backup was written). */
  private void assertUnchanged(Map<String, String> before, String what) throws IOException {
    Map<String, String> after = files();
    if (!before.get("progress.json.bak").equals(after.get("progress.json.bak"))) {
      assertThat(after.get("progress.json.bak")).as(what).isEqualTo(after.get("progress.json"));
      after.put("progress.json.bak", before.get("progress.json.bak"));
    }
    assertThat(after).as(what).isEqualTo(before);
  }

  private void assertOneLineThatSaysWhatToDo(RustplanException e) {
    assertThat(e.getMessage()).startsWith("not enough memory for the journal " + home.resolve("progress.json") + " (")
        .contains("nothing was changed, the journal is as it was", "JAVA_TOOL_OPTIONS=-Xmx1g")
        .doesNotContain("\n");
    assertThat(e.exitCode()).isEqualTo(1);
  }

  /** Every file of the data folder but the lock, with its bytes: no temporary file may be left either. */
  private Map<String, String> files() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(home)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        String name = home.relativize(p).toString();
        if (!name.equals("progress.json.lock")) {
          files.put(name, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return files;
  }

  /** The real steps, but the one at failAt (from 0) runs out of memory, as a JVM with too small a heap does. */
  private static final class OutOfMemory implements FileSteps {
    private final int failAt;
    private int taken;
    private String last;

    OutOfMemory(int failAt) {
      this.failAt = failAt;
    }

    private void step(String name) {
      last = name;
      if (taken++ == failAt) {
        throw new OutOfMemoryError("Java heap space");
      }
    }

    @Override
    public FileChannel create(Path temp) throws IOException {
      step("create");
      return FileSteps.system().create(temp);
    }

    @Override
    public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
      step("write");
      FileSteps.system().write(channel, bytes);
    }

    @Override
    public void force(FileChannel channel) throws IOException {
      step("force");
      FileSteps.system().force(channel);
    }

    @Override
    public void move(Path source, Path target) throws IOException {
      step("move");
      FileSteps.system().move(source, target);
    }
  }
}
