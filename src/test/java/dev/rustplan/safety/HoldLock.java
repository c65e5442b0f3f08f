package dev.rustplan.safety;

import dev.rustplan.store.JournalStore;
import java.nio.file.Path;

/**
 * A rustplan process stuck in the middle of a change: takes the journal's lock through the real
 * store, says "holding" on stdout, and waits (at most five minutes) to be killed.
 */
public final class HoldLock {

  private HoldLock() {}

  public static void main(String[] args) {
    new JournalStore(Path.of(args[0])).update(journal -> {
      System.out.println("holding");
      System.out.flush();
      try {
        Thread.sleep(300_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return journal;
    });
  }
}
