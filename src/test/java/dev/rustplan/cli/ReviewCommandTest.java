package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews of hard days: `done --hard`, struggles, `today`'s line and `review`, on dates the test fixes. */
class ReviewCommandTest {

  @TempDir Path home;

  private Rustplan on(String date) {
    return new Rustplan(home).today(date);
  }

  private JournalFile file() {
    return new JournalFile(home);
  }

  private JsonNode review(int day) {
    return file().day(day).path("review");
  }

  private void started() {
    assertThat(on("2026-03-02").run("start")).succeeds();
  }

  @Test
  void aHardDayComesDueOneSevenAndThirtyDaysAfterItWasFinished() throws IOException {
    started();
    assertThat(on("2026-03-02").run("done", "1", "--hard")).succeeds().out()
        .contains("✅ Day 1 done on 2026-03-02",
            "🔁 Day 1 comes up for review on 2026-03-03, then 7 and 30 days after 2026-03-02");
    assertThat(review(1).toString()).isEqualTo("{\"since\":\"2026-03-02\",\"step\":0,\"due\":\"2026-03-03\"}");
    assertThat(on("2026-03-02").run("today")).succeeds().out().doesNotContain("Review");
    assertThat(on("2026-03-02").run("review")).succeeds().out()
        .contains("Coming up", "Day 1", "Rust memory layout fundamentals", "1st review on 2026-03-03")
        .doesNotContain("Due now");

    // Day 1 after: due. today names it in one short line; review lists it.
    Result today = on("2026-03-03").run("today");
    assertThat(today).succeeds().out()
        .contains("🔁 Review due: day 1 (Rust memory layout fundamentals) · rustplan review\n");
    assertThat(today.out().lines().filter(l -> l.contains("Review")).count()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(on("2026-03-03").run("today", "--json").out());
    assertThat(json.path("reviewsDue").toString()).isEqualTo("[1]");
    assertThat(on("2026-03-03").run("review")).succeeds().out()
        .contains("Due now", "Day 1", "1st review due today", "rustplan review DAY --ok");

    // Passed on time: the next is 7 days after the finish, not after the review.
    assertThat(on("2026-03-03").run("review", "1", "--ok")).succeeds().out()
        .contains("✅ Day 1 reviewed. Next: 2nd review on 2026-03-09.");
    assertThat(review(1).toString()).isEqualTo("{\"since\":\"2026-03-02\",\"step\":1,\"due\":\"2026-03-09\",\"reviewed\":[\"2026-03-03\"]}");
    JsonNode shown = new ObjectMapper().readTree(on("2026-03-03").run("show", "1", "--json").out());
    assertThat(shown.path("review").toString()).isEqualTo("{\"since\":\"2026-03-02\",\"step\":1,\"due\":\"2026-03-09\",\"reviewed\":[\"2026-03-03\"]}");
    assertThat(new ObjectMapper().readTree(on("2026-03-03").run("show", "2", "--json").out()).get("review").isNull())
        .isTrue();
    assertThat(on("2026-03-08").run("today")).succeeds().out().doesNotContain("Review");
    assertThat(on("2026-03-08").run("review")).succeeds().out().contains("2nd review on 2026-03-09");
    assertThat(on("2026-03-12").run("review")).succeeds().out().contains("2nd review due since 2026-03-09");

    // Passed late (on the 12th): the third is still 30 days after the finish.
    assertThat(on("2026-03-12").run("review", "1", "--ok")).succeeds().out()
        .contains("Next: 3rd review on 2026-04-01.");
    assertThat(on("2026-04-01").run("today")).succeeds().out().contains("🔁 Review due: day 1");
    assertThat(on("2026-04-01").run("review", "1", "--ok")).succeeds().out()
        .contains("all 3 reviews passed. It is off the list.");
    assertThat(review(1).toString()).isEqualTo(
        "{\"since\":\"2026-03-02\",\"step\":3,\"reviewed\":[\"2026-03-03\",\"2026-03-12\",\"2026-04-01\"]}");
    assertThat(on("2026-06-01").run("today")).succeeds().out().doesNotContain("Review");
    assertThat(on("2026-06-01").run("review")).succeeds().out()
        .contains("Reviewed", "all 3 reviews passed").doesNotContain("Due now", "Coming up");
  }

  @Test
  void aReviewPassedSoLateThatTheNextDateIsGoneComesDueTheDayAfter() {
    started();
    assertThat(on("2026-03-02").run("done", "1", "--hard")).succeeds();
    assertThat(on("2026-03-20").run("review", "1", "--ok")).succeeds().out()
        .contains("Next: 2nd review on 2026-03-21.");
  }

  @Test
  void aDayWithStrugglesComesUpByItselfAndAgainStartsItOver() {
    started();
    assertThat(on("2026-03-02").run("done", "1")).succeeds().out().doesNotContain("🔁");
    assertThat(on("2026-03-03").run("log", "2", "--struggle", "Niche optimisation of Option<&T>")).succeeds();
    assertThat(on("2026-03-03").run("done", "2")).succeeds().out()
        .contains("🔁 You noted struggles: day 2 comes up for review on 2026-03-04");
    // Nothing is stored until the review moves: the struggles alone put it up.
    assertThat(review(2).isMissingNode()).isTrue();
    assertThat(on("2026-03-04").run("review")).succeeds().out()
        .contains("Day 2", "Size, alignment, and padding", "1st review due today").doesNotContain("Day 1 ");

    assertThat(on("2026-03-04").run("review", "2")).succeeds().out()
        .contains("Day 2 of 100", "Niche optimisation of Option<&T>", "🔁 Struggles noted, up for review: 1st review due today",
            "rustplan review 2 --ok");
    assertThat(on("2026-03-05").run("review", "2", "--again")).succeeds().out()
        .contains("🔁 Day 2 starts over. Next: 1st review on 2026-03-06.");
    assertThat(review(2).toString()).isEqualTo("{\"since\":\"2026-03-05\",\"step\":0,\"due\":\"2026-03-06\",\"reviewed\":[\"2026-03-05\"]}");

    // --again also puts up a done day that was not up for review.
    assertThat(on("2026-03-05").run("review", "1", "--again")).succeeds();
    assertThat(review(1).path("due").asText()).isEqualTo("2026-03-06");
  }

  @Test
  void manyDueReviewsStayOneLineInToday() {
    started();
    for (int day = 1; day <= 7; day++) {
      assertThat(on("2026-03-02").run("done", Integer.toString(day), "--hard")).succeeds();
    }
    Result today = on("2026-03-10").run("today");
    assertThat(today).succeeds().out().contains("🔁 Reviews due: days 1, 2, 3, 4, 5 and 2 more · rustplan review\n");
    assertThat(on("2026-03-10").run("reopen", "7")).succeeds();
    assertThat(on("2026-03-10").run("reopen", "6")).succeeds();
    assertThat(on("2026-03-10").run("reopen", "5")).succeeds();
    assertThat(on("2026-03-10").run("today")).succeeds().out()
        .contains("🔁 Reviews due: days 1, 2, 3 and 4 · rustplan review\n");
    assertThat(today.out().lines().filter(l -> l.contains("Review")).count()).isEqualTo(1);
  }

  @Test
  void doneHardOnADayAlreadyDonePutsItUpFromItsCompletionDate() {
    started();
    assertThat(on("2026-03-02").run("done", "1")).succeeds();
    assertThat(on("2026-03-05").run("done", "1", "--hard")).succeeds().out()
        .contains("Day 1 was already done on 2026-03-02", "is up for review, due since 2026-03-03");
    assertThat(review(1).path("since").asText()).isEqualTo("2026-03-02");
  }

  @Test
  void undoSaysWhatAReviewGoesBackTo() {
    started();
    assertThat(on("2026-03-02").run("done", "1", "--hard")).succeeds();
    assertThat(on("2026-03-03").run("review", "1", "--ok")).succeeds();
    assertThat(on("2026-03-03").run("undo", "--yes")).succeeds().out()
        .contains("day 1: review 1 of 3 due 2026-03-03");
    assertThat(review(1).path("step").asInt()).isEqualTo(0);
    assertThat(on("2026-03-03").run("undo", "--yes")).succeeds().out()
        .contains("day 1: done → todo", "day 1: off the review list");
  }

  @Test
  void badReviewsGetOneLineAndWriteNothing() {
    started();
    assertThat(on("2026-03-02").run("done", "1")).succeeds();
    byte[] before = file().bytes();

    assertThat(on("2026-03-03").run("review", "--ok")).failsWith(2, "name the day you reviewed");
    assertThat(on("2026-03-03").run("review", "1", "--ok")).failsWith(2, "day 1 is not up for review",
        "rustplan review 1 --again");
    assertThat(on("2026-03-03").run("review", "5", "--again")).failsWith(2, "day 5 is todo",
        "only a done day is reviewed");
    assertThat(on("2026-03-03").run("review", "101")).failsWith(2, "day must be between 1 and 100, got 101");
    assertThat(on("2026-03-03").run("review", "1", "--ok", "--again")).failsWith(2,
        "rustplan: --ok and --again cannot go together; give one of them (rustplan review --help)");
    assertThat(file().bytes()).isEqualTo(before);
    assertThat(on("2026-03-03").run("review")).succeeds().out().contains("No day is up for review");
  }
}
