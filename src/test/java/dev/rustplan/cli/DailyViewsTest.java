package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `show` and `week` with the learner's progress: each day's status and notes, and the current week. */
class DailyViewsTest {

  @TempDir Path home;

  private Rustplan on(String date) {
    return new Rustplan(home).today(date);
  }

  @BeforeEach
  void aWeekAndABitOfProgress() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    for (int day = 1; day <= 7; day++) {
      assertThat(on("2026-03-0" + (day + 1)).run("done")).succeeds();
    }
    assertThat(on("2026-03-09").run("log", "8", "--learned", "fields drop in declaration order",
        "--question", "what does ManuallyDrop cost?", "--minutes", "35", "--aha", "drop order is part of the API")).succeeds();
    assertThat(on("2026-03-09").run("skip", "9")).succeeds();
  }

  @Test
  void showAddsTheStatusAndTheNotes() throws Exception {
    assertThat(on("2026-03-09").run("show", "8")).succeeds().out()
        .contains("Day 8 of 100 · Drop order and drop guarantees", "Status\n  doing\n",
            "What I Learned\n  • fields drop in declaration order\n",
            "Questions That Arose\n  ? what does ManuallyDrop cost?\n", "Time Spent: 35 min\n",
            "Aha Moments\n  • drop order is part of the API\n");
    assertThat(on("2026-03-09").run("show", "3")).succeeds().out().contains("Status\n  done on 2026-03-04\n");
    assertThat(on("2026-03-09").run("show", "20")).succeeds().out()
        .contains("Status\n  to do\n", "Notes\n  none yet (rustplan log)");

    JsonNode json = new ObjectMapper().readTree(on("2026-03-09").run("show", "8", "--json").out());
    assertThat(json.path("status").asText()).isEqualTo("doing");
    assertThat(json.path("completed").isNull()).isTrue();
    assertThat(json.path("notes").path("learned").get(0).asText()).isEqualTo("fields drop in declaration order");
    assertThat(json.path("notes").path("minutes").asInt()).isEqualTo(35);
    assertThat(json.path("notes").path("sessions").get(0).path("date").asText()).isEqualTo("2026-03-09");
    JsonNode done = new ObjectMapper().readTree(on("2026-03-09").run("show", "3", "--json").out());
    assertThat(done.path("status").asText()).isEqualTo("done");
    assertThat(done.path("completed").asText()).isEqualTo("2026-03-04");
  }

  @Test
  void weekDefaultsToTheCurrentWeekAndMarksEachDaysStatus() {
    Result result = on("2026-03-09").run("week");

    assertThat(result).succeeds().out()
        .startsWith("Week 2 · Ownership Deep Dive · days 8-14 (7 days)\n")
        .containsPattern("(?m)^8 ◐ +Drop order")
        .containsPattern("(?m)^9 ⊘ +`Pin` fundamentals")
        .containsPattern("(?m)^10 ○ +`Pin` in practice")
        .contains("Your notes\nDay 8 · doing · 1 learned, 1 question, 1 aha, 35 min\n"
            + "  • fields drop in declaration order\n  ? what does ManuallyDrop cost?\n");
    assertThat(on("2026-03-09").run("week", "1")).succeeds().out()
        .containsPattern("(?m)^1 ● +Rust memory layout")
        .containsPattern("(?m)^7 ● +Practice: Build a")
        .doesNotContain("Your notes");
  }
}
