package dev.rustplan.plan.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A plan's Markdown parsed by commonmark with GFM tables, after a pre-pass that keeps every line
 * where it was (front matter blanked, nested fences lengthened), so that source positions are the
 * file's own line numbers. Gives the source text and position of any node.
 */
public final class PlanMarkdown {

  /** Built once: a commonmark Parser is immutable and safe to share. */
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private final String text;
  private final Node document;
  private final FrontMatter frontMatter;
  private final List<NestedFences.Repair> repairs;

  private PlanMarkdown(String text, Node document, FrontMatter frontMatter, List<NestedFences.Repair> repairs) {
    this.text = text;
    this.document = document;
    this.frontMatter = frontMatter;
    this.repairs = List.copyOf(repairs);
  }

  public static PlanMarkdown parse(String original) {
    List<String> lines = new ArrayList<>(Arrays.asList(original.replace("\r\n", "\n").split("\n", -1)));
    FrontMatter frontMatter = FrontMatter.read(lines);
    Collections.fill(lines.subList(0, frontMatter.lineCount()), "");
    List<NestedFences.Repair> repairs = new ArrayList<>();
    String text = String.join("\n", NestedFences.repair(lines, repairs));
    return new PlanMarkdown(text, PARSER.parse(text), frontMatter, repairs);
  }

  /** A snippet of Markdown (one resource of a cell) parsed with the same parser, its positions its own. */
  static Node parseFragment(String markdown) {
    return PARSER.parse(markdown);
  }

  /** The fenced blocks the pre-pass lengthened because they hold fences of their own, in file order. */
  public List<NestedFences.Repair> nestedFences() {
    return repairs;
  }

  public Node document() {
    return document;
  }

  public FrontMatter frontMatter() {
    return frontMatter;
  }

  /** The 1-based line a node starts on (1 if commonmark gave it no position). */
  static int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
  }

  /** The 1-based column a node starts at, past any padding inside a table cell. */
  int column(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return 1;
    }
    SourceSpan span = spans.get(0);
    String raw = text.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
    int padding = raw.length() - raw.stripLeading().length();
    return span.getColumnIndex() + padding + 1;
  }

  /** The node's Markdown as written (lines joined by a space), e.g. "`Pin` in practice". */
  String source(Node node) {
    StringBuilder sb = new StringBuilder();
    for (SourceSpan span : node.getSourceSpans()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(text, span.getInputIndex(), span.getInputIndex() + span.getLength());
    }
    return sb.toString().strip().replace("\\|", "|");
  }

  /**
   * The Markdown of a block's inline content as written, without the block's own marks: a
   * heading's "Day 3: `Pin` basics" without its "### ". Lines joined by a space.
   */
  String inlineSource(Node block) {
    Node first = block.getFirstChild();
    Node last = block.getLastChild();
    if (first == null || first.getSourceSpans().isEmpty() || last.getSourceSpans().isEmpty()) {
      return "";
    }
    SourceSpan start = first.getSourceSpans().get(0);
    List<SourceSpan> lastSpans = last.getSourceSpans();
    SourceSpan end = lastSpans.get(lastSpans.size() - 1);
    String raw = text.substring(start.getInputIndex(), end.getInputIndex() + end.getLength());
    return raw.replaceAll("\\s*\\n\\s*", " ").strip().replace("\\|", "|");
  }

  /** Each line of a block as written (a paragraph's lines, without the container's indentation). */
  List<String> lines(Node node) {
    List<String> lines = new ArrayList<>();
    for (SourceSpan span : node.getSourceSpans()) {
      lines.add(text.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()).strip());
    }
    return lines;
  }

  /** The node's text without markup, e.g. a heading's "Week 3: Advanced Trait Patterns". */
  public static String plain(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            sb.append(t.getLiteral());
          }

          @Override
          public void visit(Code c) {
            sb.append(c.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak b) {
            sb.append(' ');
          }

          @Override
          public void visit(HardLineBreak b) {
            sb.append(' ');
          }
        });
    return sb.toString().strip();
  }
}
