package dev.rustplan.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point: runs one command against explicit streams; only {@link #main} exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = writer(System.out);
    PrintWriter err = writer(System.err);
    int status = run(Env.system(), out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs rustplan with the given arguments and returns its exit status. */
  public static int run(Env env, PrintWriter out, PrintWriter err, String... args) {
    try {
      return Cli.create(env, out, err, args).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
