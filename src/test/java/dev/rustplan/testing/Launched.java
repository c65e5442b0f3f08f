package dev.rustplan.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program (the packaged launcher, or a wrapper around it) as a real process and keeps what it printed. */
public final class Launched {

  private Launched() {}

  /**
   * Runs it with these changes to this JVM's environment (a null value removes the variable),
   * stdout and stderr going to files in the scratch folder; at most 60 s.
   */
  public static Result run(Path scratch, Map<String, String> env, Path program, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(program.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    env.forEach((name, value) -> {
      if (value == null) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    Path out = scratch.resolve("launched.out");
    Path err = scratch.resolve("launched.err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(program + " did not finish in 60 s");
    }
    return new Result(
        process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
