package dev.rustplan.startup;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.plan.Day;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.Week;
import dev.rustplan.plan.load.PlanLoader;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan cache is invisible: what a command shows never depends on it. */
class PlanCacheTest {

  @TempDir Path tmp;

  @Test
  void theCodecGivesBackEqualPlans() throws IOException {
    Path sql = Path.of("src/test/resources/plans/10-days-of-sql.md");
    for (PlanSource source : List.of(PlanSource.bundled(), PlanSource.file(sql, "test"))) {
      Plan plan = PlanLoader.load(source).requirePlan();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PlanCodec.write(plan, new DataOutputStream(bytes));

      Plan back = PlanCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

      assertThat(back).isEqualTo(plan);
    }
  }

  @Test
  void aSecondRunReadsTheCacheAndShowsTheSame() throws IOException {
    Rustplan rustplan = new Rustplan(tmp.resolve("home")).env("XDG_CACHE_HOME", tmp.resolve("cache").toString());

    Result first = rustplan.run("show", "50");
    List<Path> entries = entries();
    Result second = rustplan.run("show", "50");

    assertThat(first).succeeds().out().contains("Async trait methods");
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(entries).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).startsWith("100-days-of-rust@"));
    assertThat(entries()).isEqualTo(entries);
  }

  @Test
  void theEntryIsWhatASecondRunReads() throws IOException {
    Rustplan rustplan = new Rustplan(tmp.resolve("home")).env("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    rustplan.run("show", "50");
    Path entry = entries().get(0);
    Plan plan;
    try (DataInputStream in = new DataInputStream(Files.newInputStream(entry))) {
      plan = PlanCodec.read(in);
    }
    Day day50 = plan.requireDay(50);
    Week week = new Week(8, "Marked theme", List.of(new Day(50, "Marked topic", day50.activity(), day50.resourceText(),
        day50.resources(), day50.kind(), day50.line())), 1);
    Phase phase = new Phase(3, "Marked phase", 50, 50, List.of(week), 1);
    Plan marked = new Plan(plan.id(), plan.title(), plan.primaryResources(), List.of(phase), plan.appendices());
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(entry))) {
      PlanCodec.write(marked, out);
    }

    assertThat(rustplan.run("show", "50")).succeeds().out().contains("Marked topic");
  }

  @Test
  void anEditedPlanIsReadAgainAndOnlyTheNewestThreeEntriesStay() throws IOException {
    Path plan = Files.copy(Path.of("src/test/resources/plans/10-days-of-sql.md"), tmp.resolve("sql.md"));
    Rustplan rustplan = new Rustplan(tmp.resolve("home")).env("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    Day before = PlanLoader.load(PlanSource.file(plan, "test")).requirePlan().requireDay(1);
    assertThat(rustplan.run("--plan", plan.toString(), "show", "1")).succeeds().out().contains(before.topic());
    List<Path> old = entries();

    Files.writeString(plan, Files.readString(plan).replace(before.topic(), "A topic edited since"));

    assertThat(rustplan.run("--plan", plan.toString(), "show", "1")).succeeds().out().contains("A topic edited since");
    assertThat(entries()).hasSize(2).containsAll(old);
    for (int edit = 1; edit <= 3; edit++) {
      Files.writeString(plan, Files.readString(plan).replaceFirst("A topic edited since( \\d)?", "A topic edited since " + edit));
      assertThat(rustplan.run("--plan", plan.toString(), "show", "1")).succeeds().out().contains("A topic edited since " + edit);
    }
    assertThat(entries()).hasSize(3).doesNotContainAnyElementsOf(old);
  }

  @Test
  void aDamagedEntryIsLoadedAgain() throws IOException {
    Rustplan rustplan = new Rustplan(tmp.resolve("home")).env("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    String expected = rustplan.run("show", "12").out();
    Path entry = entries().get(0);

    Files.write(entry, new byte[] {0, 0, 0, 1, (byte) 0xFF, 0x10});

    assertThat(rustplan.run("show", "12")).succeeds().out().isEqualTo(expected);
    Files.writeString(entry, "");
    assertThat(rustplan.run("show", "12")).succeeds().out().isEqualTo(expected);
  }

  @Test
  void aCacheThatCannotBeWrittenCostsNothingButSpeed() throws IOException {
    Path notAFolder = Files.writeString(tmp.resolve("cache-is-a-file"), "x");
    Rustplan rustplan = new Rustplan(tmp.resolve("home")).env("XDG_CACHE_HOME", notAFolder.toString());

    assertThat(rustplan.run("show", "7")).succeeds().out().contains("Build a memory inspector");
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(tmp.resolve("cache/rustplan/plans"))) {
      return files.sorted().toList();
    }
  }
}
