package dev.rustplan.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The width: the terminal's when stdout is one, else $COLUMNS, else 80; the terminal asked only when needed. */
class TerminalWidthTest {

  private final AtomicInteger asked = new AtomicInteger();

  private int ask() {
    asked.incrementAndGet();
    return 120;
  }

  @Test
  void atATerminalItsWidthWinsOverColumns() {
    assertThat(TerminalWidth.of(true, OptionalInt.empty(), Optional.of("50"), this::ask)).isEqualTo(120);
    assertThat(TerminalWidth.of(true, OptionalInt.of(66), Optional.of("50"), this::ask))
        .as("what the launcher told, without asking").isEqualTo(66);
    assertThat(asked).hasValue(1);
  }

  @Test
  void inAPipeColumnsElse80AndTheTerminalIsNeverAsked() {
    assertThat(TerminalWidth.of(false, OptionalInt.empty(), Optional.of("132"), this::ask)).isEqualTo(132);
    assertThat(TerminalWidth.of(false, OptionalInt.empty(), Optional.empty(), this::ask)).isEqualTo(80);
    assertThat(asked).hasValue(0);
  }

  @Test
  void aTerminalThatCannotTellFallsBackToColumns() {
    assertThat(TerminalWidth.of(true, OptionalInt.empty(), Optional.of("90"), () -> 0)).isEqualTo(90);
    assertThat(TerminalWidth.of(true, OptionalInt.of(0), Optional.empty(), () -> 0)).isEqualTo(80);
  }

  @Test
  void nonsenseIsNoWidthAndTooNarrowIsTheNarrowest() {
    assertThat(TerminalWidth.of(false, OptionalInt.empty(), Optional.of("wide"), this::ask)).isEqualTo(80);
    assertThat(TerminalWidth.of(false, OptionalInt.empty(), Optional.of("-5"), this::ask)).isEqualTo(80);
    assertThat(TerminalWidth.of(false, OptionalInt.empty(), Optional.of("7"), this::ask)).isEqualTo(TerminalWidth.NARROWEST);
  }

  @Test
  void askingWithoutATerminalOnStdoutTellsNothing() {
    // The test JVM's stdout is a pipe to the build.
    assertThat(TerminalWidth.ask()).isZero();
  }
}
