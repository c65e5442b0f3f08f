package dev.rustplan.safety;

import dev.rustplan.cli.Env;
import dev.rustplan.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The process the kill test kills: runs the real command line, `rustplan --plan PLAN log 1
 * --learned "note K"`, for K = FIRST, FIRST+1, ... and prints K on stdout once note K is safe.
 * It stops by itself after 10,000 notes, should its parent have died without killing it.
 */
public final class LogLoop {

  private LogLoop() {}

  public static void main(String[] args) {
    int first = Integer.parseInt(args[0]);
    String plan = args[1];
    for (int k = first; k < first + 10_000; k++) {
      StringWriter err = new StringWriter();
      int exit = Main.run(Env.system(), new PrintWriter(Writer.nullWriter()), new PrintWriter(err),
          "--plan", plan, "log", "1", "--learned", "note " + k);
      if (exit != 0) {
        System.err.println("note " + k + ": exit " + exit + ": " + err);
        System.exit(3);
      }
      System.out.println(k);
      System.out.flush();
    }
  }
}
