package dev.rustplan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A rendered post read back the way a static-site generator reads it: the front matter by a YAML
 * or TOML parser, the body by commonmark.
 */
public record ParsedPost(String frontMatterStyle, JsonNode frontMatter, Node body) {

  private static final Pattern FRONT = Pattern.compile("\\A(---|\\+\\+\\+)\\n(.*?)\\n\\1\\n", Pattern.DOTALL);
  private static final Parser MARKDOWN = Parser.builder().build();
  private static final ObjectMapper YAML = new YAMLMapper();
  // Dates come back as LocalDate, not as text: proof that the TOML date is unquoted.
  private static final ObjectMapper TOML = TomlMapper.builder().enable(TomlReadFeature.PARSE_JAVA_TIME).build();

  public static ParsedPost of(String post) {
    Matcher front = FRONT.matcher(post);
    if (!front.find()) {
      throw new AssertionError("no front matter at the top of:\n" + post);
    }
    String style = front.group(1).equals("---") ? "yaml" : "toml";
    try {
      JsonNode matter = (style.equals("yaml") ? YAML : TOML).readTree(front.group(2));
      return new ParsedPost(style, matter, MARKDOWN.parse(post.substring(front.end())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A heading as "## Text" (inline code keeps its backticks). */
  public List<String> headings() {
    return nodes(Heading.class).stream().map(h -> "#".repeat(h.getLevel()) + " " + headingText(h)).toList();
  }

  public List<FencedCodeBlock> codeBlocks() {
    return nodes(FencedCodeBlock.class);
  }

  /** The HTML comments standing alone as blocks: the prompts left to fill in. */
  public List<String> prompts() {
    return nodes(HtmlBlock.class).stream().map(b -> b.getLiteral().strip()).toList();
  }

  /** Headings directly followed by another heading of the same or a higher level: empty sections. */
  public List<String> emptyHeadings() {
    List<String> empty = new ArrayList<>();
    for (Heading h : nodes(Heading.class)) {
      Node next = h.getNext();
      if (next == null || next instanceof Heading n && n.getLevel() <= h.getLevel()) {
        empty.add(headingText(h));
      }
    }
    return empty;
  }

  /** The blocks between the heading with this text and the next heading of its level or higher. */
  public List<Node> section(String headingText) {
    for (Heading h : nodes(Heading.class)) {
      if (headingText(h).equals(headingText)) {
        List<Node> blocks = new ArrayList<>();
        for (Node n = h.getNext(); n != null && !(n instanceof Heading next && next.getLevel() <= h.getLevel()); n = n.getNext()) {
          blocks.add(n);
        }
        return blocks;
      }
    }
    throw new AssertionError("no heading '" + headingText + "' among " + headings());
  }

  /** All the text of a section's blocks (inline code with its backticks). */
  public String sectionText(String headingText) {
    StringBuilder out = new StringBuilder();
    section(headingText).forEach(n -> out.append(text(n)));
    return out.toString();
  }

  private <T extends Node> List<T> nodes(Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(body, type, found);
    return found;
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, type, found);
    }
  }

  private static String headingText(Heading heading) {
    return text(heading).stripTrailing();
  }

  public static String text(Node node) {
    StringBuilder out = new StringBuilder();
    appendText(node, out);
    return out.toString();
  }

  private static void appendText(Node node, StringBuilder out) {
    if (node instanceof Text t) {
      out.append(t.getLiteral());
    } else if (node instanceof Code c) {
      out.append('`').append(c.getLiteral()).append('`');
    } else if (node instanceof FencedCodeBlock f) {
      out.append(f.getLiteral());
    } else if (node instanceof IndentedCodeBlock i) {
      out.append(i.getLiteral());
    } else if (node instanceof HtmlBlock b) {
      out.append(b.getLiteral().stripTrailing()).append('\n');
    } else if (node instanceof HtmlInline h) {
      out.append(h.getLiteral());
    } else if (node instanceof SoftLineBreak) {
      out.append('\n');
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      appendText(child, out);
    }
    if (node instanceof Paragraph || node instanceof Heading) {
      out.append('\n');
    }
  }
}
