package dev.rustplan.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * fish: the script where fish looks for it ($XDG_CONFIG_HOME/fish/completions/rustplan.fish,
 * loaded the first time rustplan is completed), and fish's own `complete -C LINE`, which answers
 * what Tab would offer, each candidate with its description.
 */
class FishCompletionTest extends ShellCompletionCases {

  @Override
  String shell() {
    return "fish";
  }

  @Override
  void install(ShellFixture fixture) {
    fixture.script("fish", "config/fish/completions/rustplan.fish");
  }

  @Override
  List<Candidate> complete(String line, Map<String, String> vars) {
    // The line as one fish word in single quotes, as the test gives it (no quote inside).
    String out = fixture.run(List.of("fish", "-c", "complete -C '" + line.replace("\\", "\\\\").replace("'", "\\'") + "'"), vars);
    return ShellFixture.candidates(out);
  }

  private String described(String line, String word) {
    return complete(line, Map.of()).stream().filter(c -> c.word().equals(word)).map(Candidate::description)
        .findFirst().orElse("");
  }

  @Test
  void commandsDaysWeeksAndSettingsAreDescribed() {
    assertThat(described("rustplan sh", "show")).startsWith("Show one day");
    assertThat(described("rustplan show 9", "9")).isEqualTo("`Pin` fundamentals");
    assertThat(described("rustplan week 2", "2")).isEqualTo("Ownership Deep Dive (days 8-14)");
    assertThat(described("rustplan config bl", "blog-dir")).isEqualTo("the folder `blog` writes posts to");
    assertThat(described("rustplan today --b", "--brief")).startsWith("One line, for a shell prompt");
  }
}
