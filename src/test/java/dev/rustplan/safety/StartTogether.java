package dev.rustplan.safety;

import dev.rustplan.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the real command line, `rustplan ARGS`, once the file GO exists: the concurrency test starts
 * all its processes, lets each get through the JVM's start-up, then releases them at once.
 */
public final class StartTogether {

  private StartTogether() {}

  public static void main(String[] args) throws InterruptedException {
    Path go = Path.of(args[0]);
    // Bounded: a parent that died without creating GO does not leave this process behind.
    for (int i = 0; i < 60_000 && !Files.exists(go); i++) {
      Thread.sleep(1);
    }
    Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
  }
}
