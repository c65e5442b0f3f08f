package dev.rustplan.store;

import dev.rustplan.RustplanException;
import dev.rustplan.files.Private;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The lock every change of the journal is made under: the operating system's lock on
 * progress.json.lock, which it releases when the process that holds it dies, so a rustplan that was
 * killed never leaves a lock behind. The holder writes its pid into the file, so that one that hangs
 * can be named: after the wait, and by doctor.
 */
final class StoreLock {

  /** The lock while it is held; closing it lets the next process in. */
  interface Held extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  private final Path file;
  private final Duration wait;

  StoreLock(Path file, Duration wait) {
    this.file = file;
    this.wait = wait;
  }

  Path file() {
    return file;
  }

  /** Takes the lock, waiting while another process holds it (a change takes milliseconds). */
  Held take() throws IOException {
    FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), Private.file());
    try {
      FileLock lock = acquire(channel);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
      return () -> {
        try (channel) {
          lock.release();
        }
      };
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private FileLock acquire(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    long pause = 2;
    FileLock lock = channel.tryLock();
    while (lock == null) {
      if (System.nanoTime() - deadline > 0) {
        throw busy();
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw RustplanException.failure("interrupted while waiting for " + file + "; nothing was changed", e);
      }
      pause = Math.min(pause * 2, 50);
      lock = channel.tryLock();
    }
    return lock;
  }

  private RustplanException busy() {
    OptionalLong pid = recorded();
    String who = pid.isPresent() ? "another rustplan process (pid " + pid.getAsLong() + ")" : "another process";
    String waited = wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s";
    return RustplanException.failure(who + " has held " + file + " for " + waited + "; nothing was changed."
        + " If it is stuck, end it" + (pid.isPresent() ? " (kill " + pid.getAsLong() + ")" : "")
        + " and run the command again");
  }

  /** The process holding the lock right now (-1 when it did not say), if one does; takes nothing. */
  OptionalLong holder() {
    if (!Files.isRegularFile(file)) {
      return OptionalLong.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        lock.release();
        return OptionalLong.empty();
      }
    } catch (IOException e) {
      return OptionalLong.empty();
    }
    OptionalLong pid = recorded();
    return pid.isPresent() ? pid : OptionalLong.of(-1);
  }

  private OptionalLong recorded() {
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
