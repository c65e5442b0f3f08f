package dev.rustplan.startup;

import dev.rustplan.files.AtomicFile;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.catalog.ResourceCatalog;
import dev.rustplan.plan.load.PlanLoader;
import dev.rustplan.plan.load.PlanMetaFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Keeps each loaded plan on disk, keyed by the bytes of its file, of its resource catalog, of its
 * metadata file (NAME.yaml) and of rustplan itself, so that the everyday commands skip parsing
 * Markdown and YAML at start-up. A missing, stale or damaged entry is simply loaded again; the
 * cache never changes what is shown.
 */
public final class PlanCache {

  /** How many entries of one plan the folder keeps. */
  private static final int KEEP = 3;

  private final Path folder;

  /** A cache in this folder (created when first written). */
  public PlanCache(Path folder) {
    this.folder = folder;
  }

  /** The plan, from the cache when its key matches; a plan with errors is refused as by the loader. */
  public Plan plan(PlanSource source) {
    String key;
    try {
      key = key(source);
    } catch (IOException e) {
      return PlanLoader.load(source).requirePlan();
    }
    Path entry = folder.resolve(source.id() + "@" + key + ".bin");
    // A parsed plan another user could have written (a shared or loose cache folder) is never read:
    // its topics and links would be printed as the plan's.
    boolean trusted = CacheFolder.usable(folder) && CacheFolder.trusted(entry);
    Plan cached = trusted ? read(entry) : null;
    if (cached != null) {
      return cached;
    }
    Plan plan = PlanLoader.load(source).requirePlan();
    if (stillKeyed(source, key) && CacheFolder.ready(folder)) {
      write(entry, source.id(), plan);
    }
    return plan;
  }

  /**
   * True when the files still have the key they had before loading: one edited while it was
   * loaded (the plan, its catalog or its metadata) must not leave its new content under the old key.
   */
  private static boolean stillKeyed(PlanSource source, String key) {
    try {
      return key.equals(key(source));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The key of a source's entry. The bundled plan is part of rustplan's jar, so the jar's stamp is
   * key enough (its catalog and metadata are in the jar too), and the plan need not be read from
   * the jar on every start (a few ms); run from a folder of classes (in development), it is keyed
   * by its bytes like any plan file.
   */
  static String key(PlanSource source) throws IOException {
    boolean inJar = Files.isRegularFile(codeSource());
    // The "-jar" suffix keeps such a key apart from any content key.
    return source.isBundled() && inJar
        ? key(new byte[0], new byte[0], new byte[0]) + "-jar"
        : key(source.read(), ResourceCatalog.bytesFor(source), PlanMetaFile.keyBytes(source));
  }

  /**
   * 64 bits of two checksums plus the lengths: a cheap key; a cryptographic digest costs more to
   * load than it saves. Each part is preceded by its length, so that bytes moved from one part to
   * the next (the end of a plan file and the start of its metadata) still change the key.
   */
  static String key(byte[] plan, byte[] catalog, byte[] meta) throws IOException {
    CRC32 crc = new CRC32();
    Adler32 adler = new Adler32();
    byte[] build = buildStamp();
    for (byte[] part : new byte[][] {plan, catalog, meta, build}) {
      byte[] length = ByteBuffer.allocate(4).putInt(part.length).array();
      crc.update(length);
      adler.update(length);
      crc.update(part);
      adler.update(part);
    }
    return Long.toHexString(crc.getValue()) + Long.toHexString(adler.getValue())
        + "-" + Integer.toHexString(plan.length + 31 * catalog.length + 961 * meta.length);
  }

  /** Where rustplan's own code lives and when it was built: a new build may read plans differently. */
  private static byte[] buildStamp() throws IOException {
    Path code = codeSource();
    String stamp = code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis() + " " + PlanCodec.VERSION;
    return stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** rustplan's jar, or its folder of classes. */
  private static Path codeSource() throws IOException {
    try {
      return Path.of(PlanCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException | RuntimeException e) {
      throw new IOException("cannot tell where rustplan runs from", e);
    }
  }

  private static Plan read(Path entry) {
    try (InputStream file = Files.newInputStream(entry);
        DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16))) {
      return PlanCodec.read(in);
    } catch (IOException | RuntimeException e) {
      return null; // missing or damaged: load the plan again
    }
  }

  /** Best effort: a cache that cannot be written only costs the next start-up its speed. */
  private void write(Path entry, String id, Plan plan) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        PlanCodec.write(plan, out);
      }
      AtomicFile.system().cache(entry, bytes.toByteArray());
      forgetOthers(id, entry);
    } catch (IOException | RuntimeException e) {
      // keep going without a cache
    }
  }

  /**
   * Keeps the folder from growing with every edit of a plan: the newest few entries of a plan stay
   * (two rustplan builds on one machine each keep theirs), older ones go.
   */
  private void forgetOthers(String id, Path keep) throws IOException {
    List<Path> entries = new ArrayList<>();
    // Names compared as strings: a plan's id comes from its file name, which may hold a glob's metacharacters.
    String prefix = id + "@";
    try (DirectoryStream<Path> found = Files.newDirectoryStream(folder)) {
      for (Path entry : found) {
        String name = entry.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".bin")) {
          entries.add(entry);
        }
      }
    }
    entries.remove(keep);
    entries.sort(Comparator.comparing(PlanCache::modified).reversed());
    for (Path stale : entries.subList(Math.min(KEEP - 1, entries.size()), entries.size())) {
      Files.deleteIfExists(stale);
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
