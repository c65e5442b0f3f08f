package dev.rustplan.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * The one way rustplan writes a whole file, whatever it holds (the journal, a history entry, a
 * backup, a post, an export, a cache entry, a practice folder's staging name): the content goes
 * into a new file beside the target, named NAME.<16 hex digits>.tmp and created exclusively and
 * privately, is flushed where it must survive a crash, and is then moved into place. A reader (or
 * a process killed at any moment) sees the old content or the new, never a mix.
 *
 * <p>Content comes as bytes or as a {@link Content} that streams itself into the file: a journal of
 * 50 MB is then never held whole in memory as bytes, on top of the records it was written from.
 */
public final class AtomicFile {

  /** What a streamed write puts in a file, written to out in as many pieces as it likes. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A new file written beside its target but not yet in its place (nor flushed): {@link
   * #replace(Staged, Content)} moves it there; closing it without that deletes it. Staging first
   * lets the journal's store see what it wrote (its size, its name) before it touches anything else.
   */
  public static final class Staged implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final long size;
    private boolean placed;

    private Staged(Path target, Path temp, FileChannel channel, long size) {
      this.target = target;
      this.temp = temp;
      this.channel = channel;
      this.size = size;
    }

    /** The new file itself, to read back before it is put in place. */
    public Path file() {
      return temp;
    }

    public long size() {
      return size;
    }

    /** Deletes the new file unless it was put in place. */
    @Override
    public void close() {
      closeQuietly(channel);
      if (!placed) {
        deleteQuietly(temp);
      }
    }
  }

  private static final String TEMP_SUFFIX = ".tmp";
  private static final int TEMP_DIGITS = 16;
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final AtomicFile SYSTEM = new AtomicFile(FileSteps.system());

  private final FileSteps steps;

  public AtomicFile(FileSteps steps) {
    this.steps = steps;
  }

  /** Writes through the real file system. */
  public static AtomicFile system() {
    return SYSTEM;
  }

  public FileSteps steps() {
    return steps;
  }

  public static Path backupOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".bak");
  }

  /**
   * Writes content to file, keeping previous (the file's bytes as they were, or null) as the backup.
   * The new content is on disk before the backup is touched, so a write that fails early leaves both as they were.
   */
  public void replace(Path file, byte[] content, byte[] previous) throws IOException {
    Path temp = prepare(file, content, true);
    try {
      if (previous != null) {
        put(backupOf(file), previous);
      }
      steps.move(temp, file);
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(temp);
      throw e;
    }
    syncFolder(file.getParent());
  }

  /**
   * Writes content into a new file beside target, not yet flushed nor in place: see {@link Staged}.
   * A failure leaves no file behind.
   */
  public Staged stage(Path target, Content content) throws IOException {
    Path temp = temporaryFor(target);
    FileChannel channel = null;
    try {
      channel = steps.create(temp);
      ChannelOutput out = new ChannelOutput(steps, channel);
      content.writeTo(out);
      return new Staged(target, temp, channel, out.finish());
    } catch (IOException | RuntimeException | Error e) {
      if (channel != null) {
        closeQuietly(channel);
      }
      deleteQuietly(temp); // a create that failed may still have made the file
      throw e;
    }
  }

  /**
   * Flushes the staged file and puts it in its target's place, with previous (streamed from what
   * the target holds now, or null for none) kept as the backup first. Whatever fails, the target
   * is as it was and the staged file is gone.
   */
  public void replace(Staged staged, Content previous) throws IOException {
    try {
      steps.force(staged.channel);
      staged.channel.close();
      if (previous != null) {
        put(backupOf(staged.target), previous);
      }
      steps.move(staged.temp, staged.target);
      staged.placed = true;
    } finally {
      staged.close();
    }
    syncFolder(staged.target.getParent());
  }

  /** Removes the file (undo back to before the first change), keeping its bytes as the backup. */
  public void remove(Path file, byte[] previous) throws IOException {
    remove(file, out -> out.write(previous));
  }

  /** Removes the file, keeping previous (streamed from the file as it is) as the backup. */
  public void remove(Path file, Content previous) throws IOException {
    put(backupOf(file), previous);
    Files.deleteIfExists(file);
    syncFolder(file.getParent());
  }

  /** Puts content in target's place atomically and durably, readable by the learner alone, with no backup. */
  public void put(Path target, byte[] content) throws IOException {
    Path temp = prepare(target, content, true);
    moveInto(temp, target, true);
    syncFolder(target.getParent());
  }

  /** Puts streamed content in target's place atomically and durably, readable by the learner alone, with no backup. */
  public void put(Path target, Content content) throws IOException {
    try (Staged staged = stage(target, content)) {
      steps.force(staged.channel);
      staged.channel.close();
      moveInto(staged.temp, target, true);
      staged.placed = true;
    }
    syncFolder(target.getParent());
  }

  /**
   * Writes a file the learner asked for (a post, an export) with this mode ("rw-------",
   * "rw-r--r--") whatever the umask. The file is private until it is whole. Without replace an
   * existing file is never written over: a {@link FileAlreadyExistsException}, even for one that
   * appeared meanwhile, since the move itself refuses it.
   */
  public void write(Path target, byte[] content, boolean replace, String mode) throws IOException {
    setModeAndMove(prepare(target, content, true), target, replace, mode);
  }

  /** {@link #write(Path, byte[], boolean, String)} with streamed content: an export of any size in little memory. */
  public void write(Path target, Content content, boolean replace, String mode) throws IOException {
    Path temp;
    try (Staged staged = stage(target, content)) {
      steps.force(staged.channel);
      staged.channel.close();
      staged.placed = true; // from here setModeAndMove deletes it on a failure
      temp = staged.temp;
    }
    setModeAndMove(temp, target, replace, mode);
  }

  private void setModeAndMove(Path temp, Path target, boolean replace, String mode) throws IOException {
    try {
      if (POSIX) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(mode));
      }
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(temp);
      throw e;
    }
    moveInto(temp, target, replace);
    syncFolder(target.getParent());
  }

  /**
   * Saves a cache entry: private and atomic like every write, its folders made private if missing,
   * but not flushed. A cache lost in a crash costs one slower start-up, and a flush on every start
   * would cost every start-up more than the cache saves.
   */
  public void cache(Path target, byte[] content) throws IOException {
    Private.createFolders(target.getParent());
    moveInto(prepare(target, content, false), target, true);
  }

  /**
   * A name beside target that nothing else uses, in this class's scheme, for a caller that builds
   * something other than one file (a practice folder) and moves it into place itself, so that
   * {@link #isTemporary} and the sweeps know its leftovers too.
   */
  public static Path temporaryFor(Path target) {
    String digits = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    return target.resolveSibling(target.getFileName() + "." + digits + TEMP_SUFFIX);
  }

  /**
   * Deletes temporary files a killed process left beside file. Call it only under the store's
   * lock: then no other process is writing one.
   */
  public void sweep(Path file) {
    String prefix = file.getFileName() + ".";
    sweepWhere(file.getParent(), name -> name.startsWith(prefix) && isTemporaryName(name, prefix.length()));
  }

  /** Deletes every temporary file dead writers left in folder, whatever file they were for. */
  public void sweepFolder(Path folder) {
    sweepWhere(folder, name -> isTemporaryName(name, 0));
  }

  /** Whether the name is one this class gives its temporary files. */
  public static boolean isTemporary(Path file) {
    return isTemporaryName(file.getFileName().toString(), 0);
  }

  /**
   * Compares names as strings, never through a glob: a file name is the learner's, and may hold
   * any of a glob's metacharacters (a journal linked to "progress{1.json" made every change fail).
   */
  private static boolean isTemporaryName(String name, int from) {
    int digits = name.length() - TEMP_SUFFIX.length() - TEMP_DIGITS;
    if (digits < Math.max(from, 2) || name.charAt(digits - 1) != '.' || !name.endsWith(TEMP_SUFFIX)) {
      return false;
    }
    for (int i = digits; i < digits + TEMP_DIGITS; i++) {
      char c = name.charAt(i);
      // Only the lower-case ASCII hex digits temporaryFor gives, never another script's digits.
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static void sweepWhere(Path folder, Predicate<String> leftover) {
    if (folder == null || !Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (leftover.test(entry.getFileName().toString())) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // Leftovers waste a little space and harm nothing; the write that follows matters more.
    }
  }

  /** Moves temp into target's place, replacing what is there or refusing it, and never leaves temp behind. */
  private void moveInto(Path temp, Path target, boolean replace) throws IOException {
    try {
      if (replace) {
        steps.move(temp, target);
      } else {
        // Without REPLACE_EXISTING the move refuses a file that is there, even one that appeared just now.
        Files.move(temp, target);
      }
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  /**
   * A new file beside target, with a random name, holding content (flushed to the disk when
   * durable). The name need not be unguessable (the file is created exclusively, never through a
   * planted link), so it comes from ThreadLocalRandom: SecureRandom's set-up costs every command several ms.
   */
  private Path prepare(Path target, byte[] content, boolean durable) throws IOException {
    Path temp = temporaryFor(target);
    try (FileChannel channel = steps.create(temp)) {
      steps.write(channel, ByteBuffer.wrap(content));
      if (durable) {
        steps.force(channel);
      }
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(temp);
      throw e;
    }
    return temp;
  }

  /** Makes the move itself durable; not every platform can open a folder, and then this does nothing. */
  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | RuntimeException e) {
      // Best effort: the data itself was flushed before the move.
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The write failed already; the sweep under the next lock removes what is left.
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Only a channel whose write already failed is closed here; that failure is the one to report.
    }
  }

  /**
   * An output stream into a new file through the write steps, in pieces of 256 KB: a small file is
   * still one write step (as the failure tests count them), a big one never one big array.
   */
  private static final class ChannelOutput extends OutputStream {
    private static final int PIECE = 256 * 1024;

    private final FileSteps steps;
    private final FileChannel channel;
    private byte[] buffer;
    private int count;
    private long written;
    private boolean wrote;

    ChannelOutput(FileSteps steps, FileChannel channel) {
      this.steps = steps;
      this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (length >= PIECE) {
        drain();
        put(ByteBuffer.wrap(bytes, offset, length));
        return;
      }
      if (buffer == null) {
        buffer = new byte[PIECE];
      }
      if (count + length > PIECE) {
        drain();
      }
      System.arraycopy(bytes, offset, buffer, count, length);
      count += length;
    }

    /** Writes what is buffered (once at least, even nothing: each file is one write step or more) and says how many bytes the file has. */
    long finish() throws IOException {
      drain();
      if (!wrote) {
        put(ByteBuffer.allocate(0));
      }
      return written;
    }

    private void drain() throws IOException {
      if (count > 0) {
        put(ByteBuffer.wrap(buffer, 0, count));
        count = 0;
      }
    }

    private void put(ByteBuffer bytes) throws IOException {
      int length = bytes.remaining();
      wrote = true;
      steps.write(channel, bytes);
      written += length;
    }
  }
}
