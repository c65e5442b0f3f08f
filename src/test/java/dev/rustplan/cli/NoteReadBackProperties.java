package dev.rustplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.command.daily.NoteEditor;
import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Unknown;
import dev.rustplan.note.NoteDocument;
import dev.rustplan.testing.Mutations;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Arbitrary text as the buffer `log --edit` reads back: it either gives notes or one line that
 * names the buffer's line and where the learner's text is kept; never anything else.
 */
class NoteReadBackProperties {

  private static final LocalDate TODAY = LocalDate.parse("2026-03-05");
  private static final Path DRAFT = Path.of("/home/learner/.local/share/rustplan/drafts/day-3-0123456789abcdef.md");
  private static final Notes BEFORE = new Notes(List.of("repr(C)", "a\nb"), List.of(new CodeSnippet("rust", "fn a() {}\n")),
      List.of("why?"), List.of("RfR Ch. 1"), List.of(new Session(TODAY, 30)), List.of("oh"), List.of("hm"), Unknown.NONE);

  private static final List<String> TOKENS = List.of(
      "# Day 3: Zero-sized types", "## What I Learned", "## Code I Wrote", "## Questions That Arose",
      "## Resources Used", "## Time Spent: 40 minutes", "## Time Spent: __ minutes", "## Time Spent: lots",
      "## Time Spent: 99999999999 minutes", "## Aha Moments", "## Struggles", "## Something Else", "- item", "* item",
      "1. item", "- ", "```rust", "```", "~~~", "    indented code", "- 2026-03-04: 30 minutes", "- 2026-02-30: 5 minutes",
      "- 99999999999 minutes", "- 20 minutes", "- -5 minutes", "<!-- prompt -->", "<!--", "> quoted", "| a | b |",
      "---", "===", "Setext heading", "text outside", "\t- tabbed", "\r", "\u0000", "\uFEFF", "\u2028");

  @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
  void anEditedNoteReadsBackOrIsOneLineWithItsPlace(@ForAll("buffers") String buffer) {
    check(buffer);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void arbitraryTextReadsBackOrIsOneLineWithItsPlace(@ForAll("noise") String buffer) {
    check(buffer);
  }

  // Found by the properties above: a lone CR (a line end to commonmark) crashed the reader or lost the line after it.
  @Example
  void aLoneCarriageReturnEndsALineAndLosesNothing() {
    Notes read = NoteEditor.readBack("### What I Learned\n- a\rb\n- c\r\r\n", BEFORE, TODAY, DRAFT);
    assertThat(read.learned()).containsExactly("a\nb", "c");
  }

  // Found by the properties above: a time entry running over several lines made a message of several lines.
  @Example
  void aTimeThatCannotBeReadIsQuotedOnOneLine() {
    assertThatThrownBy(() -> NoteEditor.readBack("### Time Spent\n\n- 20 minutes\n  and more\n", BEFORE, TODAY, DRAFT))
        .isInstanceOf(RustplanException.class)
        .hasMessage("cannot read your note, line 3: cannot read the time \"20 minutes…\"; write \"30 minutes\" for today"
            + " or \"2026-03-02: 30 minutes\"; nothing was changed and your text is kept in " + DRAFT);
  }

  @Provide
  Arbitrary<String> buffers() {
    return Mutations.of(NoteDocument.render(3, "Zero-sized types", BEFORE), TOKENS);
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(1000), Arbitraries.of(TOKENS).list().ofMaxSize(30)
        .map(lines -> String.join("\n", lines)));
  }

  private static void check(String buffer) {
    try {
      assertThat(NoteEditor.readBack(buffer, BEFORE, TODAY, DRAFT)).isNotNull();
    } catch (RustplanException e) {
      assertThat(e.getMessage()).doesNotContain("\n").startsWith("cannot read your note, line ")
          .endsWith("your text is kept in " + DRAFT);
    }
  }
}
