package dev.rustplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.ScreenLines;
import dev.rustplan.testing.Screens.Journal;
import dev.rustplan.testing.Screens.Screen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every everyday screen at widths from 40 to 200 columns: each line fits, but for a single word
 * longer than a line, and each word is a word of the 200-column screen, so that no width breaks
 * one ("self-" and "referential" would each be missing from the wide screen). Every width from 40
 * to 80, where tables turn into blocks and most lines wrap, then every sixth up to 200; with
 * {@code -Dwidths=all} every one (about three times as long).
 */
class ScreenWidthsTest {

  private static final int NARROWEST = 40;
  private static final int WIDEST = 200;

  @TempDir static Path homes;

  private static final Map<Journal, Path> JOURNALS = new EnumMap<>(Journal.class);

  @BeforeAll
  static void journals() {
    for (Journal journal : Journal.values()) {
      try {
        Path home = Files.createDirectory(homes.resolve(journal.name().toLowerCase()));
        journal.make(home);
        JOURNALS.put(journal, home);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Screen.class)
  void fitsEveryWidthAndBreaksNoWord(Screen screen) {
    Path home = JOURNALS.get(screen.journal);
    String wide = screen.at(home, WIDEST);
    List<String> faults = new ArrayList<>();
    boolean all = "all".equals(System.getProperty("widths"));
    for (int width = NARROWEST; width <= WIDEST; width += all || width < 80 ? 1 : 6) {
      String out = screen.at(home, width);
      for (String line : ScreenLines.overlong(out, width)) {
        faults.add(width + " columns, too wide: " + line);
      }
      for (String word : ScreenLines.brokenWords(out, wide)) {
        faults.add(width + " columns, a broken word: " + word);
      }
    }
    assertThat(faults).as("%s at %d to %d columns", screen, NARROWEST, WIDEST).isEmpty();
  }
}
