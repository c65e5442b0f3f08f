package dev.rustplan.sync;

import dev.rustplan.RustplanException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The git program, run in one folder with the learner's environment (their git settings, ssh
 * keys, HOME): each call waits for git and keeps what it printed, so that a failure becomes one
 * line of rustplan's rather than git's screenful.
 */
final class Git {

  /** What one git call ended with and printed. */
  record Result(int status, String out, String err) {

    boolean ok() {
      return status == 0;
    }

    /** git's last line on stderr (its "fatal: ..." line), for a message. */
    String reason() {
      List<String> lines = err.strip().lines().filter(l -> !l.isBlank()).toList();
      return lines.isEmpty() ? "git exited with status " + status : lines.get(lines.size() - 1).strip();
    }
  }

  private final Path program;
  private final Path folder;
  private final Map<String, String> env;

  private Git(Path program, Path folder, Map<String, String> env) {
    this.program = program;
    this.folder = folder;
    this.env = env;
  }

  /** git from the PATH of env, run in folder; one line saying how to install it when there is none. */
  static Git in(Path folder, Map<String, String> env) {
    return new Git(find(env).orElseThrow(() -> RustplanException.failure(
        "git is not installed (no git on PATH): install it (e.g. sudo apt install git) to sync the journal")), folder, env);
  }

  Git at(Path other) {
    return new Git(program, other, env);
  }

  Path folder() {
    return folder;
  }

  private static Optional<Path> find(Map<String, String> env) {
    String path = env.getOrDefault("PATH", "");
    for (String entry : path.split(java.io.File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(entry, "git");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs git with these arguments and waits; never throws for git's own failure. */
  Result run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(program.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    // Messages in English whatever the locale: rustplan reads none of them but the last line.
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("GIT_TERMINAL_PROMPT", env.getOrDefault("GIT_TERMINAL_PROMPT", "0"));
    builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
    try {
      Process process = builder.start();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
      String out = text(process.getInputStream());
      int status = process.waitFor();
      return new Result(status, out, err.join());
    } catch (IOException e) {
      throw RustplanException.failure("cannot run git (" + program + "): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RustplanException.failure("interrupted while git was running; run rustplan sync again", e);
    }
  }

  /** Runs git and gives its stdout, stripped; a failure is one line naming what rustplan was doing. */
  String out(String doing, String... args) {
    Result result = run(args);
    if (!result.ok()) {
      throw RustplanException.failure("git could not " + doing + ": " + result.reason());
    }
    return result.out().strip();
  }

  /** The bytes git prints (a file as a commit holds it), or empty when it fails. */
  Optional<byte[]> bytes(String... args) {
    List<String> command = new ArrayList<>();
    command.add(program.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process process = builder.start();
      byte[] out = process.getInputStream().readAllBytes();
      return process.waitFor() == 0 ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      throw RustplanException.failure("cannot run git (" + program + "): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RustplanException.failure("interrupted while git was running; run rustplan sync again", e);
    }
  }

  private static String text(InputStream in) {
    try (InputStream from = in) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      from.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
