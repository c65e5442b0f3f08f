package dev.rustplan.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.journal.Status;
import dev.rustplan.plan.PlanMeta.Budget;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** One way to write a duration, a command, a status; one meaning for each mark. */
class VoiceTest {

  @Test
  void durations() {
    assertThat(Voice.duration(0)).isEqualTo("0 min");
    assertThat(Voice.duration(45)).isEqualTo("45 min");
    assertThat(Voice.duration(60)).isEqualTo("1 h");
    assertThat(Voice.duration(75)).isEqualTo("1 h 15 min");
    assertThat(Voice.duration(615)).isEqualTo("10 h 15 min");
    assertThat(Voice.budget(new Budget(30, 45))).isEqualTo("30-45 min");
    assertThat(Voice.budget(new Budget(30, 30))).isEqualTo("30 min");
    assertThat(Voice.budget(new Budget(45, 90))).isEqualTo("45 min to 1 h 30 min");
  }

  @Test
  void commandsAndStatuses() {
    assertThat(Voice.command("done 5")).isEqualTo("rustplan done 5");
    assertThat(Voice.status(Status.TODO)).isEqualTo("to do");
    assertThat(Voice.status(Status.SKIPPED)).isEqualTo("skipped");
  }

  @Test
  void eachMarkMeansOneThing() {
    String[] marks = {Voice.DONE, Voice.DOING, Voice.TO_DO, Voice.SKIPPED, Voice.MISSED, Voice.TODAY, Voice.TO_COME,
        Voice.FINISHED, Voice.IN_PROGRESS, Voice.NOT_STARTED, Voice.STREAK, Voice.SCHEDULE, Voice.REVIEW,
        Voice.MISSED_ONE, Voice.WARNING, Voice.ALL_DONE, Voice.PRACTICE, Voice.LESSON, Voice.CAPSTONE, Voice.BULLET,
        Voice.QUESTION};
    assertThat(Arrays.stream(marks).distinct()).hasSize(marks.length);
    assertThat(CalendarView.MARKS).noneMatch(m -> m.startsWith(Voice.TO_DO));
  }
}
