package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rustplan undo` and `undo --redo` through the real command line. */
class UndoCommandTest {

  @TempDir Path home;

  private Rustplan rustplan() {
    return new Rustplan(home);
  }

  private JournalFile file() {
    return new JournalFile(home);
  }

  @Test
  void repeatedUndoWalksBackTheLast25ChangesExactlyAndRedoWalksForwardAgain() throws IOException {
    List<byte[]> states = new ArrayList<>();
    assertThat(rustplan().run("start")).succeeds();
    states.add(file().bytes());
    for (int i = 1; i <= 26; i++) {
      assertThat(rustplan().run("log", "--learned", "note " + i)).succeeds();
      states.add(file().bytes());
    }
    // 27 changes were made; the history keeps the last 25.
    assertThat(rustplan().run("undo", "--list").out().lines().filter(l -> l.contains("rustplan log"))).hasSize(25);
    try (Stream<Path> entries = Files.list(home.resolve("progress.json.history"))) {
      assertThat(entries.count()).isEqualTo(25);
    }

    for (int i = 26; i >= 2; i--) {
      Result undo = rustplan().run("undo", "--yes");
      assertThat(undo).succeeds().out()
          .contains("Undo `rustplan log --learned 'note " + i + "'`", "day 1: remove learned \u201cnote " + i + "\u201d");
      assertThat(file().bytes()).as("after undoing note %d", i).isEqualTo(states.get(i - 1));
    }
    assertThat(rustplan().run("undo", "--yes")).failsWith(1, "nothing to undo", "progress.json.history");
    assertThat(learned()).containsExactly("note 1");

    for (int i = 2; i <= 26; i++) {
      assertThat(rustplan().run("undo", "--redo", "--yes")).succeeds();
      assertThat(file().bytes()).as("after redoing note %d", i).isEqualTo(states.get(i));
    }
    assertThat(rustplan().run("undo", "--redo", "--yes")).failsWith(1, "nothing to redo");
  }

  @Test
  void undoingTheFirstChangeRemovesTheJournalAndRedoBringsItBack() {
    assertThat(rustplan().run("start")).succeeds();
    byte[] started = file().bytes();

    assertThat(rustplan().run("undo", "--yes")).succeeds().out()
        .contains("Undo `rustplan start`", "remove progress.json: back to before the first change");
    assertThat(file().exists()).isFalse();
    assertThat(rustplan().run("undo", "--redo", "--yes")).succeeds();
    assertThat(file().bytes()).isEqualTo(started);
  }

  @Test
  void itShowsWhatItWillRevertAndAsks() {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "3", "--learned", "Pin pins", "--minutes", "20")).succeeds();
    byte[] before = file().bytes();

    Result no = rustplan().stdin("n\n").run("undo");
    assertThat(no).succeeds().out().isEqualTo("""
        Undo `rustplan log 3 --learned 'Pin pins' --minutes 20` of 2026-03-02 12:00; 1 more to undo after it
        This will:
          - day 3: doing → todo
          - day 3: remove learned “Pin pins”
          - day 3: minutes 20 → 0
        Undo it? [y/N]\s
        Nothing was undone.
        """);
    assertThat(file().bytes()).isEqualTo(before);

    Result silent = rustplan().run("undo");
    assertThat(silent).failsWith(1, "no answer on stdin, so nothing was undone; answer y, or add --yes");
    assertThat(file().bytes()).isEqualTo(before);

    assertThat(rustplan().stdin("y\n").run("undo")).succeeds().out()
        .endsWith("Undone: rustplan log 3 --learned 'Pin pins' --minutes 20. Bring it back with: rustplan undo --redo\n");
    assertThat(file().day(3).isMissingNode()).isTrue();
  }

  @Test
  void aChangeAfterAnUndoEndsWhatCanBeRedone() {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "--learned", "one")).succeeds();
    assertThat(rustplan().run("undo", "--yes")).succeeds();
    assertThat(rustplan().run("log", "--learned", "two")).succeeds();

    assertThat(rustplan().run("undo", "--redo", "--yes")).failsWith(1, "nothing to redo");
    assertThat(learned()).containsExactly("two");
  }

  @Test
  void undoPutsBackTheLastGoodVersionOfAJournalBrokenByHandAndRedoBringsTheBrokenBytesBack() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    byte[] started = file().bytes();
    assertThat(rustplan().run("log", "--learned", "one")).succeeds();
    byte[] broken = (file().text() + ",,").getBytes(StandardCharsets.UTF_8);
    Files.write(file().path(), broken);
    assertThat(rustplan().run("today")).failsWith(1, "rustplan left the file untouched");

    Result undo = rustplan().run("undo", "--yes");

    assertThat(undo).succeeds().out().contains(
        "Note: the journal was changed outside rustplan since",
        "replace progress.json, which does not parse now, with the version before this change");
    assertThat(file().bytes()).isEqualTo(started);
    assertThat(rustplan().run("undo", "--redo", "--yes")).succeeds();
    assertThat(file().bytes()).isEqualTo(broken);
  }

  @Test
  void undoNamesHandEditsItWouldDiscardAndRedoKeepsThem() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "--learned", "one")).succeeds();
    Files.writeString(file().path(), file().text().replace("\"one\"", "\"one, edited by hand\""));
    byte[] edited = file().bytes();

    assertThat(rustplan().run("undo", "--yes")).succeeds().out()
        .contains("changed outside rustplan since", "day 1: remove learned \u201cone, edited by hand\u201d");
    assertThat(rustplan().run("undo", "--redo", "--yes")).succeeds();

    assertThat(file().bytes()).isEqualTo(edited);
  }

  @Test
  void everyKindOfChangeIsUndoneAndDescribed() {
    assertThat(rustplan().run("start", "--date", "2026-02-23")).succeeds();
    assertThat(rustplan().run("log", "2", "--question", "why?", "--aha", "oh!")).succeeds();
    assertThat(rustplan().run("done", "2")).succeeds();
    assertThat(rustplan().run("skip", "3")).succeeds();
    assertThat(rustplan().run("config", "front-matter", "toml")).succeeds();
    assertThat(rustplan().run("start", "--force", "--date", "2026-02-24")).succeeds();
    assertThat(rustplan().run("start", "--force", "--date", "2026-02-22")).succeeds();

    String undone = String.join("", Stream.generate(() -> rustplan().run("undo", "--yes").out()).limit(6).toList());

    assertThat(undone).contains(
        "start date 2026-02-22 → 2026-02-23",
        "schedule: day 1 on 2026-02-22 → 2026-02-24",
        "schedule: day 1 on 2026-02-24 → 2026-02-23",
        "setting front-matter unset (was \u201ctoml\u201d)",
        "day 3: skipped → todo",
        "day 2: done → doing",
        "day 2: remove question \u201cwhy?\u201d",
        "day 2: remove aha \u201coh!\u201d");
    assertThat(file().day(2).isMissingNode()).isTrue();
  }

  @Test
  void listShowsWhatCanBeUndoneAndRedoneAndChangesNothing() {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "--learned", "one")).succeeds();
    assertThat(rustplan().run("done")).succeeds();
    assertThat(rustplan().run("undo", "--yes")).succeeds();
    byte[] before = file().bytes();

    assertThat(rustplan().run("undo", "--list")).succeeds().out().isEqualTo("""
        Changes you can undo (newest first):
           1  2026-03-02 12:00  rustplan log --learned one
                                day 1: todo → doing, +1 learned
           2  2026-03-02 12:00  rustplan start
                                started on 2026-03-02
        Changes you can redo (newest first):
           1  2026-03-02 12:00  rustplan done
                                day 1: doing → done
        History: %s
        """.formatted(home.resolve("progress.json.history")));
    assertThat(file().bytes()).isEqualTo(before);
  }

  @Test
  void listSaysWhatEachOfTheSameCommandDidAndFitsTheWidth() {
    assertThat(rustplan().run("start", "--date", "2026-02-20")).succeeds();
    assertThat(rustplan().run("log", "9", "--learned", "Pin keeps a value in place", "--learned", "Unpin opts out",
        "--minutes", "30")).succeeds();
    assertThat(rustplan().run("log", "9", "--question", "Why is Box<T> Unpin?", "--minutes", "75")).succeeds();
    assertThat(rustplan().run("log", "9", "--learned", "Unpin opts out", "--learned", "again",
        "--struggle", "self-referential structs")).succeeds();
    assertThat(rustplan().run("config", "blog-dir", home.resolve("posts").toString())).succeeds();

    Result list = rustplan().env("COLUMNS", "50").run("undo", "--list");
    assertThat(list).succeeds();
    assertThat(list.out()).isEqualTo("""
        Changes you can undo (newest first):
           1  2026-03-02 12:00  rustplan config blog-dir
             %s
                                settings: blog-dir
           2  2026-03-02 12:00  rustplan log 9 --learned
                                'Unpin opts out' --learned
                                again --struggle
                                'self-referential structs'
                                day 9: +2 learned,
                                +1 struggle
           3  2026-03-02 12:00  rustplan log 9 --question
                                'Why is Box<T> Unpin?'
                                --minutes 75
                                day 9: +1 question,
                                +1 h 15 min
           4  2026-03-02 12:00  rustplan log 9 --learned
                                'Pin keeps a value in
                                place' --learned 'Unpin
                                opts out' --minutes 30
                                day 9: todo → doing,
                                +2 learned, +30 min
           5  2026-03-02 12:00  rustplan start --date
                                2026-02-20
                                started on 2026-02-20
        Nothing to redo.
        History:
          %s
        """.formatted(home.resolve("posts"), home.resolve("progress.json.history")));
    // Only a word longer than the line (a path) may be wider, on a line of its own.
    assertThat(list.out().lines().filter(line -> line.length() > 50)).allSatisfy(line -> assertThat(line.strip()).doesNotContain(" "));
  }

  @Test
  void aJournalFromANewerRustplanIsNeverOverwrittenByUndo() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "--learned", "one")).succeeds();
    Files.writeString(file().path(), file().text().replace("\"schema\": 1", "\"schema\": 2"));
    byte[] newer = file().bytes();

    assertThat(rustplan().run("undo", "--yes")).failsWith(1, file().path() + " comes from a newer rustplan (schema 2 is"
        + " newer than this rustplan understands (1)), which this one never overwrites, not even to undo");
    assertThat(file().bytes()).isEqualTo(newer);
  }

  @Test
  void anEntryWhoseJournalIsDamagedIsRefusedAndLeftAsItIs() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "--learned", "one")).succeeds();
    byte[] logged = file().bytes();
    Path entry = home.resolve("progress.json.history").resolve("000002.undo");
    byte[] damaged = new String(Files.readAllBytes(entry), StandardCharsets.UTF_8).replace("\"schema\": 1", "\"schema\": 7")
        .getBytes(StandardCharsets.UTF_8);
    Files.write(entry, damaged);

    assertThat(rustplan().run("undo", "--yes")).failsWith(1, "the history entry " + entry + " is damaged",
        "nothing was changed, the journal is as it was");

    assertThat(file().bytes()).isEqualTo(logged);
    assertThat(Files.readAllBytes(entry)).isEqualTo(damaged);
    // The list still lists: the two changes on either side of the damaged version cannot be told.
    assertThat(rustplan().run("undo", "--list")).succeeds().out().contains("""
           1  2026-03-02 12:00  rustplan log --learned one
                                (cannot tell what it changed: a version of the journal
                                does not parse)
           2  2026-03-02 12:00  rustplan start
                                (cannot tell what it changed: a version of the journal
                                does not parse)
        """);
  }

  @Test
  void doctorSaysHowMuchTheHistoryTakesAndHowMuchItMay() {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "--learned", "one")).succeeds();

    // A small journal's history may take 32 MB; a big one's five times the journal (see SmallHeapTest).
    assertThat(rustplan().run("doctor").out()).containsPattern("ok    history   "
        + java.util.regex.Pattern.quote(home.resolve("progress.json.history").toString())
        + ": 2 of the last 25 changes to undo, 0 to redo \\(\\d+(\\.\\d)? (bytes|KB) of at most 32\\.0 MB\\)\n");
  }

  @Test
  void withNoHistoryThereIsNothingToUndo() {
    assertThat(rustplan().run("undo")).failsWith(1, "nothing to undo: no change to the journal is kept in "
        + home.resolve("progress.json.history"));
    assertThat(rustplan().run("undo", "--redo")).failsWith(1, "nothing to redo");
  }

  private List<String> learned() {
    List<String> notes = new ArrayList<>();
    file().day(1).path("notes").path("learned").forEach(n -> notes.add(n.asText()));
    return notes;
  }
}
