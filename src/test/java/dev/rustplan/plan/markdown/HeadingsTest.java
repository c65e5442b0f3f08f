package dev.rustplan.plan.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.plan.Outline.DayRange;
import dev.rustplan.plan.markdown.Headings.Declared;
import org.junit.jupiter.api.Test;

/** Phase and week headings in the shapes chatbots write them. */
class HeadingsTest {

  @Test
  void theRangeMayComeBeforeOrAfterTheNameAndPictographsAreNotPartOfIt() {
    assertThat(Headings.phase("Phase 2: Traits & Type System Mastery (Days 16-35)")).contains(
        new Declared(2, 2, "Traits & Type System Mastery", new DayRange(16, 35)));
    assertThat(Headings.phase("\uD83C\uDF31 Phase 1: Basics (Days 1-7) \uD83D\uDE80")).contains(
        new Declared(1, 1, "Basics", new DayRange(1, 7)));
    assertThat(Headings.phase("Phase 1 (Days 1-7): Basics")).contains(new Declared(1, 1, "Basics", new DayRange(1, 7)));
    assertThat(Headings.week("Week 1 (Days 1\u20137): X")).contains(new Declared(1, 1, "X", new DayRange(1, 7)));
    assertThat(Headings.week("Week 1 \u2014 Language Basics")).contains(
        new Declared(1, 1, "Language Basics", DayRange.NONE));
    assertThat(Headings.week("Week 3: Basics \u2014 Days 15 to 21")).contains(
        new Declared(3, 3, "Basics", new DayRange(15, 21)));
    assertThat(Headings.week("\uD83D\uDCC5 Week 4 | Testing")).contains(new Declared(4, 4, "Testing", DayRange.NONE));
  }

  @Test
  void aNameKeepsWhatItStartsWith() {
    assertThat(Headings.week("Week 1: ../../../escaped/..")).contains(
        new Declared(1, 1, "../../../escaped/..", DayRange.NONE));
    assertThat(Headings.week("Week 1. Basics")).contains(new Declared(1, 1, "Basics", DayRange.NONE));
    assertThat(Headings.week("Week 1 - -1 and beyond")).contains(new Declared(1, 1, "-1 and beyond", DayRange.NONE));
  }

  @Test
  void aBlockOfWeeksIsOneWeekThatAnswersToBothNumbers() {
    assertThat(Headings.week("Week 2-3: Interfaces")).contains(new Declared(2, 3, "Interfaces", DayRange.NONE));
    assertThat(Headings.week("Weeks 5\u20136: Concurrency (Days 29-42)")).contains(
        new Declared(5, 6, "Concurrency", new DayRange(29, 42)));
    // A dash before words is a separator, not a block.
    assertThat(Headings.week("Week 1 - Days of Basics")).contains(new Declared(1, 1, "Days of Basics", DayRange.NONE));
  }

  @Test
  void headingsThatAreNotPhasesOrWeeks() {
    assertThat(Headings.week("Weekly review")).isEmpty();
    assertThat(Headings.phase("Phasers on stun")).isEmpty();
    assertThat(Headings.unreadable("Week One: Basics")).contains("week");
    assertThat(Headings.unreadable("Weekly review")).isEmpty();
    assertThat(Headings.isDay("Day 3: Traits")).isTrue();
    assertThat(Headings.isDay("Days 3-4: Traits")).isTrue(); // read, so that it can be refused
    assertThat(Headings.isDay("Daily template")).isFalse();
  }
}
