package dev.rustplan.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The steps of one atomic write, each a separate call so that a test can make any of them fail
 * and prove that the journal is left as it was. {@link #system()} does them for real.
 */
public interface FileSteps {

  /** Creates a new file that did not exist (never following a link planted there), readable by the user alone. */
  FileChannel create(Path temp) throws IOException;

  void write(FileChannel channel, ByteBuffer bytes) throws IOException;

  /** Flushes the file's content to the disk. */
  void force(FileChannel channel) throws IOException;

  /** Atomically puts source in target's place. */
  void move(Path source, Path target) throws IOException;

  static FileSteps system() {
    return SystemFileSteps.INSTANCE;
  }
}
