package dev.rustplan.plan;

import dev.rustplan.RustplanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a plan comes from: the bundled 100-day plan or a file. Its id is a stable slug that keys
 * the learner's progress ("100-days-of-rust" for the bundled plan, the file-name stem otherwise).
 *
 * @param name how diagnostics and messages name the file
 * @param origin what named the file ("--plan", "RUSTPLAN_PLAN", ...), for messages
 */
public record PlanSource(String id, String name, Optional<Path> path, String origin) {

  public static final String BUNDLED_ID = "100-days-of-rust";
  private static final String BUNDLED_RESOURCE = "/plan/100-days-of-rust.md";

  public static PlanSource bundled() {
    return new PlanSource(BUNDLED_ID, "plan/100-days-of-rust.md", Optional.empty(), "bundled");
  }

  public static PlanSource file(Path path, String origin) {
    return new PlanSource(slug(path), path.toString(), Optional.of(path), origin);
  }

  public boolean isBundled() {
    return path.isEmpty();
  }

  /** Whether the plan is written in YAML (NAME.yaml or NAME.yml) rather than Markdown. */
  public boolean isYaml() {
    return path.map(PlanSource::isYaml).orElse(false);
  }

  /**
   * A .yaml or .yml file is read as a plan written in YAML when it is given as the plan; beside a
   * Markdown plan of the same name it is that plan's metadata. Which one a file is depends only on
   * how it is named to rustplan, and the readers refuse a file that holds the other ("weeks" in a
   * metadata file, no "weeks" in a YAML plan).
   */
  public static boolean isYaml(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** The file's bytes, or one line that says why they cannot be had. */
  public byte[] read() {
    if (path.isEmpty()) {
      try (InputStream in = PlanSource.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw RustplanException.failure("the bundled plan is missing from rustplan.jar; rebuild with 'mvn package'");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path file = path.get();
    if (Files.isDirectory(file)) {
      throw RustplanException.failure(
          "cannot read plan " + name + " (" + origin + "): it is a folder; give a Markdown plan file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw RustplanException.usage(
          "plan file not found: " + name + " (" + origin + "); give an existing Markdown plan file,"
              + " or leave --plan and RUSTPLAN_PLAN unset for the bundled plan");
    } catch (AccessDeniedException e) {
      throw RustplanException.failure("cannot read plan " + name + " (" + origin + "): permission denied", e);
    } catch (IOException e) {
      throw RustplanException.failure("cannot read plan " + name + " (" + origin + "): " + e.getMessage(), e);
    }
  }

  /** "My Plan (v2).md" becomes "my-plan-v2": the id must not change when the file is edited. */
  static String slug(Path path) {
    Path fileName = path.getFileName();
    return slug(fileName == null ? "plan" : stem(fileName.toString()));
  }

  /** "My Plan (v2)" becomes "my-plan-v2"; text with no letter or digit becomes "plan". */
  public static String slug(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "plan" : slug;
  }

  /** A file name without its last extension: "plan.v2.md" becomes "plan.v2". */
  public static String stem(String fileName) {
    return fileName.replaceFirst("\\.[^.]*$", "");
  }
}
