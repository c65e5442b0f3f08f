package dev.rustplan.plan.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/** Walks a commonmark GFM table: its header cells and its body rows. */
final class Tables {

  private Tables() {}

  static List<Node> headerCells(TableBlock table) {
    for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableHead head && head.getFirstChild() != null) {
        return children(head.getFirstChild());
      }
    }
    return List.of();
  }

  /** Each header's name (as {@code name} spells it) to its column index; the first of a name wins. */
  static Map<String, Integer> columns(TableBlock table, UnaryOperator<String> name) {
    Map<String, Integer> index = new HashMap<>();
    List<Node> header = headerCells(table);
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(name.apply(PlanMarkdown.plain(header.get(i))), i);
    }
    return index;
  }

  static List<Node> bodyRows(TableBlock table) {
    for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableBody body) {
        return children(body);
      }
    }
    return List.of();
  }

  static List<Node> children(Node parent) {
    List<Node> nodes = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      nodes.add(n);
    }
    return nodes;
  }
}
