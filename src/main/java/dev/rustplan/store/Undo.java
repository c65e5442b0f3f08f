package dev.rustplan.store;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.journal.Journal;
import dev.rustplan.store.History.Entry;
import dev.rustplan.store.History.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * `undo` and `undo --redo` over the journal's history. {@link #next} says what the step would do
 * without taking the lock (the learner may take their time to answer); {@link #apply} does it under
 * the lock, only if neither the journal nor the history changed meanwhile. The state a step replaces
 * goes onto the other stack, so every undo can be redone and every redo undone.
 */
public final class Undo {

  /** How many changes the history keeps, so how far back `undo` can go. */
  public static final int KEPT = History.LIMIT;

  /** Back (undo) or forward again (redo). */
  public enum Direction {
    UNDO(Stack.UNDO, Stack.REDO, "undo"),
    REDO(Stack.REDO, Stack.UNDO, "redo");

    private final Stack from;
    private final Stack to;
    private final String verb;

    Direction(Stack from, Stack to, String verb) {
      this.from = from;
      this.to = to;
      this.verb = verb;
    }

    public String verb() {
      return verb;
    }
  }

  /**
   * One step: the change it reverts (or brings back), when that change was made, how many steps
   * this way are left (this one included), whether the journal was changed outside rustplan since,
   * and what the step will do, line by line.
   */
  public record Step(
      Direction direction, long seq, String label, Instant at, int available, boolean changedSince,
      List<String> effects, String currentHash) {

    public Step {
      effects = List.copyOf(effects);
    }
  }

  /** A change kept in the history, for `undo --list`. */
  public record Kept(String label, Instant at) {}

  private final JournalStore store;

  public Undo(JournalStore store) {
    this.store = store;
  }

  /** The step `undo` (or `undo --redo`) would take now; empty when there is nothing to take. */
  public Optional<Step> next(Direction direction) {
    Path target = store.target();
    byte[] current = store.raw(target);
    refuseNewer(target, current);
    String now = History.hash(current);
    History history = store.history(target);
    List<Entry> entries = guarded(() -> history.entries(direction.from));
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (History.names(entry.state(), current, now)) {
        continue; // spent: a write that died between its history entry and the journal itself
      }
      byte[] snapshot = read(entry);
      List<String> effects = effects(target, current, snapshot);
      return Optional.of(new Step(direction, entry.seq(), entry.label(), entry.at(), entries.size() - i,
          !History.names(entry.expect(), current, now), effects, now));
    }
    return Optional.empty();
  }

  /** Takes the step, if the journal and the history are still as {@link #next} found them. */
  public Step apply(Step step) {
    Direction direction = step.direction();
    return store.locked(target -> {
      byte[] current = store.raw(target);
      String now = History.hash(current);
      History history = store.history(target);
      Entry entry = history.entries(direction.from).stream()
          .filter(e -> !History.names(e.state(), current, now))
          .findFirst()
          .orElse(null);
      if (!now.equals(step.currentHash()) || entry == null || entry.seq() != step.seq()) {
        throw RustplanException.failure("the journal changed while you were deciding, so nothing was "
            + direction.verb + "ne; run the command again to see what it would " + direction.verb + " now");
      }
      history.entries(direction.from).stream()
          .filter(e -> e.seq() > entry.seq())
          .forEach(history::drop);
      Entry pushed = null;
      try {
        byte[] snapshot = entry.snapshot();
        pushed = history.push(direction.to, entry.label(), entry.at(), current, entry.state());
        if (snapshot == null) {
          store.atomic().remove(target, current);
        } else {
          store.atomic().replace(target, snapshot, current);
        }
      } catch (IOException e) {
        if (pushed != null) {
          history.drop(pushed);
        }
        throw RustplanException.failure("cannot " + direction.verb + ": " + IoReason.of(e)
            + "; nothing was changed, the journal is as it was", e);
      }
      history.drop(entry);
      history.prune(direction.to);
      return step;
    });
  }

  /** The changes that can be undone (newest first), and those that can be redone. */
  public List<Kept> kept(Direction direction) {
    History history = store.history(store.target());
    return guarded(() -> history.entries(direction.from)).stream().map(e -> new Kept(e.label(), e.at())).toList();
  }

  /** The history's folder, for messages. */
  public Path folder() {
    return History.folderOf(store.target());
  }

  /** A journal from a newer rustplan is never overwritten, not even by undo. */
  private static void refuseNewer(Path target, byte[] current) {
    if (current == null) {
      return;
    }
    try {
      JournalStore.parse(target, current);
    } catch (RustplanException e) {
      if (e.getCause() instanceof JournalFault fault && fault.newer()) {
        throw RustplanException.failure(target + " comes from a newer rustplan (" + fault.getMessage()
            + "), which this one never overwrites, not even to undo; use the newer rustplan", e);
      }
    }
  }

  private List<String> effects(Path target, byte[] current, byte[] snapshot) {
    String name = target.getFileName().toString();
    if (snapshot == null) {
      return List.of("remove " + name + ": back to before the first change (nothing started, nothing logged)");
    }
    Journal to;
    try {
      to = JournalStore.parse(target, snapshot);
    } catch (RustplanException e) {
      return List.of("put back a version of " + name + " that does not parse: " + e.getMessage());
    }
    if (current == null) {
      return List.of("bring " + name + " back (it is missing now)");
    }
    Journal from;
    try {
      from = JournalStore.parse(target, current);
    } catch (RustplanException e) {
      return List.of("replace " + name + ", which does not parse now, with the version before this change");
    }
    return JournalDiff.describe(from, to);
  }

  private static byte[] read(Entry entry) {
    try {
      return entry.snapshot();
    } catch (IOException e) {
      throw RustplanException.failure("cannot read the history entry " + entry.file() + ": " + IoReason.of(e), e);
    }
  }

  private static <T> T guarded(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (UncheckedIOException e) {
      throw RustplanException.failure("cannot read the history: " + IoReason.of(e.getCause()), e);
    }
  }
}
