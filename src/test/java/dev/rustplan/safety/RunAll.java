package dev.rustplan.safety;

import dev.rustplan.cli.Env;
import dev.rustplan.cli.Main;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs several rustplan commands in one process, the real command line each time: the arguments
 * of each are separated by ";" ("start ; log --learned x"). Prints each command's exit status.
 */
public final class RunAll {

  private RunAll() {}

  public static void main(String[] args) {
    List<String> command = new ArrayList<>();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    for (int i = 0; i <= args.length; i++) {
      if (i == args.length || args[i].equals(";")) {
        int exit = Main.run(Env.system(), out, err, command.toArray(String[]::new));
        out.println("exit " + exit + ": " + String.join(" ", command));
        command.clear();
      } else {
        command.add(args[i]);
      }
    }
  }
}
