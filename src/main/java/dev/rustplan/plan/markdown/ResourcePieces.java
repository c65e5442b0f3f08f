package dev.rustplan.plan.markdown;

import dev.rustplan.plan.catalog.Piece;
import dev.rustplan.plan.catalog.ResourceCatalog;
import dev.rustplan.plan.catalog.ResourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Cuts a resource cell into pieces and reads the link each one gives itself: a Markdown link
 * ("[MDN: Caching](https://...)", shown by its text), an autolink, "name (https://...)" or a bare
 * URL. The pieces are parsed with the plan's own parser and walked for their links, so that link
 * syntax is read as CommonMark reads it, not guessed at.
 */
public final class ResourcePieces {

  /** A parenthesis, or a colon or dash, that holds only the link: "name (https://...)", "name: https://...". */
  private static final Pattern AROUND_URL = Pattern.compile(
      "\\s*(?:\\((?:[^()]*?:\\s*)?URL\\)|[:\u2013\u2014-]\\s*URL|URL)\\s*".replace("URL", "https?://[^\\s)>\\]]+"));

  private ResourcePieces() {}

  /** The cell's pieces, cut as {@link ResourceText#split} says, each with its own link if it has one. */
  public static List<Piece> of(String cell, ResourceCatalog catalog) {
    return ResourceText.split(cell, catalog.commaAliases()).stream().map(ResourcePieces::piece).toList();
  }

  /** One piece, read for its own link. */
  public static Piece piece(String text) {
    if (!text.contains("](") && !text.contains("<http") && !text.contains("http")) {
      return Piece.plain(text);
    }
    List<Link> links = new ArrayList<>();
    PlanMarkdown.parseFragment(text).accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        links.add(link); // a link holds no link, so its children need no visit
      }
    });
    if (!links.isEmpty()) {
      return new Piece(text, label(text, links), links.get(0).getDestination());
    }
    String url = ResourceText.firstUrl(text);
    if (url == null) {
      return Piece.plain(text);
    }
    String label = AROUND_URL.matcher(text).replaceFirst(" ").strip();
    return new Piece(text, label.isEmpty() ? url : label, url);
  }

  /** The text with each link's syntax replaced by the link's own text (or its destination, if it has none). */
  private static String label(String text, List<Link> links) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Link link : links) {
      List<SourceSpan> spans = link.getSourceSpans();
      if (spans.size() != 1 || spans.get(0).getLineIndex() != 0) {
        continue; // a piece is one line; anything else is left as written
      }
      int start = spans.get(0).getInputIndex();
      sb.append(text, at, start);
      String inner = childrenSource(text, link);
      sb.append(inner.isBlank() ? link.getDestination() : inner);
      at = start + spans.get(0).getLength();
    }
    sb.append(text.substring(at));
    return sb.toString().strip();
  }

  private static String childrenSource(String text, Link link) {
    Node first = link.getFirstChild();
    Node last = link.getLastChild();
    if (first == null || first.getSourceSpans().isEmpty() || last.getSourceSpans().isEmpty()) {
      return "";
    }
    int start = first.getSourceSpans().get(0).getInputIndex();
    SourceSpan end = last.getSourceSpans().get(last.getSourceSpans().size() - 1);
    return text.substring(start, end.getInputIndex() + end.getLength());
  }
}
