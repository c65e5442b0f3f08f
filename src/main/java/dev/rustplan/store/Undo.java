package dev.rustplan.store;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import dev.rustplan.journal.Journal;
import dev.rustplan.store.History.Entry;
import dev.rustplan.store.History.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `undo` and `undo --redo` over the journal's history. {@link #next} says what the step would do
 * without taking the lock (the learner may take their time to answer); {@link #apply} does it under
 * the lock, only if neither the journal nor the history changed meanwhile. The state a step replaces
 * goes onto the other stack, so every undo can be redone and every redo undone.
 */
public final class Undo {

  /**
   * How many changes the history keeps at most, so how far back `undo` can go; fewer of a big
   * journal, whose history keeps only as many as fit in the larger of 32 MB and five times its size.
   */
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

  /** A change kept in the history, for `undo --list`: the command, when, and what it did (or, for redo, will do). */
  public record Kept(String label, Instant at, ChangeSummary summary) {}

  private final JournalStore store;

  public Undo(JournalStore store) {
    this.store = store;
  }

  /** The step `undo` (or `undo --redo`) would take now; empty when there is nothing to take. */
  public Optional<Step> next(Direction direction) {
    Path target = store.target();
    return JournalStore.withinMemory(target, () -> {
      History history = store.history(target);
      List<Entry> entries = guarded(() -> history.entries(direction.from));
      if (entries.isEmpty()) {
        return Optional.empty(); // not worth reading a journal of any size for
      }
      JournalStore.Reading current = store.inspect(target, JournalState.needsSha256(entries));
      refuseNewer(target, current);
      JournalState now = current.state();
      for (int i = 0; i < entries.size(); i++) {
        Entry entry = entries.get(i);
        if (now.isNamed(entry.state())) {
          continue; // spent: a write that died between its history entry and the journal itself
        }
        List<String> effects = effects(target, current, entry);
        return Optional.of(new Step(direction, entry.seq(), entry.label(), entry.at(), entries.size() - i,
            !now.isNamed(entry.expect()), effects, now.name()));
      }
      return Optional.empty();
    });
  }

  /** Takes the step, if the journal and the history are still as {@link #next} found them. */
  public Step apply(Step step) {
    Direction direction = step.direction();
    return store.locked(target -> JournalStore.withinMemory(target, () -> {
      JournalStore.refuseFolder(target);
      History history = store.history(target);
      List<Entry> entries = history.entries(direction.from);
      JournalState current = state(target, JournalState.needsSha256(entries));
      Entry entry = entries.stream()
          .filter(e -> !current.isNamed(e.state()))
          .findFirst()
          .orElse(null);
      if (!current.name().equals(step.currentHash()) || entry == null || entry.seq() != step.seq()) {
        throw RustplanException.failure("the journal changed while you were deciding, so nothing was "
            + direction.verb + "ne; run the command again to see what it would " + direction.verb + " now");
      }
      entries.stream()
          .filter(e -> e.seq() > entry.seq())
          .forEach(history::drop);
      Entry pushed = null;
      try {
        // What the step replaces goes onto the other stack first, byte for byte, even a file that does not parse.
        pushed = history.push(direction.to, entry.label(), entry.at(), current.exists() ? target : null,
            current.name(), entry.state());
        AtomicFile.Content previous = History.copyOf(target, current.name());
        if (!entry.holdsJournal()) {
          store.atomic().remove(target, previous);
        } else {
          try (AtomicFile.Staged staged = store.atomic().stage(target, entry::copyTo)) {
            store.atomic().replace(staged, current.exists() ? previous : null);
          }
        }
      } catch (IOException e) {
        if (pushed != null) {
          history.drop(pushed);
        }
        throw RustplanException.failure("cannot " + direction.verb + ": " + IoReason.of(e)
            + "; nothing was changed, the journal is as it was", e);
      } catch (RuntimeException | Error e) {
        if (pushed != null) {
          history.drop(pushed);
        }
        throw e;
      }
      history.drop(entry);
      history.prune(entry.holdsJournal() ? size(target) : 0);
      return step;
    }));
  }

  /**
   * The changes that can be undone (newest first), or those that can be redone, each with what it
   * did. An undo entry holds the journal from before its change, so each change went from its own
   * entry to the next newer one (the newest to the journal now); a redo entry holds the journal
   * from after its change, which went from the next newer entry (the newest from the journal now).
   * Entries are read one after another, two journals in memory at most.
   */
  public List<Kept> kept(Direction direction) {
    Path target = store.target();
    History history = store.history(target);
    List<Entry> entries = guarded(() -> history.entries(direction.from));
    if (entries.isEmpty()) {
      return List.of();
    }
    List<Kept> kept = new ArrayList<>();
    Told newer = told(() -> {
      JournalStore.Reading current = store.inspect(target, false);
      if (current.journal() == null) {
        throw current.fault();
      }
      return current.journal();
    });
    for (Entry entry : entries) {
      Told older = told(() -> entry.holdsJournal() ? parse(target, entry) : Journal.EMPTY);
      ChangeSummary summary = direction == Direction.UNDO ? summary(older, newer) : summary(newer, older);
      kept.add(new Kept(entry.label(), entry.at(), summary));
      newer = older;
    }
    return kept;
  }

  /** A journal read for the list, or why it could not be. */
  private record Told(Journal journal, String why) {}

  private static Told told(java.util.function.Supplier<Journal> read) {
    try {
      return new Told(read.get(), null);
    } catch (RustplanException e) {
      return new Told(null, "a version of the journal does not parse");
    } catch (OutOfMemoryError e) {
      return new Told(null, "too big to compare in the memory Java has");
    }
  }

  private static ChangeSummary summary(Told from, Told to) {
    if (from.journal() == null || to.journal() == null) {
      return ChangeSummary.untold(from.journal() == null ? from.why() : to.why());
    }
    try {
      return ChangeSummary.of(from.journal(), to.journal());
    } catch (OutOfMemoryError e) {
      return ChangeSummary.untold("too big to compare in the memory Java has");
    }
  }

  /**
   * The commands (labels, oldest first) of the changes made since the journal was as these bytes
   * say (null: since ever), as far as the history still knows them: a sync names them in its commit.
   */
  public List<String> labelsSince(byte[] state) {
    History history = store.history(store.target());
    String hash = History.hash(state);
    List<String> labels = new java.util.ArrayList<>();
    boolean found = state == null;
    for (Entry entry : guarded(() -> history.entries(Stack.UNDO))) {
      labels.add(0, entry.label());
      if (state != null && History.names(entry.state(), state, hash)) {
        found = true;
        break; // the first change after that state
      }
    }
    if (!found) {
      labels.clear(); // the history does not reach back to that state: these changes came before it
    }
    // Undos since that state: each left a redo entry holding the state it replaced.
    List<String> undone = new java.util.ArrayList<>();
    for (Entry entry : guarded(() -> history.entries(Stack.REDO))) {
      undone.add("undo " + entry.label());
      if (state != null && History.names(entry.state(), state, hash)) {
        labels.addAll(undone);
        break;
      }
    }
    return labels;
  }

  /**
   * The journal went from before to after outside the history (a sync merged another machine's
   * changes in, under the lock): every state the history keeps gets the same change, so that
   * `undo` still takes back the learner's own last change and keeps what came in, rather than
   * throwing the other machine's notes away with it. An entry that does not parse, and those
   * behind it, stay as they are. Call under the store's lock ({@link JournalStore#exclusive}).
   */
  public void mergedIn(Journal before, Journal after) {
    Path target = store.target();
    History history = store.history(target);
    try {
      for (Stack stack : Stack.values()) {
        String expect = JournalState.of(target, false).name();
        for (Entry entry : history.entries(stack)) {
          if (!entry.holdsJournal()) {
            break;
          }
          Journal held;
          try {
            held = parse(target, entry);
          } catch (RustplanException e) {
            break;
          }
          byte[] moved = dev.rustplan.store.json.JournalWriter.write(
              dev.rustplan.journal.JournalMerge3.of(before, held, after).journal());
          String state = History.hash(moved);
          history.rewrite(entry, moved, state, expect);
          expect = state;
        }
      }
    } catch (IOException e) {
      throw historyBehind(target, e);
    } catch (UncheckedIOException e) {
      throw historyBehind(target, e.getCause());
    }
  }

  private static RustplanException historyBehind(Path target, IOException e) {
    return RustplanException.failure("the merge is saved, but the undo history beside " + target
        + " could not follow it (" + IoReason.of(e) + "); an undo now may undo the merge too: see rustplan undo --list", e);
  }

  /** The history's folder, for messages. */
  public Path folder() {
    return History.folderOf(store.target());
  }

  /** A journal from a newer rustplan is never overwritten, not even by undo. */
  private static void refuseNewer(Path target, JournalStore.Reading current) {
    if (current.fault() != null && current.fault().getCause() instanceof JournalFault fault && fault.newer()) {
      throw RustplanException.failure(target + " comes from a newer rustplan (" + fault.getMessage()
          + "), which this one never overwrites, not even to undo; use the newer rustplan", current.fault());
    }
  }

  private static JournalState state(Path target, boolean withSha256) {
    try {
      return JournalState.of(target, withSha256);
    } catch (IOException e) {
      throw RustplanException.failure("cannot read " + target + ": " + IoReason.of(e) + "; check its permissions", e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // the next change prunes again
    }
  }

  private List<String> effects(Path target, JournalStore.Reading current, Entry entry) {
    String name = target.getFileName().toString();
    if (!entry.holdsJournal()) {
      return List.of("remove " + name + ": back to before the first change (nothing started, nothing logged)");
    }
    Journal to;
    try {
      to = parse(target, entry);
    } catch (RustplanException e) {
      return List.of("put back a version of " + name + " that does not parse: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      // Both versions at once do not fit in this heap; the step itself streams, and fits.
      return List.of("put back the version of " + name + " before this change (it and the journal now are too big"
          + " to compare in the memory Java has)");
    }
    if (!current.state().exists()) {
      return List.of("bring " + name + " back (it is missing now)");
    }
    if (current.journal() == null) {
      return List.of("replace " + name + ", which does not parse now, with the version before this change");
    }
    return JournalDiff.describe(current.journal(), to);
  }

  /** What an entry's journal says, streamed from the entry file. */
  private static Journal parse(Path target, Entry entry) {
    try {
      return JournalStore.parse(target, entry::open);
    } catch (UncheckedIOException e) {
      throw RustplanException.failure("cannot read the history entry " + entry.file() + ": " + IoReason.of(e.getCause()), e);
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
