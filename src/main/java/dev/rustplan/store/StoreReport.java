package dev.rustplan.store;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import dev.rustplan.files.Private;
import dev.rustplan.journal.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The state of the journal's files, for `doctor`: read without taking the lock or writing
 * anything, so that it can be run at any time, even beside a journal that does not parse.
 *
 * @param journal what the journal says; null when it is missing or has a fault
 * @param fault one line when the journal cannot be read or parsed
 * @param lockHolder the pid of a process holding the lock now (-1: one whose pid is unknown)
 * @param leftovers temporary files that writers killed mid-write left (the next change removes them)
 * @param shared files and folders that others than the user may read
 * @param historyBudget the bytes the history may take beside the journal as it is now
 */
public record StoreReport(
    Path home, Path file, Path target, long size, Journal journal, Optional<String> fault,
    Path backup, long backupSize, Optional<String> backupFault,
    Path lock, OptionalLong lockHolder,
    Path history, int undo, int redo, int damaged, long historyBytes,
    List<Path> leftovers, List<Path> shared, long historyBudget) {

  public StoreReport {
    leftovers = List.copyOf(leftovers);
    shared = List.copyOf(shared);
  }

  public boolean exists() {
    return size >= 0;
  }

  public boolean backupExists() {
    return backupSize >= 0;
  }

  public static StoreReport of(Path home) {
    JournalStore store = new JournalStore(home);
    Path target;
    try {
      target = store.target();
    } catch (RustplanException e) {
      target = store.file();
    }
    Path journalFile = target;
    // The backup first, and only checked: its records are gone before the journal's are read, so
    // that doctor needs memory for one journal, not two.
    Path backup = AtomicFile.backupOf(target);
    Optional<String> backupFault = Optional.empty();
    try {
      if (Files.isRegularFile(backup)) {
        JournalStore.withinMemory(backup, () -> JournalStore.parse(backup, () -> Files.newInputStream(backup)));
      }
    } catch (RustplanException e) {
      backupFault = Optional.of(e.getMessage());
    } catch (UncheckedIOException e) {
      backupFault = Optional.of("cannot read " + backup + ": " + IoReason.of(e.getCause()));
    }
    Journal journal = null;
    Optional<String> fault = Optional.empty();
    try {
      journal = Files.exists(target) ? JournalStore.withinMemory(target, () -> store.load(journalFile).journal()) : null;
    } catch (RustplanException e) {
      fault = Optional.of(e.getMessage());
    }
    History history = store.history(target);
    int undo = 0;
    int redo = 0;
    int damaged = 0;
    try {
      undo = history.entries(History.Stack.UNDO).size();
      redo = history.entries(History.Stack.REDO).size();
      damaged = history.damaged();
    } catch (UncheckedIOException e) {
      damaged = -1;
    }
    List<Path> mine = List.of(home, target, backup, store.lockFile(), history.folder());
    return new StoreReport(home, store.file(), target, size(target), journal, fault, backup, size(backup),
        backupFault, store.lockFile(), store.lockHolder(), history.folder(), undo, redo, damaged, history.bytes(),
        leftovers(target, history.folder()), shared(mine, history.folder()), History.budget(Math.max(0, size(target))));
  }

  private static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private static List<Path> leftovers(Path target, Path history) {
    List<Path> found = new ArrayList<>();
    for (Path folder : List.of(target.getParent(), history)) {
      try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
        files.filter(AtomicFile::isTemporary).sorted().forEach(found::add);
      } catch (IOException e) {
        // A folder that cannot be listed shows up in the other checks.
      }
    }
    return found;
  }

  private static List<Path> shared(List<Path> paths, Path history) {
    List<Path> all = new ArrayList<>(paths);
    try (Stream<Path> files = Files.isDirectory(history) ? Files.list(history) : Stream.empty()) {
      files.sorted().forEach(all::add);
    } catch (IOException e) {
      // As above.
    }
    return all.stream().filter(Files::exists).filter(p -> !Private.isPrivate(p)).toList();
  }
}
