package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.files.Private;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The private files `log --edit` opens in the editor: $RUSTPLAN_HOME/drafts/day-N-RANDOM.md, 0600 in a 0700 folder. */
public final class Drafts {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Drafts() {}

  public static Path folder(Path home) {
    return home.resolve("drafts");
  }

  static Path create(Path home, int day, String text) {
    Path folder = folder(home);
    byte[] name = new byte[8];
    RANDOM.nextBytes(name);
    Path draft = folder.resolve("day-" + day + "-" + HexFormat.of().formatHex(name) + ".md");
    try {
      Private.createFolders(folder);
      // An unpredictable name, created exclusively: never someone else's file, never through a planted link.
      try (FileChannel channel = Private.createFile(draft)) {
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
}
