package dev.rustplan.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The real file system's steps of an atomic write. */
final class SystemFileSteps implements FileSteps {

  static final SystemFileSteps INSTANCE = new SystemFileSteps();

  private SystemFileSteps() {}

  @Override
  public FileChannel create(Path temp) throws IOException {
    // CREATE_NEW is O_EXCL: it fails on an existing file or on a symbolic link planted in its place.
    return Private.createFile(temp);
  }

  @Override
  public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  @Override
  public void force(FileChannel channel) throws IOException {
    channel.force(true);
  }

  @Override
  public void move(Path source, Path target) throws IOException {
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
