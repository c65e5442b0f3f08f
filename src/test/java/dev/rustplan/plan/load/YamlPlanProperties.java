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
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * A mutated plan written in YAML, as a .yaml plan file: the loader gives a plan or errors, each
 * one line with its place in the file; a command asking for the plan gets one RustplanException.
 */
class YamlPlanProperties {

  private static final List<String> TOKENS = List.of(
      "phases:", "weeks:", "  - theme: A", "    days:", "      - topic: x", "        activity: y", "        resources: [a, b]",
      "        resources: \"[a](https://x), b\"", "        budget: 45 minutes", "        budget: {min: 90, max: 30}",
      "        budget: 999999999999", "        kind: capstone", "        day: 99999999999", "    week: 2-3", "    week: x",
      "        extra: {A: b}", "        - {title: t, url: u}", "name: &a x", "short: *a", "---", "- loose", "? complex",
      "tips: [a]", "reading-list: {books: [a]}", "daily-template: |", "catalog: bundled", "catalog: elsewhere", "{", "]");

  private static final String K8S = read("src/test/resources/plans/kubernetes/kubernetes.yaml");
  private static final String SPANISH = read("src/test/resources/plans/spanish/spanish.yaml");

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void aMutatedYamlPlanLoadsOrIsReported(@ForAll("yamlPlans") String text) {
    Path file;
    try {
      file = Files.createTempFile("plan", ".yaml");
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      PlanReport report = PlanLoader.load(PlanSource.file(file, "--plan"));
      assertThat(report.plan().isPresent() || !report.errors().isEmpty()).isTrue();
      report.diagnostics().forEach(d -> assertThat(d.format()).doesNotContain("\n").startsWith(file + ":"));
      try {
        report.requirePlan();
      } catch (RustplanException e) {
        assertThat(report.plan()).isEmpty();
        assertThat(e.getMessage()).isNotBlank();
      }
    } finally {
      try {
        Files.delete(file);
      } catch (IOException e) {
        // A leftover temporary file is harmless.
      }
    }
  }

  @Provide
  Arbitrary<String> yamlPlans() {
    return Arbitraries.oneOf(Mutations.of(K8S, TOKENS), Mutations.of(SPANISH, TOKENS));
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
