package dev.rustplan.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.RustplanException;
import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import dev.rustplan.journal.Unknown;
import dev.rustplan.store.JournalStore;
import dev.rustplan.testing.Mutations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Arbitrary bytes as progress.json: the journal reader either reads a journal or gives one line
 * naming the file, the line and the column; and every journal rustplan writes reads back as it was.
 */
class JournalReaderProperties {

  private static final Path FILE = Path.of("/home/learner/.local/share/rustplan/progress.json");

  private static final String VALID = """
      {
        "schema": 1,
        "config": {"blog-dir": "/tmp/posts", "front-matter": "toml"},
        "plans": {
          "100-days-of-rust": {
            "started": "2026-03-02",
            "days": {
              "1": {"status": "done", "completed": "2026-03-02", "notes": {
                "learned": ["repr(C)", "a\\nb"], "code": [{"language": "rust", "code": "fn main() {}\\n"}],
                "questions": ["why?"], "resources": ["RfR Ch. 1"],
                "sessions": [{"date": "2026-03-02", "minutes": 30}], "aha": ["oh"], "struggles": ["hm"]}},
              "2": {"status": "doing", "future": [1, 2.50, null]}
            },
            "weeks": {"1": {"blogPost": "/tmp/posts/w1.md"}}
          }
        },
        "sync": {"rev": 3}
      }
      """;

  private static final List<String> TOKENS = List.of(
      "{", "}", "[", "]", ",", ":", "\"", "\"\"", "null", "true", "1e999", "-0", "2.5", "99999999999999999999",
      "\"schema\": 2,", "\"schema\": 0,", "\"schema\": 1.5,", "\"schema\": \"1\",", "\"status\": \"finished\"",
      "\"status\": null", "\"minutes\": -5", "\"minutes\": 1e3", "\"date\": \"2026-02-30\"", "\"0\": {}",
      "\"007\": {}", "\"-1\": {}", "\"learned\": [1]", "\"code\": [\"x\"]", "\"sessions\": [{}]", "\"days\": []",
      "\"plans\": null", "\"\\ud800\"", "\"\\u0000\"", "NaN", "/* c */", "// c", "'x'", "[".repeat(2000),
      "{\"a\":".repeat(1500), "\uFEFF");

  @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
  void aMutatedJournalReadsOrIsOneLineWithItsPlace(@ForAll("journals") String text) {
    check(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void arbitraryBytesReadOrAreOneLineWithTheirPlace(@ForAll("noise") byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void everyJournalRustplanWritesReadsBackAsItWas(@ForAll("notes") Notes notes, @ForAll("texts") String setting) {
    Journal journal = Journal.EMPTY.withConfig("blog-dir", setting)
        .withPlan("p", PlanJournal.EMPTY.withStarted(LocalDate.parse("2026-03-02"))
            .withDay(7, DayEntry.TODO.withStatus(Status.DOING, null).withNotes(notes)));

    byte[] written = JournalWriter.write(journal);
    Journal read = JournalReader.read(written);

    assertThat(read).isEqualTo(journal);
    assertThat(JournalWriter.write(read)).isEqualTo(written);
  }

  @Provide
  Arbitrary<String> journals() {
    return Mutations.of(VALID, TOKENS);
  }

  @Provide
  Arbitrary<byte[]> noise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(2000).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(2000));
  }

  @Provide
  Arbitrary<String> texts() {
    // Any text a learner can type: every code point but the lone surrogates, which are not text.
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60)
        .filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
  }

  @Provide
  Arbitrary<Notes> notes() {
    Arbitrary<List<String>> items = texts().list().ofMaxSize(3);
    Arbitrary<List<CodeSnippet>> code = Combinators.combine(Arbitraries.of("rust", "c", "sh"), texts())
        .as((lang, text) -> new CodeSnippet(lang, text)).list().ofMaxSize(2);
    Arbitrary<List<Session>> sessions = Arbitraries.integers().between(0, 1440)
        .map(m -> List.of(new Session(LocalDate.parse("2026-03-02"), m)));
    return Combinators.combine(items, code, items, items, sessions, items, items)
        .as((learned, snippets, questions, resources, times, aha, struggles) ->
            new Notes(learned, snippets, questions, resources, times, aha, struggles, Unknown.NONE));
  }

  private static void check(byte[] bytes) {
    try {
      JournalStore.parse(FILE, bytes);
    } catch (RustplanException e) {
      assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").startsWith(FILE + ":")
          .matches("(?s)" + java.util.regex.Pattern.quote(FILE.toString()) + ":\\d+:\\d+: .*");
    }
  }
}
