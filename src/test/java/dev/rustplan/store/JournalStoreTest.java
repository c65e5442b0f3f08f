package dev.rustplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustplan.RustplanException;
import dev.rustplan.files.FileSteps;
import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import dev.rustplan.journal.Unknown;
import dev.rustplan.store.json.JournalReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalStoreTest {

  private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

  @TempDir Path home;

  private JournalStore store() {
    return new JournalStore(home);
  }

  private static Journal started(Journal j) {
    return j.withPlan("rust", j.plan("rust").withStarted(MONDAY));
  }

  @Test
  void writesPrettyJsonWithStableKeyAndDayOrder() throws IOException {
    store().update(JournalStoreTest::started);
    store().update(j -> j.withPlan("rust", j.plan("rust").withDay(10,
        DayEntry.TODO.withStatus(Status.DONE, MONDAY).withNotes(
            Notes.EMPTY.plus(new Notes(java.util.List.of("repr(C)"), java.util.List.of(new CodeSnippet("rust", "fn main() {}\n")),
                java.util.List.of("why?"), java.util.List.of(), java.util.List.of(new Session(MONDAY, 30)),
                java.util.List.of(), java.util.List.of(), Unknown.NONE))))));
    store().update(j -> j.withPlan("rust", j.plan("rust").withDay(2, DayEntry.TODO.withStatus(Status.SKIPPED, null))));

    assertThat(Files.readString(store().file())).isEqualTo("""
        {
          "schema": 1,
          "plans": {
            "rust": {
              "started": "2026-03-02",
              "days": {
                "2": {
                  "status": "skipped"
                },
                "10": {
                  "status": "done",
                  "completed": "2026-03-02",
                  "notes": {
                    "learned": [
                      "repr(C)"
                    ],
                    "code": [
                      {
                        "language": "rust",
                        "code": "fn main() {}\\n"
                      }
                    ],
                    "questions": [
                      "why?"
                    ],
                    "sessions": [
                      {
                        "date": "2026-03-02",
                        "minutes": 30
                      }
                    ]
                  }
                }
              }
            }
          }
        }
        """);
    assertThat(store().read()).isEqualTo(JournalReader.read(Files.readAllBytes(store().file())));
  }

  @Test
  void aChangeThatChangesNothingWritesNothing() throws IOException {
    store().update(j -> j);
    assertThat(store().file()).doesNotExist();

    store().update(JournalStoreTest::started);
    byte[] before = Files.readAllBytes(store().file());
    store().update(j -> j.withPlan("rust", j.plan("rust").withDay(3, DayEntry.TODO)));

    assertThat(Files.readAllBytes(store().file())).isEqualTo(before);
    try (var entries = Files.list(History.folderOf(store().file()))) {
      assertThat(entries.count()).as("history entries: the start only").isEqualTo(1);
    }

    // Reformatted by hand: a change that returns the journal it was given leaves the file alone.
    String compact = Files.readString(store().file()).replaceAll("\\s+", "");
    Files.writeString(store().file(), compact);
    store().update(j -> j);
    assertThat(Files.readString(store().file())).isEqualTo(compact);
  }

  @Test
  void unknownFieldsAtEveryLevelSurviveAWrite() throws IOException {
    String original = """
        {
          "schema": 1,
          "future": {"a": [1, 2.50, "x"]},
          "config": {"blog-dir": "/tmp/posts"},
          "plans": {
            "rust": {
              "started": "2026-03-02",
              "mood": "keen",
              "days": {
                "3": {"status": "doing", "colour": "red", "notes": {
                  "learned": ["a"], "sketch": true,
                  "code": [{"language": "rust", "code": "x", "lines": 1}],
                  "sessions": [{"date": "2026-03-04", "minutes": 5, "where": "train"}]
                }}
              },
              "weeks": {"1": {"blogPost": "p.md", "likes": 3}}
            }
          }
        }
        """;
    Files.writeString(home.resolve("progress.json"), original);

    store().update(j -> j.withPlan("rust", j.plan("rust").withDay(4, DayEntry.TODO.withStatus(Status.DONE, MONDAY))));

    String written = Files.readString(store().file());
    assertThat(written)
        .contains("\"future\": {", "2.50", "\"mood\": \"keen\"", "\"colour\": \"red\"", "\"sketch\": true",
            "\"lines\": 1", "\"where\": \"train\"", "\"likes\": 3", "\"blog-dir\": \"/tmp/posts\"", "\"4\": {");
    Journal reread = store().read();
    assertThat(reread.plan("rust").day(3).notes().unknown().fields()).containsKey("sketch");
    assertThat(Files.readString(store().backup())).isEqualTo(original);
  }

  @Test
  void aCorruptFileIsRefusedWithItsLineAndColumnAndLeftByteForByte() throws IOException {
    Path file = home.resolve("progress.json");
    String corrupt = "{\n  \"schema\": 1,\n  \"plans\": {\n    \"rust\": { \"started\": \"2026-03-02\",, }\n";
    Files.writeString(file, corrupt);

    assertThatThrownBy(() -> store().update(JournalStoreTest::started))
        .isInstanceOf(RustplanException.class)
        .hasMessageContaining(file + ":4:")
        .hasMessageContaining("left the file untouched")
        .hasMessageNotContaining("\n");
    assertThat(Files.readString(file)).isEqualTo(corrupt);
    assertThat(store().backup()).doesNotExist();
  }

  @Test
  void aBadValueIsLocatedAtTheValue() throws IOException {
    Path file = home.resolve("progress.json");
    Files.writeString(file, "{\n  \"schema\": 1,\n  \"plans\": {\"rust\": {\"days\": {\n    \"3\": {\"status\": \"finished\"}}}}}\n");

    assertThatThrownBy(() -> store().read())
        .hasMessageStartingWith(file + ":4:21: \"status\" must be one of todo, doing, done, skipped, got \"finished\"");
  }

  @Test
  void aNewerSchemaIsRefusedAndPointsAtTheBackup() throws IOException {
    Path file = home.resolve("progress.json");
    Files.writeString(file, "{\"schema\": 1, \"plans\": {}}\n");
    store().update(JournalStoreTest::started);
    Files.writeString(file, "{\n  \"schema\": 7\n}\n");

    assertThatThrownBy(() -> store().update(JournalStoreTest::started))
        .hasMessage(file + ":2:13: schema 7 is newer than this rustplan understands (1); rustplan left the file"
            + " untouched: upgrade rustplan, or go back to the version before the last change with: rustplan undo"
            + " (the broken file is kept: rustplan undo --redo brings it back to fix by hand)");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("{\n  \"schema\": 7\n}\n");
  }

  @Test
  void aWriteThatFailsAtAnyStepLeavesTheJournalAsItWasAndNoTemporaryFile() throws IOException {
    store().update(JournalStoreTest::started);
    store().update(j -> j.withConfig("template", "mine.md"));
    byte[] before = Files.readAllBytes(store().file());
    for (String step : java.util.List.of("create", "write", "force", "move")) {
      JournalStore failing = new JournalStore(home, new FailingSteps(step));

      assertThatThrownBy(() -> failing.update(j -> j.withConfig("blog-dir", "/posts")))
          .isInstanceOf(RustplanException.class)
          .hasMessageStartingWith("cannot save " + store().file() + ": injected " + step + " failure")
          .hasMessageEndingWith("nothing was changed, the journal is as it was");
      assertThat(Files.readAllBytes(store().file())).as(step).isEqualTo(before);
      try (var files = Files.list(home)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as(step)
            .containsExactlyInAnyOrder("progress.json", "progress.json.bak", "progress.json.lock", "progress.json.history");
      }
    }
  }

  @Test
  void aJournalChangedByAnotherProgramWhileAChangeIsSavedIsLeftAsThatProgramMadeIt() throws IOException {
    store().update(JournalStoreTest::started);
    store().update(j -> j.withConfig("k", "v"));
    String edited = Files.readString(store().file()).replace("\"v\"", "\"edited\"");
    Path history = History.folderOf(store().file());
    java.util.List<String> entries;
    try (var files = Files.list(history)) {
      entries = files.map(p -> p.getFileName().toString()).sorted().toList();
    }

    // The journal is streamed into its history entry, not held in memory: what is kept is checked against what was read.
    assertThatThrownBy(() -> store().update(j -> {
      try {
        Files.writeString(store().file(), edited);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return j.withConfig("k", "w");
    })).hasMessage("cannot save " + store().file() + ": " + store().file() + " was changed by another program while"
        + " rustplan was saving it; nothing was changed, the journal is as it was");

    assertThat(Files.readString(store().file())).isEqualTo(edited);
    try (var files = Files.list(history)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactlyElementsOf(entries);
    }
    try (var files = Files.list(home)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void theLockFileAndTheJournalAreReadableByTheirOwnerAlone() throws IOException {
    store().update(JournalStoreTest::started);
    store().update(j -> j.withConfig("k", "v"));

    for (String name : java.util.List.of("progress.json", "progress.json.bak", "progress.json.lock")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(name))))
          .as(name).isEqualTo("rw-------");
    }
  }

  @Test
  void aJournalLinkedIntoASyncedFolderIsWrittenThereAndStaysALink(@TempDir Path synced) throws IOException {
    Path real = synced.resolve("rust-progress.json");
    // The target is there (a link to a missing one is refused: see JournalFileTest).
    Files.writeString(real, "{\"schema\": 1}\n");
    Files.createSymbolicLink(home.resolve("progress.json"), real);

    store().update(JournalStoreTest::started);
    store().update(j -> j.withConfig("k", "v"));

    assertThat(home.resolve("progress.json")).isSymbolicLink();
    assertThat(Files.readString(real)).contains("\"started\": \"2026-03-02\"", "\"k\": \"v\"");
    assertThat(synced.resolve("rust-progress.json.bak")).exists();
  }

  @Test
  void aJournalThatCannotBeReadIsOneLineAndNothingIsWritten() throws IOException {
    Files.createSymbolicLink(home.resolve("progress.json"), home.resolve("progress.json"));

    assertThatThrownBy(() -> store().update(JournalStoreTest::started))
        .hasMessageStartingWith("cannot read " + home.resolve("progress.json") + ": ")
        .hasMessageNotContaining("\n");
    assertThat(home.resolve("progress.json")).isSymbolicLink();
    assertThat(home.resolve("progress.json.bak")).doesNotExist();
  }

  /** Real steps, except the one named, which fails. */
  private record FailingSteps(String failing) implements FileSteps {
    private void maybeFail(String step) throws IOException {
      if (step.equals(failing)) {
        throw new java.nio.file.FileSystemException(null, null, "injected " + step + " failure");
      }
    }

    @Override
    public java.nio.channels.FileChannel create(Path temp) throws IOException {
      java.nio.channels.FileChannel channel = FileSteps.system().create(temp);
      if (failing.equals("create")) {
        channel.close();
      }
      maybeFail("create");
      return channel;
    }

    @Override
    public void write(java.nio.channels.FileChannel channel, java.nio.ByteBuffer bytes) throws IOException {
      // Half the bytes reach the file before the failure, as on a full disk.
      bytes.limit(bytes.limit() / 2);
      FileSteps.system().write(channel, bytes);
      maybeFail("write");
    }

    @Override
    public void force(java.nio.channels.FileChannel channel) throws IOException {
      maybeFail("force");
      FileSteps.system().force(channel);
    }

    @Override
    public void move(Path source, Path target) throws IOException {
      maybeFail("move");
      FileSteps.system().move(source, target);
    }
  }
}
