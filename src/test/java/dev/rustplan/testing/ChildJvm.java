package dev.rustplan.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Starts real rustplan JVMs for the process-level tests, with this test run's own java and
 * classes. The safety suite starts a few hundred, so they start the way the launcher starts
 * rustplan: the quick JIT tier, the small collector, and a class-data archive, made once per test
 * run from rustplan's own training commands (the JVM runs without it if it cannot use it).
 */
public final class ChildJvm {

  private static ChildJvm shared;

  private final List<String> prefix;
  private final boolean archived;

  private ChildJvm(List<String> prefix, boolean archived) {
    this.prefix = List.copyOf(prefix);
    this.archived = archived;
  }

  /** The one of this test run; the first call makes the archive (a couple of seconds). */
  public static synchronized ChildJvm get() {
    if (shared == null) {
      shared = make();
    }
    return shared;
  }

  /** Whether the children start from a class-data archive (for the figures the tests print). */
  public boolean archived() {
    return archived;
  }

  /** A process running mainClass with args, with RUSTPLAN_HOME and RUSTPLAN_TODAY set. */
  public ProcessBuilder builder(Path home, String mainClass, String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("RUSTPLAN_HOME", home.toString());
    env.put("RUSTPLAN_TODAY", Rustplan.DEFAULT_TODAY);
    env.put("XDG_CACHE_HOME", cache());
    env.remove("RUSTPLAN_PLAN");
    return builder;
  }

  /** The cache folder (parsed plans) the children share with this test run, never the user's own. */
  public static String cache() {
    return SharedCache.FOLDER.toString();
  }

  /** A process running the real command line, `rustplan ARGS`. */
  public ProcessBuilder rustplan(Path home, String... args) {
    return builder(home, "dev.rustplan.cli.Main", args);
  }

  private static ChildJvm make() {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> flags = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable",
        "-Xlog:all=warning:stderr");
    String classPath = System.getProperty("java.class.path");
    try {
      Path folder = Path.of("target", "child-jvm").toAbsolutePath();
      deleteTree(folder);
      Files.createDirectories(folder);
      // Class-data sharing archives classes from jars only, so rustplan's classes go into one.
      List<String> jars = new ArrayList<>();
      Path appJar = folder.resolve("classes.jar");
      List<Path> folders = new ArrayList<>();
      for (String entry : classPath.split(File.pathSeparator)) {
        if (Files.isDirectory(Path.of(entry))) {
          folders.add(Path.of(entry));
        } else {
          jars.add(entry);
        }
      }
      jar(folders, appJar);
      jars.add(0, appJar.toString());
      String jarPath = String.join(File.pathSeparator, jars);
      Path archive = folder.resolve("rustplan.jsa");
      List<String> training = new ArrayList<>(flags);
      training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", jarPath, "dev.rustplan.cli.ArchiveTraining"));
      Process process = new ProcessBuilder(training).redirectErrorStream(true)
          .redirectOutput(folder.resolve("training.log").toFile()).start();
      boolean made = process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.isRegularFile(archive);
      List<String> prefix = new ArrayList<>(flags);
      if (made) {
        prefix.add("-XX:SharedArchiveFile=" + archive);
      } else {
        process.destroyForcibly();
      }
      prefix.addAll(List.of("-cp", made ? jarPath : classPath));
      return new ChildJvm(prefix, made);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void jar(List<Path> folders, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Path folder : folders) {
        try (Stream<Path> files = Files.walk(folder)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
            copy(file, out);
            out.closeEntry();
          }
        }
      }
    }
  }

  private static void copy(Path file, OutputStream out) throws IOException {
    Files.copy(file, out);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
