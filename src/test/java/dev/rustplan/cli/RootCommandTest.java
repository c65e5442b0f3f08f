package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;

import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCommandTest {

  @TempDir Path home;

  @Test
  void versionNamesTheProjectVersionAndTheJava() {
    var result = new Rustplan(home).run("--version");
    // The Java that runs the tests, whichever it is (17, 21, 25, ...), with its VM's name.
    assertThat(result).succeeds().out().startsWith("rustplan 0.")
        .contains("\nJava " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")\n");
  }

  @Test
  void anUnknownCommandIsAUsageErrorOnOneLine() {
    var result = new Rustplan(home).run("frobnicate");
    // Nothing is close enough to suggest: no far-off "did you mean".
    assertThat(result).failsWith(2, "rustplan: unknown command 'frobnicate' (rustplan help lists them)");
    org.assertj.core.api.Assertions.assertThat(result.err()).doesNotContain("mean");
  }
}
