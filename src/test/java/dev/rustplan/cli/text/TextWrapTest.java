package dev.rustplan.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one wrapper: widths as a terminal counts them, breaks between words only, hangs under marks. */
class TextWrapTest {

  private static final String ESC = "\u001b";

  @Test
  void countsColumnsAsATerminalDoes() {
    assertThat(TextWrap.width("abc")).isEqualTo(3);
    assertThat(TextWrap.width("🔥 📅 ✅ 🟡 ⬜ 🦀")).as("emoji of wide presentation").isEqualTo(17);
    assertThat(TextWrap.width("● ◐ ○ ⊘ ✗ ◇ · ⚠ 🛠")).as("narrow symbols, ✗ and ⚠ and 🛠 among them").isEqualTo(17);
    assertThat(TextWrap.width("日本")).isEqualTo(4);
    assertThat(TextWrap.width("e\u0301")).as("a combining accent").isEqualTo(1);
    assertThat(TextWrap.width(ESC + "[1;33mwarn" + ESC + "[0m")).as("colour codes").isEqualTo(4);
    assertThat(TextWrap.width(ESC + "]8;;https://a.b" + ESC + "\\" + "link" + ESC + "]8;;" + ESC + "\\"))
        .as("a link's codes").isEqualTo(4);
  }

  @Test
  void aLineThatFitsIsLeftAsItIs() {
    assertThat(TextWrap.fill("🔥 Streak: 8 days  📅 on schedule", 80)).isEqualTo("🔥 Streak: 8 days  📅 on schedule\n");
    assertThat(TextWrap.fill("", 80)).isEqualTo("\n");
    assertThat(TextWrap.fill("a\n\nb\n", 80)).isEqualTo("a\n\nb\n");
  }

  @Test
  void breaksBetweenWordsAndHangsUnderAMark() {
    String text = "💤 You missed yesterday. That's fine: one missed day may be made up, and today's session does it.";
    assertThat(TextWrap.fill(text, 40)).isEqualTo("""
        💤 You missed yesterday. That's fine:
           one missed day may be made up, and
           today's session does it.
        """);
    assertThat(TextWrap.fill("  To move the days: rustplan reschedule (or rustplan start --force)", 30)).isEqualTo("""
          To move the days: rustplan
          reschedule (or rustplan
          start --force)
        """);
  }

  @Test
  void aWordLongerThanTheLineKeepsALineOfItsOwn() {
    assertThat(TextWrap.fill("see https://doc.rust-lang.org/nomicon/data.html for more", 20)).isEqualTo("""
        see
        https://doc.rust-lang.org/nomicon/data.html
        for more
        """);
    assertThat(TextWrap.hanging("  • ", "https://doc.rust-lang.org/nomicon/data.html", 20))
        .as("a bullet keeps its word").isEqualTo("  • https://doc.rust-lang.org/nomicon/data.html\n");
  }

  @Test
  void hangsTextUnderItsLabelOrBelowIt() {
    assertThat(TextWrap.hanging("  • ", "Rust for Rustaceans, by Jon Gjengset (No Starch Press, 2021)", 40)).isEqualTo("""
          • Rust for Rustaceans, by Jon Gjengset
            (No Starch Press, 2021)
        """);
    assertThat(TextWrap.hanging("       Blog post  ", "2026-03-08-100-days-of-rust-week-1.md", 50)).isEqualTo("""
               Blog post
                 2026-03-08-100-days-of-rust-week-1.md
        """);
  }

  @Test
  void packsItemsAndKeepsTheSeparatorsMarkAtTheEndOfALine() {
    assertThat(TextWrap.items("More: ", List.of("rustplan week N (a week's days)", "rustplan show DAY (one day)",
        "rustplan plan check"), ", ", 50)).isEqualTo("""
        More: rustplan week N (a week's days),
              rustplan show DAY (one day),
              rustplan plan check
        """);
    assertThat(TextWrap.items("", List.of("● done", "◐ doing", "○ to do", "⊘ skipped"), "  ", 20)).isEqualTo("""
        ● done  ◐ doing
        ○ to do  ⊘ skipped
        """);
  }

  @Test
  void putsPartsOnLinesOfTheirOwnWhenTheyDoNotFitOne() {
    assertThat(TextWrap.either(80, "  ", "🔥 Streak: 8 days", "📅 on schedule")).isEqualTo("🔥 Streak: 8 days  📅 on schedule\n");
    assertThat(TextWrap.either(20, "  ", "🔥 Streak: 8 days", "📅 on schedule")).isEqualTo("🔥 Streak: 8 days\n📅 on schedule\n");
  }

  @Test
  void wrapsStyledTextByWhatShows() {
    String bold = ESC + "[1m" + "Open questions" + ESC + "[0m";
    assertThat(TextWrap.fill(bold + " from day 8 of the plan", 30)).isEqualTo(bold + " from day 8 of\nthe plan\n");
  }

  @Test
  void showsControlCharactersOfPlainText() {
    assertThat(TextWrap.wrap("clear " + ESC + "[2J here", 80)).containsExactly("clear \u241b[2J here");
  }
}
