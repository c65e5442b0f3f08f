package dev.rustplan.plan.markdown;

import dev.rustplan.plan.Resource;
import dev.rustplan.plan.catalog.ResourceCatalog;
import dev.rustplan.plan.catalog.Piece;
import java.util.List;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * Reads the list under "**Primary Resources:**" before the first phase: each item becomes a
 * Resource, titled and linked by the catalog, else by the link the item itself gives.
 */
public final class PrimaryResourcesReader {

  private final AppendixReader lists;
  private final ResourceCatalog catalog;

  public PrimaryResourcesReader(AppendixReader lists, ResourceCatalog catalog) {
    this.lists = lists;
    this.catalog = catalog;
  }

  public List<Resource> read(List<Section> sections) {
    for (Section section : sections) {
      if (section.kind() != Section.Kind.PREAMBLE && section.kind() != Section.Kind.OTHER) {
        continue;
      }
      boolean announced = section.title().toLowerCase(java.util.Locale.ROOT).matches("(primary\\s+)?resources:?");
      for (Node block : section.blocks()) {
        if (announced && block instanceof ListBlock list) {
          return lists.listItems(list).stream().map(this::resource).toList();
        }
        announced = PlanMarkdown.plain(block).toLowerCase(java.util.Locale.ROOT).matches("(primary\\s+)?resources\\s*:?");
      }
    }
    return List.of();
  }

  private Resource resource(String item) {
    return resource(item, catalog);
  }

  /**
   * A primary resource: the link the item gives itself (with the catalog's full title when the
   * catalog links the same page), else the catalog's, else the item as written, its emphasis and
   * leading pictographs taken off its title.
   */
  public static Resource resource(String item, ResourceCatalog catalog) {
    Piece piece = ResourcePieces.piece(item);
    Resource known = catalog.resolve(piece.url() == null ? piece : Piece.plain(piece.label()), "").get(0);
    if (piece.url() != null) {
      boolean samePage = known.resolved() && sameUrl(known.url(), piece.url());
      return new Resource(item, samePage ? known.title() : clean(piece.label()), piece.url(), known.note());
    }
    if (known.resolved()) {
      return new Resource(item, known.title(), known.url(), known.note());
    }
    return new Resource(item, clean(item), null);
  }

  private static boolean sameUrl(String a, String b) {
    return a.replaceAll("/+$", "").equalsIgnoreCase(b.replaceAll("/+$", ""));
  }

  private static String clean(String title) {
    return title.replaceAll("[*_]", "").replaceAll("^[^\\p{L}\\p{N}]+", "").strip();
  }
}
