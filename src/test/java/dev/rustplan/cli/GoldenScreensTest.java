package dev.rustplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Golden;
import dev.rustplan.testing.ScreenLines;
import dev.rustplan.testing.Screens;
import dev.rustplan.testing.Screens.Screen;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden files: the everyday screens exactly as a learner sees them at 50, 80 and 120 columns,
 * compared whole with the approved copies in src/test/resources/golden/ (NAME.txt for 80 columns,
 * NAME-50.txt and NAME-120.txt; colour off, fixed dates). Each also fits its width, and none breaks
 * a word: every word of it is a word of the same screen at 200 columns.
 *
 * <p>When a screen changes on purpose, rewrite the golden files, then read the change before
 * committing it:
 *
 * <pre>
 *   mvn -o test -Dtest=GoldenScreensTest -Dgolden.update=true
 *   git diff src/test/resources/golden/
 * </pre>
 *
 * <p>(GOLDEN_UPDATE=true in the environment does the same.) While updating, each test writes its
 * files and passes; without the switch a difference fails with a diff, the golden file's path and
 * that command. See {@link Golden}.
 */
class GoldenScreensTest {

  @TempDir Path home;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Screen.class)
  void everydayScreen(Screen screen) {
    screen.journal.make(home);
    String wide = screen.at(home, 200);
    for (int width : Screens.GOLDEN_WIDTHS) {
      String out = screen.at(home, width);
      assertThat(out).as("%s at %d columns", screen, width).doesNotContain("\u001b").isNotBlank();
      assertThat(ScreenLines.overlong(out, width)).as("lines of %s wider than %d columns", screen, width).isEmpty();
      assertThat(ScreenLines.brokenWords(out, wide)).as("words of %s at %d columns broken", screen, width).isEmpty();
      Golden.assertMatches(screen.golden(width), out);
    }
  }

  /** One line for a shell prompt: never wrapped, whatever the width. */
  @Test
  void todayBrief() {
    Screens.Journal.WEEK_TWO.make(home);
    Golden.assertMatches("today-brief", Screen.TODAY_IN_PROGRESS.rustplan(home, 50).run("today", "--brief").out());
  }
}
