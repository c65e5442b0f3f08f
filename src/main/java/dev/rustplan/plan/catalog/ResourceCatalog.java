package dev.rustplan.plan.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rustplan.RustplanException;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of what a plan's Resource column names (plan/resources.yaml): full titles and links,
 * found by aliases. A cell's pieces that match no alias stay as the plan wrote them.
 */
public final class ResourceCatalog {

  private static final String BUNDLED = "/plan/resources.yaml";

  private final List<Entry> entries;

  private ResourceCatalog(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** One resource: a book, a site, a crate's docs; with the chapters or sections a plan cites. */
  record Entry(String id, String title, String url, List<String> aliases, List<Part> parts) {
    Entry {
      aliases = aliases == null ? List.of() : aliases.stream().map(ResourceText::normalize).toList();
      parts = parts == null ? List.of() : List.copyOf(parts);
    }
  }

  /** A chapter or section of an entry; without its own url it links to the entry's. */
  record Part(String title, String url, List<String> aliases) {
    Part {
      aliases = aliases == null ? List.of() : aliases.stream().map(ResourceText::normalize).toList();
    }
  }

  public static ResourceCatalog bundled() {
    try (InputStream in = ResourceCatalog.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw RustplanException.failure("the resource catalog is missing from rustplan.jar; rebuild with 'mvn package'");
      }
      return read(in, "plan/resources.yaml");
    } catch (IOException e) {
      throw RustplanException.failure("cannot read the bundled resource catalog: " + e.getMessage(), e);
    }
  }

  /** The catalog for a plan: resources.yaml beside a plan file if there is one, else the bundled one. */
  public static ResourceCatalog forPlan(PlanSource source) {
    Optional<Path> beside = besideFile(source);
    if (beside.isEmpty()) {
      return bundled();
    }
    try (InputStream in = Files.newInputStream(beside.get())) {
      return read(in, beside.get().toString());
    } catch (IOException e) {
      throw RustplanException.failure("cannot read resource catalog " + beside.get() + ": " + e.getMessage(), e);
    }
  }

  /** The resources.yaml beside a plan file, when there is one; else the plan uses the bundled catalog. */
  static Optional<Path> besideFile(PlanSource source) {
    return source.path()
        .map(p -> p.toAbsolutePath().resolveSibling("resources.yaml"))
        .filter(Files::isRegularFile);
  }

  /** The bytes of the catalog a plan uses, so that a cache of the plan can be keyed by them. */
  public static byte[] bytesFor(PlanSource source) throws IOException {
    Optional<Path> beside = besideFile(source);
    if (beside.isPresent()) {
      return Files.readAllBytes(beside.get());
    }
    try (InputStream in = ResourceCatalog.class.getResourceAsStream(BUNDLED)) {
      return in == null ? new byte[0] : in.readAllBytes();
    }
  }

  /**
   * Reads the YAML as a tree and builds the records by hand: binding records through databind
   * costs a cold start about 150 ms of reflection, and this runs on every command that shows a day.
   */
  static ResourceCatalog read(InputStream in, String name) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw RustplanException.failure(where + ": error: not a resource catalog: " + e.getOriginalMessage(), e);
    }
    List<Entry> entries = new ArrayList<>();
    JsonNode resources = root == null ? null : root.get("resources");
    if (resources == null || !resources.isArray()) {
      throw RustplanException.failure(name + ": error: not a resource catalog: it needs a list under 'resources:'");
    }
    for (JsonNode e : resources) {
      String title = text(e, "title");
      if (title == null || text(e, "url") == null) {
        throw RustplanException.failure(name + ": error: resource '" + text(e, "id")
            + "' needs a title and a url; see plan/resources.yaml for the shape");
      }
      List<Part> parts = new ArrayList<>();
      for (JsonNode p : e.path("parts")) {
        parts.add(new Part(text(p, "title"), text(p, "url"), strings(p.path("aliases"))));
      }
      entries.add(new Entry(text(e, "id"), title, text(e, "url"), strings(e.path("aliases")), parts));
    }
    return new ResourceCatalog(entries);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** Each comma-separated piece of a Resource cell, resolved where the catalog knows it. */
  public List<Resource> resolveAll(String cell) {
    return ResourceText.split(cell).stream().map(this::resolve).toList();
  }

  /**
   * One piece: an alias at its start wins ("Tokio tutorial project"), else an alias anywhere in it
   * ("Hands-on with bindgen"); the longest alias wins, then a chapter or section after it.
   */
  public Resource resolve(String piece) {
    String text = ResourceText.normalize(piece);
    Match best = null;
    for (Entry entry : entries) {
      for (String alias : entry.aliases()) {
        int at = ResourceText.wordAt(text, alias, 0) ? 0 : indexOfWord(text, alias);
        if (at >= 0 && (best == null || best.better(at, alias))) {
          best = new Match(entry, alias, at);
        }
      }
    }
    if (best == null) {
      String url = ResourceText.firstUrl(piece);
      return url == null ? Resource.unmatched(piece) : new Resource(piece, piece, url);
    }
    Entry entry = best.entry();
    String rest = text.substring(best.at() + best.alias().length()).replaceAll("^[^\\p{L}\\p{N}]+", "");
    return part(entry, rest)
        .map(p -> new Resource(piece, entry.title() + " \u2014 " + p.title(), p.url() != null ? p.url() : entry.url()))
        .orElseGet(() -> new Resource(piece, entry.title(), entry.url()));
  }

  private static Optional<Part> part(Entry entry, String rest) {
    Part found = null;
    int length = 0;
    for (Part part : entry.parts()) {
      for (String alias : part.aliases()) {
        if (alias.length() > length && ResourceText.wordAt(rest, alias, 0)) {
          found = part;
          length = alias.length();
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static int indexOfWord(String text, String alias) {
    for (int at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
      if (ResourceText.wordAt(text, alias, at)) {
        return at;
      }
    }
    return -1;
  }

  private record Match(Entry entry, String alias, int at) {
    /** A match at the start beats one inside; then the longer alias. */
    boolean better(int otherAt, String otherAlias) {
      if ((otherAt == 0) != (at == 0)) {
        return otherAt == 0;
      }
      return otherAlias.length() > alias.length();
    }
  }
}
