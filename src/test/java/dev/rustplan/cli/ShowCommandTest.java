package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** `rustplan show DAY` on the bundled plan: the right day, in the right week and phase, with links. */
class ShowCommandTest {

  @TempDir Path home;

  private JsonNode json(String day) throws Exception {
    Result result = new Rustplan(home).run("show", day, "--json");
    assertThat(result).succeeds();
    return new ObjectMapper().readTree(result.out());
  }

  @ParameterizedTest(name = "day {0} is \"{1}\" in week {2}")
  @CsvSource(delimiter = '|', value = {
    "1   | Rust memory layout fundamentals          | 1",
    "12  | Atomic types and memory ordering         | 2",
    "15  | Trait objects vs generics                | 3",
    "26  | `'static` misconceptions                 | 4",
    "30  | Deref coercion chains                    | 5",
    "36  | Future trait internals                   | 6",
    "47  | `select!` macro deep dive                | 7",
    "50  | Async trait methods                      | 8",
    "55  | Implement graceful shutdown              | 8",
    "57  | Undefined behavior in Rust               | 9",
    "63  | `MaybeUninit`                            | 10",
    "70  | Wrap a C library                         | 10",
    "74  | Streaming with Tonic                     | 11",
    "78  | Tower service pattern                    | 12",
    "85  | Build a REST API                         | 12",
    "89  | `ExactSizeIterator`, `DoubleEndedIterator` | 13",
    "93  | Benchmarking with Criterion              | 14",
    "100 | Profile and optimize                     | 14",
  })
  void eachWeekHasItsTopicsInRowOrder(int day, String topic, int week) throws Exception {
    JsonNode json = json(String.valueOf(day));
    assertThat(json.get("day").asInt()).isEqualTo(day);
    assertThat(json.get("topic").asText()).isEqualTo(topic);
    assertThat(json.get("week").asInt()).isEqualTo(week);
  }

  @Test
  void allHundredDaysLoadInOrderEachWithATopicAndAnActivity() throws Exception {
    for (int day = 1; day <= 100; day++) {
      JsonNode json = json(String.valueOf(day));
      assertThat(json.get("day").asInt()).isEqualTo(day);
      assertThat(json.get("lastDay").asInt()).isEqualTo(100);
      assertThat(json.get("topic").asText()).as("topic of day %d", day).isNotBlank();
      assertThat(json.get("activity").asText()).as("activity of day %d", day).isNotBlank();
    }
  }

  @Test
  void day15IsInWeek3UnderPhase2WhateverPhase1sHeadingSays() throws Exception {
    JsonNode json = json("15");
    assertThat(json.get("week").asInt()).isEqualTo(3);
    assertThat(json.get("weekTheme").asText()).isEqualTo("Advanced Trait Patterns");
    assertThat(json.get("phase").asInt()).isEqualTo(2);
    assertThat(json.get("phaseName").asText()).isEqualTo("Traits & Type System Mastery");
    assertThat(json(("14")).get("phase").asInt()).isEqualTo(1);
  }

  @ParameterizedTest(name = "day {0} is a {1}")
  @CsvSource({"1,lesson", "7,practice", "14,practice", "21,practice", "55,practice", "70,practice",
    "92,practice", "99,lesson", "100,capstone"})
  void kindsComeFromTheBoldLabels(int day, String kind) throws Exception {
    JsonNode json = json(String.valueOf(day));
    assertThat(json.get("kind").asText()).isEqualTo(kind);
    assertThat(json.get("topic").asText()).doesNotContain("Practice:", "Capstone:", "**");
  }

  @Test
  void textOutputShowsTheDayItsPlaceAndItsResourcesWithLinks() {
    var result = new Rustplan(home).run("show", "9");
    assertThat(result).succeeds().out()
        .startsWith("Day 9 of 100 \u00b7 `Pin` fundamentals\n")
        .contains("Kind    lesson")
        .contains("Week    2 \u00b7 Ownership Deep Dive (days 8-14)")
        .contains("Phase   1 \u00b7 Foundations of Mastery (days 1-14)")
        .contains("Why `Pin` exists, self-referential structs problem")
        .contains("Rust for Rustaceans, by Jon Gjengset (No Starch Press, 2021) \u2014 Chapter 8:")
        .contains("Asynchronous Programming")
        .contains("https://nostarch.com/rust-rustaceans")
        .contains("The Rustonomicon: The Dark Arts of Unsafe Rust")
        .contains("https://doc.rust-lang.org/nomicon/");
  }

  @Test
  void practiceDaysSayWhatTheyAre() {
    var result = new Rustplan(home).run("show", "7");
    assertThat(result).succeeds().out()
        .startsWith("Day 7 of 100 \u00b7 Practice: Build a memory inspector\n")
        .contains("Kind    practice");
  }

  @ParameterizedTest(name = "day {0}: \"{1}\" links to {2}")
  @CsvSource(delimiter = '|', value = {
    "2  | Rustonomicon \"Data Layout\"          | https://doc.rust-lang.org/nomicon/data.html",
    "8  | Rustonomicon \"Drop\"                 | https://doc.rust-lang.org/nomicon/destructors.html",
    "12 | Rustonomicon \"Atomics\"              | https://doc.rust-lang.org/nomicon/atomics.html",
    "23 | Rustonomicon \"Subtyping\"            | https://doc.rust-lang.org/nomicon/subtyping.html",
    "56 | Rustonomicon \"Meet Safe and Unsafe\" | https://doc.rust-lang.org/nomicon/meet-safe-and-unsafe.html",
    "57 | Rustonomicon \"What Unsafe Can Do\"   | https://doc.rust-lang.org/nomicon/what-unsafe-does.html",
    "68 | Rustonomicon \"FFI\"                  | https://doc.rust-lang.org/nomicon/ffi.html",
    "44 | Tokio tutorial                       | https://tokio.rs/tokio/tutorial",
    "48 | Tracing crate docs                   | https://docs.rs/tracing/latest/tracing/",
    "78 | Tower docs                           | https://docs.rs/tower/latest/tower/",
    "79 | Axum docs                            | https://docs.rs/axum/latest/axum/",
    "82 | Serde attributes reference           | https://serde.rs/attributes.html",
    "93 | Criterion docs                       | https://bheisler.github.io/criterion.rs/book/",
    "99 | Rust Performance Book                | https://nnethercote.github.io/perf-book/",
    "61 | Miri docs                            | https://github.com/rust-lang/miri",
    "69 | bindgen tutorial                     | https://rust-lang.github.io/rust-bindgen/tutorial-0.html",
    "87 | Compiler explorer                    | https://godbolt.org/",
    "19 | GAT RFC                              | https://github.com/rust-lang/rfcs/blob/master/text/1598-generic_associated_types.md",
  })
  void resourcesResolveThroughTheCatalog(int day, String text, String url) throws Exception {
    JsonNode resources = json(String.valueOf(day)).get("resources");
    JsonNode match = null;
    for (JsonNode r : resources) {
      if (r.get("text").asText().equals(text)) {
        match = r;
      }
    }
    assertThat(match).as("resource '%s' of day %d in %s", text, day, resources).isNotNull();
    assertThat(match.get("url").asText()).isEqualTo(url);
    assertThat(match.get("title").asText()).isNotEqualTo(text);
  }

  @Test
  void aCellIsSplitOnCommasAndUnmatchedPiecesStayAsWritten() throws Exception {
    JsonNode json = json("5");
    assertThat(json.get("resourceText").asText()).isEqualTo("Rustonomicon, use `std::mem::transmute` to inspect");
    JsonNode resources = json.get("resources");
    assertThat(resources).hasSize(2);
    assertThat(resources.get(0).get("title").asText()).isEqualTo("The Rustonomicon: The Dark Arts of Unsafe Rust");
    assertThat(resources.get(1).get("title").asText()).isEqualTo("use `std::mem::transmute` to inspect");
    assertThat(resources.get(1).get("url").isNull()).isTrue();
  }

  @Test
  void rfrChaptersGetTheirTitles() throws Exception {
    assertThat(json("1").get("resources").get(0).get("title").asText())
        .isEqualTo("Rust for Rustaceans, by Jon Gjengset (No Starch Press, 2021) \u2014 Chapter 1: Foundations");
    assertThat(json("58").get("resources").get(0).get("title").asText()).endsWith("Chapter 9: Unsafe Code");
  }

  @Test
  void jsonHasTheContractKeys() throws Exception {
    JsonNode json = json("50");
    assertThat(json.fieldNames()).toIterable()
        .contains("day", "topic", "activity", "resources", "kind", "week", "weekTheme", "phase", "phaseName");
    assertThat(json.get("weekTheme").asText()).isEqualTo("Advanced Async Patterns");
    assertThat(json.get("phaseName").asText()).isEqualTo("Async Rust Mastery");
  }

  @ParameterizedTest(name = "show {0}")
  @ValueSource(strings = {"0", "101", "-3"})
  void aDayOutOfRangeIsAUsageError(String day) {
    assertThat(new Rustplan(home).run("show", day))
        .failsWith(2, "day must be between 1 and 100, got " + day);
  }

  @ParameterizedTest(name = "show {0}")
  @ValueSource(strings = {"abc", "1.5", "99999999999"})
  void aDayThatIsNotANumberIsAUsageError(String day) {
    Result result = new Rustplan(home).run("show", day);
    assertThat(result).failsWith(2, "day must be a number from 1 to 100, got '" + day + "'");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void showWithoutADayShowsTodaysDayAsLogAndDoneWouldTakeIt() {
    Rustplan on = new Rustplan(home).today("2026-03-02");
    assertThat(on.run("show")).succeeds().out().startsWith("Day 1 of 100 · Rust memory layout fundamentals");
    assertThat(on.run("start")).succeeds();
    assertThat(on.run("done")).succeeds();
    // The evening after the session: still today's day, the one just studied.
    assertThat(on.run("show")).succeeds().out().startsWith("Day 1 of 100");
    assertThat(new Rustplan(home).today("2026-03-03").run("show")).succeeds().out().startsWith("Day 2 of 100");
  }

  @Test
  void showAndReviewSayWhenADayIsUpForReviewAndWhy() {
    Rustplan monday = new Rustplan(home).today("2026-03-02");
    assertThat(monday.run("start")).succeeds();
    assertThat(monday.run("done", "--hard")).succeeds();
    assertThat(monday.run("log", "2", "--struggle", "padding of nested structs")).succeeds();
    assertThat(monday.run("done", "2")).succeeds();
    assertThat(monday.run("show", "1")).succeeds().out()
        .endsWith("\n🔁 Hard day, up for review: 1st review on 2026-03-03.\n");
    Rustplan friday = new Rustplan(home).today("2026-03-06");
    assertThat(friday.run("show", "2")).succeeds().out().endsWith("\n🔁 Struggles noted, up for review: 1st review due"
        + " since 2026-03-03. When you\nhave gone over it: rustplan review 2 --ok, or --again to start over.\n");
    assertThat(friday.run("review", "1")).succeeds().out().contains("🔁 Hard day, up for review: 1st review due since");
    assertThat(friday.run("show", "3")).succeeds().out().doesNotContain("🔁");
  }
}
