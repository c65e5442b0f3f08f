package dev.rustplan.plan.convert;

import dev.rustplan.RustplanException;
import dev.rustplan.plan.Plan;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shapes `plan convert` writes a plan in: canonical Markdown (the default) or YAML. */
public enum PlanFormat {
  MD,
  YAML;

  /** The word the command line takes: "md", "yaml". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "md", "markdown", "yaml" or "yml"; anything else is a usage error naming the choices. */
  public static PlanFormat parse(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return switch (w) {
      case "md", "markdown" -> MD;
      case "yaml", "yml" -> YAML;
      default -> throw RustplanException.usage("--to must be one of " + allowed() + ", got '" + word + "'");
    };
  }

  /** "md, yaml", for messages and completion. */
  public static String allowed() {
    return Arrays.stream(values()).map(PlanFormat::label).collect(Collectors.joining(", "));
  }

  /** The plan in this shape. */
  public String write(Plan plan) {
    return this == MD ? MarkdownPlanWriter.write(plan) : YamlPlanWriter.write(plan);
  }
}
