package dev.rustplan.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustplan.journal.NoteMerge;
import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Unknown;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The note document read back: sections, code, the Time Spent total, and the merge of an edit. */
class NoteParserTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-03-05");

  private static final Notes RICH =
      new Notes(
          List.of("`repr(C)` fixes the field order", "two lines\nof one note", "- looks like a list"),
          List.of(new CodeSnippet("rust", "fn main() {\n    println!(\"```\");\n}\n"), new CodeSnippet(null, "x = 1\n")),
          List.of("Why is `Option<&T>` the size of a pointer?"),
          List.of("RfR Ch. 1"),
          List.of(new Session(LocalDate.parse("2026-03-03"), 40), new Session(LocalDate.parse("2026-03-04"), 0)),
          List.of("niches!"),
          List.of("transmute scares me"),
          Unknown.NONE);

  @Test
  void aRenderedNoteReadsBackAsItWas() {
    String md = NoteDocument.render(6, "`Option<&T>` niche optimization", RICH);

    assertThat(NoteParser.parse(md, RICH, TODAY)).isEqualTo(RICH);
  }

  @Test
  void anEmptyNoteRendersTheTemplateAndReadsBackEmpty() {
    String md = NoteDocument.render(1, "Rust memory layout fundamentals", Notes.EMPTY);

    assertThat(md).contains("## Day 1: Rust memory layout fundamentals", "### What I Learned\n- \n",
        "```rust\n// paste code here\n```", "### Time Spent: __ minutes");
    assertThat(NoteParser.parse(md, Notes.EMPTY, TODAY)).isEqualTo(Notes.EMPTY);
  }

  @Test
  void typedNotesAndATimeInTheHeadingAreRead() {
    String md = NoteDocument.render(1, "Layout", Notes.EMPTY)
        .replace("### What I Learned\n- \n", "### What I Learned\n- first\n- second\n\nA paragraph too.\n")
        .replace("// paste code here", "let x = 5;")
        .replace("Time Spent: __ minutes", "Time Spent: 35 minutes");

    Notes notes = NoteParser.parse(md, Notes.EMPTY, TODAY);

    assertThat(notes.learned()).containsExactly("first", "second", "A paragraph too.");
    assertThat(notes.code()).containsExactly(new CodeSnippet("rust", "let x = 5;\n"));
    assertThat(notes.sessions()).containsExactly(new Session(TODAY, 35));
  }

  @Test
  void aMissingSectionKeepsWhatItHeld() {
    Notes parsed = NoteParser.parse("### What I Learned\n- only this\n", RICH, TODAY);

    assertThat(parsed.learned()).containsExactly("only this");
    assertThat(parsed.questions()).isEqualTo(RICH.questions());
    assertThat(parsed.sessions()).isEqualTo(RICH.sessions());
  }

  @Test
  void whatCannotBePlacedIsAnErrorWithItsLine() {
    assertThatThrownBy(() -> NoteParser.parse("## Day 1: x\n\n### Feelings\n- good\n", Notes.EMPTY, TODAY))
        .isInstanceOf(NoteFormatException.class)
        .hasMessageContaining("unknown heading \"Feelings\"")
        .extracting(e -> ((NoteFormatException) e).line()).isEqualTo(3);
    assertThatThrownBy(() -> NoteParser.parse("### Time Spent\n- a while\n", Notes.EMPTY, TODAY))
        .hasMessageContaining("cannot read the time \"a while\"");
    assertThatThrownBy(() -> NoteParser.parse("stray words\n", Notes.EMPTY, TODAY))
        .hasMessageContaining("text outside any section");
  }

  @Test
  void theTotalInTheHeadingIsComputedFromTheSessionLines() {
    Notes twenty = Notes.EMPTY.withSession(TODAY, 20);
    String md = NoteDocument.render(1, "Layout", twenty);

    assertThat(md).contains("the total in its heading is computed\n     from those lines");
    // A line added, the heading as it was, or made to agree, or saying less: the lines are the record.
    assertThat(NoteParser.parse(md.replace("- 2026-03-05: 20 minutes\n", "- 2026-03-05: 20 minutes\n- 30 minutes\n"),
        twenty, TODAY).sessions()).containsExactly(new Session(TODAY, 50));
    assertThat(NoteParser.parse("### Time Spent: 50 minutes\n- 2026-03-05: 20 minutes\n- 30 minutes\n", twenty, TODAY)
        .sessions()).containsExactly(new Session(TODAY, 50));
    assertThat(NoteParser.parse("### Time Spent: 10 minutes\n- 30 minutes\n", Notes.EMPTY, TODAY).sessions())
        .containsExactly(new Session(TODAY, 30));
  }

  @Test
  void aTotalTypedIntoTheHeadingCountsOnlyWhereItIsNewAndSaysMoreThanTheLines() {
    Notes before = Notes.EMPTY.withSession(TODAY.minusDays(1), 20).withSession(TODAY, 15);

    // Typed: the heading said 35; the 10 minutes beyond the lines are today's.
    assertThat(NoteParser.parse("### Time Spent: 45 minutes\n- 2026-03-04: 20 minutes\n- 2026-03-05: 15 minutes\n",
        before, TODAY).sessions()).containsExactly(new Session(TODAY.minusDays(1), 20), new Session(TODAY, 25));
    // Not typed: a line deleted under the heading as it was is gone, not moved to today.
    assertThat(NoteParser.parse("### Time Spent: 35 minutes\n- 2026-03-05: 15 minutes\n", before, TODAY).sessions())
        .containsExactly(new Session(TODAY, 15));
    // The template's blank filled in, with no lines.
    assertThat(NoteParser.parse("### Time Spent: 40 minutes\n", Notes.EMPTY, TODAY).sessions())
        .containsExactly(new Session(TODAY, 40));
  }

  @Test
  void whatTwoVersionsHaveInCommonCountsRepeatsAndTheSmallerMinutes() {
    Notes current = new Notes(List.of("a", "b", "b", "meanwhile"), List.of(), List.of(), List.of(),
        List.of(new Session(TODAY.minusDays(1), 10), new Session(TODAY, 25)), List.of(), List.of(), Unknown.NONE);
    Notes edited = new Notes(List.of("b", "a", "new"), List.of(), List.of(), List.of(),
        List.of(new Session(TODAY, 40)), List.of(), List.of(), Unknown.NONE);

    Notes common = NoteOverlap.common(current, edited);

    assertThat(common.learned()).containsExactly("a", "b");
    assertThat(common.sessions()).containsExactly(new Session(TODAY, 25));
    Notes merged = NoteMerge.apply(current, common, edited);
    assertThat(merged.learned()).containsExactly("a", "b", "b", "meanwhile", "new");
    assertThat(merged.sessions()).containsExactly(new Session(TODAY.minusDays(1), 10), new Session(TODAY, 40));
  }

  @Test
  void anEditMadeWhileAnotherProcessLoggedKeepsBothSides() {
    Notes original = Notes.EMPTY.plus(new Notes(List.of("a", "b"), List.of(), List.of(), List.of(),
        List.of(new Session(TODAY, 10)), List.of(), List.of(), Unknown.NONE));
    Notes current = original.plus(new Notes(List.of("from elsewhere"), List.of(), List.of(), List.of(),
        List.of(new Session(TODAY, 5)), List.of(), List.of(), Unknown.NONE));
    Notes edited = new Notes(List.of("b", "c"), List.of(), List.of(), List.of(),
        List.of(new Session(TODAY, 30)), List.of(), List.of(), Unknown.NONE);

    Notes merged = NoteMerge.apply(current, original, edited);

    assertThat(merged.learned()).containsExactly("b", "from elsewhere", "c");
    assertThat(merged.sessions()).containsExactly(new Session(TODAY, 35));
  }
}
