package dev.rustplan.store;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustplan.RustplanException;
import dev.rustplan.safety.HoldLock;
import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lock left by a rustplan killed mid-change never blocks the next command: the lock is the
 * operating system's, released when its process dies. One held by a live process that hangs ends
 * the wait with a line naming that process.
 */
class StaleLockTest {

  @TempDir Path home;

  @Test
  void aLockHeldByAProcessKilledMidChangeDoesNotBlockTheNextCommand() throws Exception {
    assertThat(new Rustplan(home).run("start")).succeeds();
    byte[] before = new JournalFile(home).bytes();
    Process holder = ChildJvm.get().builder(home, HoldLock.class.getName(), home.toString())
        .redirectError(home.resolveSibling("holder.err").toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).as("%s", Files.readString(home.resolveSibling("holder.err"))).isEqualTo("holding");

      JournalStore store = new JournalStore(home);
      assertThat(store.lockHolder()).hasValue(holder.pid());
      assertThat(new Rustplan(home).run("doctor").out())
          .contains("info  lock      " + home.resolve("progress.json.lock") + ": held right now by process " + holder.pid());
      JournalStore impatient = store.withLockWait(Duration.ofMillis(200));
      assertThatThrownBy(() -> impatient.update(j -> j.withConfig("k", "v")))
          .isInstanceOf(RustplanException.class)
          .hasMessage("another rustplan process (pid " + holder.pid() + ") has held " + home.resolve("progress.json.lock")
              + " for 200 ms; nothing was changed. If it is stuck, end it (kill " + holder.pid() + ") and run the command again");

      holder.toHandle().destroyForcibly();
      holder.waitFor();
    }

    assertThat(new JournalFile(home).bytes()).isEqualTo(before);
    assertThat(home.resolve("progress.json.lock")).exists();
    assertThat(new JournalStore(home).lockHolder()).isEmpty();
    assertThat(new Rustplan(home).run("log", "--learned", "after the kill")).succeeds();
    assertThat(new JournalFile(home).day(1).path("notes").path("learned").get(0).asText()).isEqualTo("after the kill");
    assertThat(new Rustplan(home).run("doctor").out()).contains("ok    lock      " + home.resolve("progress.json.lock") + ": free");
    System.out.println("[safety] stale lock: a rustplan killed while holding the lock did not block the next command");
  }

  @Test
  void aLockFileLeftWithAnythingInItIsNoObstacle() throws Exception {
    Files.createDirectories(home);
    Files.writeString(home.resolve("progress.json.lock"), "99999999\nleft by a crash long ago\n");

    assertThat(new Rustplan(home).run("start")).succeeds();
    assertThat(new JournalStore(home).lockHolder()).isEmpty();
  }
}
