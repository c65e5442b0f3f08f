package dev.rustplan.cli;

import dev.rustplan.startup.LauncherProperties;
import dev.rustplan.startup.OutputCache;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** The entry point: runs one command against explicit streams; only {@link #main} exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    withoutReflectiveConverters();
    PrintWriter out = writer(System.out);
    PrintWriter err = writer(System.err);
    Optional<String> lost = LostText.check(args, System.getenv(), LostText.ofThisProcess());
    if (lost.isPresent()) {
      err.println("rustplan: " + lost.get());
      err.flush();
      System.exit(2);
    }
    LauncherProperties launcher = LauncherProperties.system();
    Env env = Env.system(launcher);
    Instant began = env.systemClock().instant(); // the saved answer holds until the midnight after this
    Optional<OutputCache> cache = launcher.outputCacheFile() == null ? Optional.empty() : outputCache(launcher, env);
    int status;
    if (cache.isPresent()) {
      // The launcher will print this run's output again while nothing it depends on changes.
      StringWriter capturedOut = new StringWriter();
      StringWriter capturedErr = new StringWriter();
      status = run(env, new PrintWriter(capturedOut), new PrintWriter(capturedErr), args);
      out.print(capturedOut);
      err.print(capturedErr);
      cache.get().save(status, capturedOut.toString(), capturedErr.toString(), began, env.clock(),
          env.get("RUSTPLAN_TODAY").isPresent() || env.get("RUSTPLAN_NOW").isPresent());
    } else {
      status = run(env, out, err, args);
    }
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * The output cache the launcher asked for, if it and this run find the same data and cache
   * folders; a folder that cannot be had means no cache (the command then says what is wrong).
   */
  private static Optional<OutputCache> outputCache(LauncherProperties launcher, Env env) {
    try {
      return OutputCache.fromLauncher(launcher, env.home(), env.cacheHome());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Leaves out picocli's reflective converters for this process. picocli registers one for every
   * java.time and java.sql type and Path on each command it builds, loading and initializing those
   * classes (DateTimeFormatter's formatters, Period's regex): about 10 ms of every run. rustplan's
   * options use its own converters ({@link Cli}); tests, which build the command line without
   * main, keep picocli's and convert the same.
   */
  static void withoutReflectiveConverters() {
    System.getProperties().putIfAbsent("picocli.converters.excludes", "java.*");
  }

  /** Runs rustplan with the given arguments and returns its exit status. */
  public static int run(Env env, PrintWriter out, PrintWriter err, String... args) {
    try {
      return Cli.create(env, out, err, args).execute(args);
    } catch (OutOfMemoryError e) {
      // The store turns running out of memory over the journal into its own line; this is the rest
      // (rendering an export, say). A write of the journal under way was all or nothing.
      err.println("rustplan: not enough memory in the " + (Runtime.getRuntime().maxMemory() >> 20) + " MB Java may"
          + " use; run the command again with a larger heap, e.g. with JAVA_TOOL_OPTIONS=-Xmx1g in the environment");
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
