package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/** The private files `log --edit` opens in the editor: $RUSTPLAN_HOME/drafts/day-N-RANDOM.md, 0600. */
final class Drafts {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final SecureRandom RANDOM = new SecureRandom();

  private Drafts() {}

  static Path create(Path home, int day, String text) {
    Path folder = home.resolve("drafts");
    byte[] name = new byte[6];
    RANDOM.nextBytes(name);
    Path draft = folder.resolve("day-" + day + "-" + HexFormat.of().formatHex(name) + ".md");
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder, attributes("rwx------"));
      }
      // CREATE_NEW never follows a link planted at that name, and never reuses someone else's file.
      try (SeekableByteChannel channel = Files.newByteChannel(
          draft, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes("rw-------"))) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
      }
      return draft;
    } catch (IOException e) {
      throw RustplanException.failure("cannot write the note to edit in " + folder + ": " + e.getMessage(), e);
    }
  }

  private static FileAttribute<?>[] attributes(String permissions) {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
        : new FileAttribute<?>[0];
  }
}
