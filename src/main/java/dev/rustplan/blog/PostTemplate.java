package dev.rustplan.blog;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.rustplan.RustplanException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled Mustache template of the weekly post, with the name its errors are reported under:
 * the bundled plan/templates/weekly-post.md, or a learner's own file.
 */
public final class PostTemplate {

  /** Where the jar keeps the bundled template (plan/ is bundled under /plan). */
  public static final String BUNDLED = "/plan/templates/weekly-post.md";

  // Markdown is not HTML: escaping would turn a learner's "a < b && c" into entities. Strict
  // sections make a misspelt section name an error instead of a silently missing section.
  private static final Mustache.Compiler COMPILER =
      Mustache.compiler().escapeHTML(false).strictSections(true);

  private static final Pattern PARSE_LINE = Pattern.compile("\\s*@ line (\\d+)$");

  private final String name;
  private final Template template;

  private PostTemplate(String name, Template template) {
    this.name = name;
    this.template = template;
  }

  /** The template that comes with rustplan. */
  public static PostTemplate bundled() {
    try (InputStream in = PostTemplate.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw RustplanException.failure("the bundled template " + BUNDLED + " is missing from the jar; rebuild it with `mvn package`");
      }
      return compile("weekly-post.md", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw RustplanException.failure("cannot read the bundled template " + BUNDLED + ": " + e.getMessage(), e);
    }
  }

  /** A learner's template file. */
  public static PostTemplate read(Path file) {
    if (Files.isDirectory(file)) {
      throw RustplanException.usage("template " + file + " is a folder, not a file; give the path of a Mustache template");
    }
    try {
      return compile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw RustplanException.usage(
          "template " + file + " does not exist; give an existing file, or copy the bundled one from plan/templates/weekly-post.md");
    } catch (CharacterCodingException e) {
      throw RustplanException.failure("template " + file + " is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw RustplanException.failure("cannot read template " + file + ": " + e.getMessage(), e);
    }
  }

  /** Compiles template text; a syntax error names the template and the line. */
  public static PostTemplate compile(String name, String text) {
    try {
      // A template saved with Windows line ends must not give a post with mixed ones.
      return new PostTemplate(name, COMPILER.compile(text.replace("\r\n", "\n")));
    } catch (MustacheException e) {
      throw error(name, e);
    }
  }

  public String name() {
    return name;
  }

  /** Renders the template with these values; a value it names but does not get is reported with its line. */
  String execute(Map<String, Object> values) {
    try {
      return template.execute(values);
    } catch (MustacheException e) {
      throw error(name, e);
    } catch (UnsupportedOperationException e) {
      // jmustache's way of refusing {{> partial}}: rustplan loads no other templates.
      throw RustplanException.failure(
          "template " + name + ": partials ({{> name}}) are not supported; put the text in the template itself");
    }
  }

  private static RustplanException error(String name, MustacheException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int line = -1;
    if (e instanceof MustacheException.Context context) {
      line = context.lineNo;
      message =
          message.startsWith("No method or field")
              ? "no value named '" + context.key + "' (the README lists the values a template can use)"
              : message.replaceFirst("\\s*on line \\d+$", "");
    } else {
      Matcher at = PARSE_LINE.matcher(message);
      if (at.find()) {
        line = Integer.parseInt(at.group(1));
        message = message.substring(0, at.start());
      }
    }
    String where = line > 0 ? name + ":" + line : name;
    message = message.replaceAll("\\s*\\R\\s*", " ");
    message = message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    return RustplanException.failure(
        "template " + where + ": " + message + "; fix the template and try again", e);
  }
}
