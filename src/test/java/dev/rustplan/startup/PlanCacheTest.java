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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan cache is invisible: what a command shows never depends on it. */
class PlanCacheTest {

  @TempDir Path tmp;

  @Test
  void theCodecGivesBackEqualPlans() throws IOException {
    Path plans = Path.of("src/test/resources/plans");
    // Every layout: days' own budgets and extra columns, blocks of weeks, a phase no heading names, notes.
    List<PlanSource> sources = List.of(PlanSource.bundled(), PlanSource.file(plans.resolve("10-days-of-sql.md"), "test"),
        PlanSource.file(plans.resolve("http/http-caching.md"), "test"), PlanSource.file(plans.resolve("go/go-basics.md"), "test"),
        PlanSource.file(plans.resolve("music/music-theory.md"), "test"),
        PlanSource.file(plans.resolve("kubernetes/kubernetes.yaml"), "test"));
    for (PlanSource source : sources) {
      Plan plan = PlanLoader.load(source).requirePlan();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PlanCodec.write(plan, new DataOutputStream(bytes));

      Plan back = PlanCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

      assertThat(back).as(source.name()).isEqualTo(plan);
    }
  }

  @Test
  void theCodecKeepsEveryFieldTheLayoutsAdded() throws IOException {
    Plan go = PlanLoader.load(PlanSource.file(Path.of("src/test/resources/plans/go/go-basics.md"), "test")).requirePlan();
    Plan http = PlanLoader.load(PlanSource.file(Path.of("src/test/resources/plans/http/http-caching.md"), "test"))
        .requirePlan();
    Plan backGo = roundTrip(go);
    Plan backHttp = roundTrip(http);
    assertThat(backGo.requireWeek(3).lastNumber()).isEqualTo(3);
    assertThat(backGo.phases().get(0).headed()).isFalse();
    assertThat(backHttp.requireDay(2).budget()).isEqualTo(new dev.rustplan.plan.PlanMeta.Budget(45, 60));
    assertThat(backHttp.requireDay(1).extras()).containsExactly(new Day.Extra("Deliverable", "A diagram"));
    Plan bundled = roundTrip(PlanLoader.load(PlanSource.bundled()).requirePlan());
    assertThat(bundled.phases().get(0).headed()).isTrue();
  }

  private static Plan roundTrip(Plan plan) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PlanCodec.write(plan, new DataOutputStream(bytes));
    return PlanCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }

  @Test
  void theCodecGivesBackThePlansMetadata() throws IOException {
    Path plan = Files.copy(Path.of("src/test/resources/plans/10-days-of-sql.md"), tmp.resolve("sql.md"));
    Files.writeString(tmp.resolve("sql.yaml"),
        "name: SQL\nshort: sql\nbudget: {min: 5, max: 5}\nposts: {title: \"{short} {week}\", tags: []}\n");
    Plan loaded = PlanLoader.load(PlanSource.file(plan, "test")).requirePlan();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PlanCodec.write(loaded, new DataOutputStream(bytes));

    Plan back = PlanCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    assertThat(back.meta()).isEqualTo(loaded.meta());
    assertThat(back.meta().postTitle(3, "x")).isEqualTo("sql 3");
    assertThat(back.meta().posts().tags()).isEmpty();
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
  void theMetadataIsCachedAndAChangedMetadataFileIsNeverServedFromTheCache() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("sql"));
    Path plan = Files.copy(Path.of("src/test/resources/plans/10-days-of-sql.md"), folder.resolve("sql.md"));
    Files.copy(Path.of("src/test/resources/plans/resources.yaml"), folder.resolve("resources.yaml"));
    Path yaml = folder.resolve("sql.yaml");
    Rustplan rustplan = new Rustplan(tmp.resolve("home")).env("XDG_CACHE_HOME", tmp.resolve("cache").toString())
        .env("RUSTPLAN_PLAN", plan.toString());
    assertThat(rustplan.run("plan")).succeeds().out().startsWith("10 Days of SQL\n");

    Files.writeString(yaml, "name: SQL, First Take\nbudget: 20-25 minutes\n");
    assertThat(rustplan.run("plan")).succeeds().out().startsWith("SQL, First Take\n");
    // What the entry holds is what the file said: the cache keeps the metadata with the plan.
    List<Path> entries = entries();
    assertThat(entries).hasSize(2);
    Plan cached = newest(entries);
    assertThat(cached.meta().name()).isEqualTo("SQL, First Take");
    assertThat(cached.meta().budget().text()).isEqualTo("20-25 minutes");
    assertThat(rustplan.run("plan")).succeeds().out().startsWith("SQL, First Take\n");
    assertThat(entries()).isEqualTo(entries);

    // An edit of the same length changes the key too: it is the bytes that count, not the size.
    Files.writeString(yaml, "name: SQL, Later Take\nbudget: 20-25 minutes\n");
    assertThat(rustplan.run("plan")).succeeds().out().startsWith("SQL, Later Take\n");

    Files.writeString(yaml, "name: SQL, Later Take\nbudget: 25-20 minutes\n");
    assertThat(rustplan.run("plan")).failsWith(1, yaml + ":2:9: error: budget '25-20 minutes' starts above where it ends");

    Files.writeString(yaml, "name: SQL, Later Take\n");
    Files.writeString(folder.resolve("sql.yml"), "name: SQL, Later Take\n");
    assertThat(rustplan.run("plan")).failsWith(1, "sql.yml:1:1: error: the plan has two metadata files");

    Files.delete(yaml);
    assertThat(rustplan.run("plan")).succeeds().out().startsWith("SQL, Later Take\n");
    Files.delete(folder.resolve("sql.yml"));
    assertThat(rustplan.run("plan")).succeeds().out().startsWith("10 Days of SQL\n");
  }

  @Test
  void theKeyCoversTheMetadataAndKeepsThePartsApart() throws IOException {
    byte[] plan = "# Plan".getBytes(StandardCharsets.UTF_8);
    byte[] catalog = "resources: []".getBytes(StandardCharsets.UTF_8);
    String key = PlanCache.key(plan, catalog, "name: A".getBytes(StandardCharsets.UTF_8));

    assertThat(PlanCache.key(plan, catalog, "name: B".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(key);
    assertThat(PlanCache.key(plan, catalog, new byte[0])).isNotEqualTo(key);
    assertThat(PlanCache.key(plan, new byte[0], catalog)).isNotEqualTo(PlanCache.key(plan, catalog, new byte[0]));
    assertThat(PlanCache.key(plan, catalog, "name: A".getBytes(StandardCharsets.UTF_8))).isEqualTo(key);
  }

  private static Plan newest(List<Path> entries) throws IOException {
    Path newest = entries.stream().max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
    try (DataInputStream in = new DataInputStream(Files.newInputStream(newest))) {
      return PlanCodec.read(in);
    }
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
