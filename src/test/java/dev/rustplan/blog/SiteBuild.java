package dev.rustplan.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test site: a skeleton from src/test/resources/sites copied to a folder, and a real generator run over it. */
final class SiteBuild {

  private SiteBuild() {}

  /** Copies the skeleton sites/NAME into target and returns target. */
  static Path copy(String name, Path target) throws IOException {
    Path skeleton;
    try {
      skeleton = Path.of(SiteBuild.class.getResource("/sites/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> paths = Files.walk(skeleton)) {
      for (Path p : paths.toList()) {
        Path to = target.resolve(skeleton.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  /** What a generator's run printed, and how it ended. */
  record Run(int exit, String output) {}

  /** Runs the program in folder with these arguments (two minutes at most), its stdout and stderr together. */
  static Run run(Path folder, Path log, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
        .directory(folder.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in two minutes:\n" + Files.readString(log));
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Runs it and requires it to succeed, saying what it printed if it did not. */
  static String succeed(Path folder, Path log, List<String> command) throws IOException, InterruptedException {
    Run run = run(folder, log, command);
    assertThat(run.exit()).as("%s printed:%n%s", String.join(" ", command), run.output()).isZero();
    return run.output();
  }

  /** The published file a site-absolute link leads to, the site's base path taken off: a folder's index.html, or the file. */
  static Path target(Path published, String basePath, String href) {
    assertThat(href).as("a link on the site").startsWith(basePath);
    String rest = href.substring(basePath.length());
    Path file = published.resolve(rest);
    return rest.isEmpty() || rest.endsWith("/") ? file.resolve("index.html") : file;
  }
}
