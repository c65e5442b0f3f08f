package dev.rustplan.practice;

import dev.rustplan.journal.Notes;
import dev.rustplan.note.NoteDocument;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Resource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ready Cargo project for a practice or capstone day: Cargo.toml, src/main.rs with the day's
 * exercise as its doc comment and a main that compiles, and NOTES.md in the layout of the plan's
 * daily template (Appendix C), with what was logged for the day already filled in.
 */
public record PracticeProject(String name, Map<String, String> files) {

  public PracticeProject {
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  public static PracticeProject of(Plan plan, Day day, Notes notes) {
    String name = ProjectName.of(day.number(), day.topic());
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Cargo.toml", cargoToml(plan, day, name));
    files.put("src/main.rs", mainRs(plan, day));
    // Sessions of 0 minutes only mark a date for the streak; here "__ minutes" asks for the time instead.
    Notes timed = notes.withSessions(notes.sessions().stream().filter(s -> s.minutes() > 0).toList());
    files.put("NOTES.md", NoteDocument.template(day.number(), day.topic(), timed));
    files.put(".gitignore", "/target\n");
    return new PracticeProject(name, files);
  }

  private static String cargoToml(Plan plan, Day day, String name) {
    return "# Day " + day.number() + " of " + plan.lastDay() + ": " + oneLine(plain(day.topic())) + "\n"
        + "[package]\n"
        + "name = \"" + name + "\"\n"
        + "version = \"0.1.0\"\n"
        + "edition = \"2021\"\n"
        + "publish = false\n"
        + "\n"
        + "[dependencies]\n";
  }

  private static String mainRs(Plan plan, Day day) {
    StringBuilder rs = new StringBuilder();
    String kind = day.kind().label();
    doc(rs, "Day " + day.number() + " of " + plan.lastDay() + " · " + Character.toUpperCase(kind.charAt(0))
        + kind.substring(1) + ": " + day.topic());
    doc(rs, "");
    day.activity().lines().forEach(line -> doc(rs, line));
    doc(rs, "");
    doc(rs, "# Resources");
    doc(rs, "");
    if (day.resources().isEmpty()) {
      doc(rs, "- " + day.resourceText());
    }
    for (Resource r : day.resources()) {
      doc(rs, "- " + (r.resolved() ? "[" + r.title() + "](" + r.url() + ")" : r.title()));
    }
    doc(rs, "");
    doc(rs, "Notes go in NOTES.md. When you are done: `rustplan done " + day.number() + "`.");
    rs.append("\n")
        .append("fn main() {\n")
        .append("    println!(\"").append(formatString("Day " + day.number() + ": " + plain(day.topic())))
        .append("\");\n")
        .append("}\n");
    return rs.toString();
  }

  private static void doc(StringBuilder rs, String line) {
    rs.append(line.isBlank() ? "//!" : "//! " + line.stripTrailing()).append("\n");
  }

  /** The topic without Markdown's emphasis and code marks, for text that is not Markdown. */
  private static String plain(String markdown) {
    return markdown.replace("`", "").replace("**", "").replace("__", "");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }

  /** Text as a Rust string literal that is also println!'s format string: braces doubled, escapes escaped. */
  private static String formatString(String text) {
    StringBuilder out = new StringBuilder();
    oneLine(text).codePoints().forEach(cp -> {
      switch (cp) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '{' -> out.append("{{");
        case '}' -> out.append("}}");
        default -> {
          if (Character.isISOControl(cp)) {
            out.append(String.format("\\u{%x}", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
