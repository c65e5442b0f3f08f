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
    assertThat(result).succeeds().out().startsWith("rustplan 0.").contains("Java 17");
  }

  @Test
  void anUnknownCommandIsAUsageErrorOnOneLinePlusAHint() {
    var result = new Rustplan(home).run("frobnicate");
    assertThat(result).failsWith(2, "Unmatched argument", "Try 'rustplan --help'");
  }
}
