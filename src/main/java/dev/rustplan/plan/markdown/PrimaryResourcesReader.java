package dev.rustplan.plan.markdown;

import dev.rustplan.plan.Resource;
import dev.rustplan.plan.catalog.ResourceCatalog;
import dev.rustplan.plan.catalog.ResourceText;
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
    Resource r = catalog.resolve(item);
    if (r.resolved()) {
      return r;
    }
    String url = ResourceText.firstUrl(item);
    String title = item.replaceAll("[*_]", "").replaceAll("^[^\\p{L}\\p{N}]+", "").strip();
    return new Resource(item, title, url);
  }
}
