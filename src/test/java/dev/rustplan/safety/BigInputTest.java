package dev.rustplan.safety;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import dev.rustplan.journal.Unknown;
import dev.rustplan.store.JournalStore;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big input: a 1 MB note, 10,000 notes on a day, code with every kind of character, a 5 MB journal. */
class BigInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path home() {
    return tmp.resolve("home");
  }

  private Rustplan rustplan() {
    return new Rustplan(home());
  }

  private JournalFile file() {
    return new JournalFile(home());
  }

  @Test
  void aOneMegabyteNoteIsKeptShownUndoneAndRedoneExactly() throws IOException {
    String note = text(new Random(1), 1 << 20);
    assertThat(rustplan().run("start")).succeeds();

    assertThat(rustplan().run("log", "--learned", note)).succeeds();

    assertThat(file().day(1).path("notes").path("learned").get(0).asText()).isEqualTo(note);
    assertThat(showJson(1).path("notes").path("learned").get(0).asText()).isEqualTo(note);
    byte[] logged = file().bytes();
    assertThat(rustplan().run("undo", "--yes")).succeeds();
    assertThat(file().day(1).isMissingNode()).isTrue();
    assertThat(rustplan().run("undo", "--redo", "--yes")).succeeds();
    assertThat(file().bytes()).isEqualTo(logged);
  }

  @Test
  void tenThousandNotesOnADayAreKeptInOrderAndEveryCommandCopes() {
    List<String> args = new ArrayList<>(List.of("log", "1"));
    List<String> notes = IntStream.rangeClosed(1, 10_000).mapToObj(i -> "note " + i + " ünïcödé 🦀").toList();
    notes.forEach(n -> args.addAll(List.of("--learned", n)));
    assertThat(rustplan().run("start")).succeeds();

    assertThat(rustplan().run(args.toArray(String[]::new))).succeeds().out().contains("10000 learned");
    assertThat(rustplan().run("log", "1", "--learned", "one more")).succeeds();

    List<String> kept = new ArrayList<>();
    showJson(1).path("notes").path("learned").forEach(n -> kept.add(n.asText()));
    List<String> expected = new ArrayList<>(notes);
    expected.add("one more");
    assertThat(kept).isEqualTo(expected);
    for (String[] command : new String[][] {{"today"}, {"progress"}, {"week", "1"}, {"show", "1"}, {"doctor"}}) {
      assertThat(rustplan().run(command)).as(String.join(" ", command)).succeeds();
    }
    assertThat(rustplan().run("blog", "1", "--stdout")).succeeds().out().contains("- note 10000 ünïcödé 🦀\n", "- one more\n");
  }

  @Test
  void codeWithEveryKindOfCharacterIsKeptAndShownExactly() throws IOException {
    String code = everyKindOfCharacter();
    Path source = Files.writeString(tmp.resolve("weird.rs"), code, StandardCharsets.UTF_8);
    assertThat(rustplan().run("start")).succeeds();

    assertThat(rustplan().run("log", "--code", source.toString())).succeeds();
    assertThat(rustplan().stdin(code).run("log", "--code", "-", "--lang", "text")).succeeds();

    JsonNode snippets = file().day(1).path("notes").path("code");
    assertThat(snippets.get(0).path("code").asText()).isEqualTo(code);
    assertThat(snippets.get(0).path("language").asText()).isEqualTo("rust");
    assertThat(snippets.get(1).path("code").asText()).isEqualTo(code);
    assertThat(showJson(1).path("notes").path("code").get(0).path("code").asText()).isEqualTo(code);
    assertThat(new JournalStore(home()).read().plan("100-days-of-rust").day(1).notes().code().get(1).code()).isEqualTo(code);
    // A post is a Markdown file: its line ends are \n, whatever the snippet had.
    String post = rustplan().run("blog", "1", "--stdout").out();
    assertThat(post).contains(code.replace("\r\n", "\n").replace('\r', '\n'));

    // Editing the day's note in the editor (adding a struggle) leaves the snippets as they were.
    Path editor = Files.writeString(tmp.resolve("editor.sh"), "#!/bin/sh\nprintf '\\n- a struggle\\n' >> \"$1\"\n");
    editor.toFile().setExecutable(true);
    assertThat(rustplan().env("EDITOR", editor.toString()).run("log", "--edit")).succeeds();
    JsonNode edited = file().day(1).path("notes");
    assertThat(edited.path("struggles").get(0).asText()).isEqualTo("a struggle");
    assertThat(edited.path("code").get(0).path("code").asText()).isEqualTo(code);
    assertThat(edited.path("code").get(1).path("code").asText()).isEqualTo(code);
  }

  @Test
  void aFiveMegabyteJournalWorksAndRoundTripsExactly() throws IOException {
    Random random = new Random(5);
    PlanJournal plan = PlanJournal.EMPTY.withStarted(LocalDate.parse("2025-11-23"));
    for (int day = 1; day <= 100; day++) {
      List<String> learned = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        learned.add(text(random, 1000));
      }
      Notes notes = new Notes(learned, List.of(), List.of(text(random, 200)), List.of("RfR Ch. 1"),
          List.of(new Session(LocalDate.parse("2025-11-23").plusDays(day - 1), 40)), List.of(), List.of(), Unknown.NONE);
      plan = plan.withDay(day, DayEntry.TODO.withStatus(day <= 98 ? Status.DONE : Status.DOING,
          day <= 98 ? LocalDate.parse("2025-11-23").plusDays(day - 1) : null).withNotes(notes));
    }
    PlanJournal filled = plan;
    Journal journal = new JournalStore(home()).update(j -> j.withPlan("100-days-of-rust", filled));
    byte[] big = file().bytes();
    assertThat(big.length).isGreaterThan(5_000_000);
    assertThat(new JournalStore(home()).read()).isEqualTo(journal);

    for (String[] command : new String[][] {{"today"}, {"progress"}, {"show", "50"}, {"week", "7"}, {"doctor"},
        {"blog", "14", "--stdout"}}) {
      assertThat(rustplan().run(command)).as(String.join(" ", command)).succeeds();
    }
    assertThat(rustplan().run("log", "99", "--learned", "the last few")).succeeds();
    assertThat(new JournalStore(home()).read().plan("100-days-of-rust").day(99).notes().learned()).hasSize(51)
        .endsWith("the last few");
    assertThat(rustplan().run("undo", "--yes")).succeeds();
    assertThat(file().bytes()).isEqualTo(big);
    System.out.printf("[safety] big input: a 1 MB note, 10,000 notes on a day, code with every kind of character and"
        + " a %.1f MB journal round-trip exactly%n", big.length / 1e6);
  }

  private JsonNode showJson(int day) {
    Result show = rustplan().run("show", Integer.toString(day), "--json");
    assertThat(show).succeeds();
    try {
      return JSON.readTree(show.out());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Text of about this many characters: words, some of them Unicode, on lines; no white space at its ends. */
  static String text(Random random, int size) {
    String[] words = {"ownership", "borrow", "Pin<&mut T>", "ünïcödé", "🦀", "数据", "λ", "`unsafe`", "*ptr", "{}", "\"q\"", "\\n"};
    StringBuilder text = new StringBuilder(size + 20);
    while (text.length() < size) {
      text.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? "\n" : " ");
    }
    return text.toString().strip();
  }

  /** C0 and C1 controls, NUL, lone CR, CRLF, bidi and zero-width marks, noncharacters, astral planes, fences. */
  static String everyKindOfCharacter() {
    StringBuilder code = new StringBuilder("fn main() {\n");
    for (char c = 0; c < 0x20; c++) {
      code.append(c);
    }
    code.append('\u007f');
    for (char c = 0x80; c <= 0x9f; c++) {
      code.append(c);
    }
    code.append("\n\u00a0\u00ad\u034f\u061c\u115f\u180e\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c"
        + "\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\ufff9\ufffa\ufffb\ufffc\ufffd\ufffe\uffff\ue000\uf8ff\n");
    code.append("🦀 👩‍💻 🇫🇷 e\u0301 한국어 中文 日本語 العربية עברית हिन्दी ");
    code.appendCodePoint(0x1D400).appendCodePoint(0xE0001).appendCodePoint(0x10FFFD).appendCodePoint(0x10FFFF);
    code.append("\r\nlone \r cr\t tab\n```\n```` and ~~~ <!-- --> \\ \" ' `\n    let s = \"\\u{0}\";\n}\n");
    return code.toString();
  }
}
