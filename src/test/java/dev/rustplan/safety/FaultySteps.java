package dev.rustplan.safety;

import dev.rustplan.files.FileSteps;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real steps of a write, counted; the one at index {@code failAt} (counting from 0) fails the
 * way a full disk, a read-only folder or a yanked drive makes it fail. A write step first puts half
 * its bytes in the file, as a full disk does. failAt -1 fails nothing (to count a command's steps).
 */
final class FaultySteps implements FileSteps {

  private final int failAt;
  private final List<String> steps = new ArrayList<>();

  FaultySteps(int failAt) {
    this.failAt = failAt;
  }

  /** The steps taken so far, in order: create, write, force, move. */
  List<String> steps() {
    return steps;
  }

  private void step(String name) throws IOException {
    steps.add(name);
    if (steps.size() - 1 == failAt) {
      throw new FileSystemException(null, null, "injected failure of step " + (failAt + 1) + " (" + name + ")");
    }
  }

  @Override
  public FileChannel create(Path temp) throws IOException {
    step("create");
    return FileSteps.system().create(temp);
  }

  @Override
  public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
    if (steps.size() == failAt) {
      bytes.limit(bytes.position() + bytes.remaining() / 2);
      FileSteps.system().write(channel, bytes);
    }
    step("write");
    FileSteps.system().write(channel, bytes);
  }

  @Override
  public void force(FileChannel channel) throws IOException {
    step("force");
    FileSteps.system().force(channel);
  }

  @Override
  public void move(Path source, Path target) throws IOException {
    step("move");
    FileSteps.system().move(source, target);
  }
}
