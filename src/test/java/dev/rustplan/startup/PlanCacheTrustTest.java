package dev.rustplan.startup;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.plan.Plan;
import dev.rustplan.testing.Rustplan;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parsed plan in the cache is read only when nobody else could have written it. */
class PlanCacheTrustTest {

  @TempDir Path tmp;

  /** Rewrites the one cache entry as a plan named "Planted", as another user could. */
  private Path plant() throws IOException {
    Path entry;
    try (Stream<Path> entries = Files.list(tmp.resolve("cache/rustplan/plans"))) {
      entry = entries.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
    }
    Plan plan;
    try (DataInputStream in = new DataInputStream(Files.newInputStream(entry))) {
      plan = PlanCodec.read(in);
    }
    Plan planted = new Plan(plan.id(), "Planted", plan.primaryResources(), plan.phases(), plan.appendices());
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(entry))) {
      PlanCodec.write(planted, out);
    }
    return entry;
  }

  @Test
  void anEntryOthersMayWriteOrInAFolderOthersMayWriteIsNeverRead() throws IOException {
    Rustplan rustplan = new Rustplan(tmp.resolve("home")).env("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    assertThat(rustplan.run("plan")).succeeds().out().startsWith("100 Days of Rust\n");
    Path entry = plant();

    for (List<Path> loose : List.of(List.of(entry), List.of(entry.getParent()))) {
      Files.setPosixFilePermissions(loose.get(0), PosixFilePermissions.fromString(
          Files.isDirectory(loose.get(0)) ? "rwxrwxrwx" : "rw-rw-rw-"));
      assertThat(rustplan.run("plan")).succeeds().out().startsWith("100 Days of Rust\n").doesNotContain("Planted");
      Files.setPosixFilePermissions(loose.get(0), PosixFilePermissions.fromString(
          Files.isDirectory(loose.get(0)) ? "rwx------" : "rw-------"));
    }
  }
}
