package dev.rustplan.desktop;

import dev.rustplan.RustplanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The system's programs the reminder uses (crontab, systemctl, launchctl, notify-send,
 * osascript), found on the PATH of rustplan's environment and run with that environment alone,
 * so that what a job or a test gives rustplan is what the program gets.
 */
public final class Programs {

  /** What a program did: its exit status and what it printed. */
  public record Ran(int exit, String out, String err) {

    /** The first line of stderr (else stdout), to quote in a one-line message; empty when it said nothing. */
    public String said() {
      String text = err.isBlank() ? out : err;
      return text.strip().lines().findFirst().orElse("");
    }
  }

  /** Longer than any of these programs takes; a program that hangs is given up on. */
  private static final long TIMEOUT_SECONDS = 60;

  private final Map<String, String> environment;

  public Programs(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The program's file on PATH, if it is there and executable. */
  public Optional<Path> find(String name) {
    String path = environment.getOrDefault("PATH", "");
    for (String entry : path.split(":", -1)) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry).resolve(name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate.toAbsolutePath());
      }
    }
    return Optional.empty();
  }

  /** Runs the command (its program as found on PATH) with stdin, or nothing, and these variables added. */
  public Ran run(List<String> command, String stdin, Map<String, String> added) {
    Path program = find(command.get(0)).orElseThrow(() -> RustplanException.failure(command.get(0) + " is not on PATH"));
    List<String> words = new ArrayList<>(command);
    words.set(0, program.toString());
    ProcessBuilder builder = new ProcessBuilder(words);
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().putAll(added);
    if (stdin == null) {
      builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    }
    try {
      Process process = builder.start();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      try (OutputStream in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // It stopped reading: what it says and its exit status tell why.
      }
      String out = read(process.getInputStream());
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw RustplanException.failure(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s; nothing more was done");
      }
      return new Ran(process.exitValue(), out, err.join());
    } catch (IOException e) {
      throw RustplanException.failure("could not run " + program + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RustplanException.failure("interrupted while " + command.get(0) + " ran", e);
    }
  }

  private static String read(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
