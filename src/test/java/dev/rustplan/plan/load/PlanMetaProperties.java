package dev.rustplan.plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.RustplanException;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.testing.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Arbitrary text as a plan's metadata file: the plan loads with it, or it is reported (each
 * problem one line naming the metadata file), never an unhandled exception.
 */
class PlanMetaProperties {

  private static final List<String> TOKENS = List.of(
      "name:", "name: x", "short: a-b", "short: A B", "budget: 30-45 minutes", "budget: 45-30 minutes",
      "budget: {min: 99999999999, max: -1}", "budget: {min: 1.5}", "posts:", "  title: \"{week} {x}\"", "  tags: [a, 1, yes]",
      "  tags:", "  - a", "- x", "---", "...", "&a x", "*a", "!!binary aGk=", "? complex", "{", "[", "\"", "'", "#", ": :",
      "\t", "   ", "name: \"\\u0000\"", "%YAML 1.2", "<<: *a");

  private static final String BUNDLED = read("plan/100-days-of-rust.yaml");
  private static final String SMALL_PLAN = """
      # A plan

      ### Week 1: First

      | Day | Topic | Activity | Resource |
      |-----|-------|----------|----------|
      | 1 | a | b | c |
      """;

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void aMutatedMetadataFileLoadsOrIsReported(@ForAll("mutated") String text) {
    check(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 100, shrinking = ShrinkingMode.OFF)
  void arbitraryTextOrBytesLoadOrAreReported(@ForAll("noise") byte[] bytes) {
    check(bytes);
  }

  @Provide
  Arbitrary<String> mutated() {
    return Mutations.of(BUNDLED, TOKENS);
  }

  @Provide
  Arbitrary<byte[]> noise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(500).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(500));
  }

  private static void check(byte[] meta) {
    Path folder;
    try {
      folder = Files.createTempDirectory("plan-meta");
      Files.writeString(folder.resolve("plan.md"), SMALL_PLAN);
      Files.write(folder.resolve("plan.yaml"), meta);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      PlanReport report = PlanLoader.load(PlanSource.file(folder.resolve("plan.md"), "--plan"));
      assertThat(report.plan().isPresent() || !report.errors().isEmpty()).isTrue();
      report.diagnostics().forEach(d -> assertThat(d.format()).doesNotContain("\n").startsWith(folder.resolve("plan.yaml") + ":"));
      try {
        report.requirePlan();
      } catch (RustplanException e) {
        assertThat(report.plan()).isEmpty();
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A leftover temporary folder is harmless.
      }
    }
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
