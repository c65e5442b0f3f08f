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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of what a plan's Resource column names (plan/resources.yaml): full titles and links,
 * found by aliases. A piece that gives its own link keeps it; pieces that match no alias stay as
 * the plan wrote them. A plan uses the catalog beside it (resources.yaml in its folder), the
 * bundled one only when it is the bundled plan or names it on purpose (`catalog: bundled` in its
 * metadata), and otherwise none: the bundled catalog is Rust's, and its "RFCs" or "API guidelines"
 * are not another subject's.
 */
public final class ResourceCatalog {

  private static final String BUNDLED = "/plan/resources.yaml";

  /** The metadata's word for the bundled catalog. */
  public static final String BUNDLED_CHOICE = "bundled";

  /** The metadata's word for no catalog, even with a resources.yaml beside the plan. */
  public static final String NO_CATALOG = "none";

  private static final ResourceCatalog NONE = new ResourceCatalog(List.of(), "no catalog");

  private final List<Entry> entries;
  private final List<String> commaAliases;
  private final String name;

  private ResourceCatalog(List<Entry> entries, String name) {
    this.entries = List.copyOf(entries);
    this.commaAliases = entries.stream().flatMap(e -> e.aliases().stream()).filter(a -> a.contains(",")).toList();
    this.name = name;
  }

  /**
   * One resource: a book, a site, a crate's docs; with the chapters or sections a plan cites, the
   * pages a generic name means on a day about something ("Crate docs" on a day about `bumpalo`),
   * and a note where the plan's words for it mislead.
   *
   * @param url null for an entry that only links through its contexts ("source code")
   */
  record Entry(String id, String title, String url, List<String> aliases, List<Part> parts, List<Context> contexts,
      String note) {
    Entry {
      aliases = aliases == null ? List.of() : aliases.stream().map(ResourceText::normalize).toList();
      parts = parts == null ? List.of() : List.copyOf(parts);
      contexts = contexts == null ? List.of() : List.copyOf(contexts);
    }
  }

  /** A chapter or section of an entry; without its own url it links to the entry's. */
  record Part(String title, String url, List<String> aliases) {
    Part {
      aliases = aliases == null ? List.of() : aliases.stream().map(ResourceText::normalize).toList();
    }
  }

  /** A page an entry's name means on a day whose topic or activity holds one of the words. */
  record Context(List<String> when, String title, String url) {
    Context {
      when = when == null ? List.of() : when.stream().map(ResourceText::normalize).toList();
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

  /** No catalog: every piece is shown as written, with the links it gives itself. */
  public static ResourceCatalog none() {
    return NONE;
  }

  /**
   * The catalog for a plan: the bundled plan's own; for a plan file, what its metadata's
   * {@code catalog} names ({@value #BUNDLED_CHOICE} or {@value #NO_CATALOG}), else the
   * resources.yaml beside it, else none.
   *
   * @param choice the metadata's {@code catalog} value, or null when it says nothing
   */
  public static ResourceCatalog forPlan(PlanSource source, String choice) {
    if (source.isBundled() || BUNDLED_CHOICE.equals(choice)) {
      return bundled();
    }
    if (NO_CATALOG.equals(choice)) {
      return none();
    }
    Optional<Path> beside = besideFile(source);
    if (beside.isEmpty()) {
      return none();
    }
    try (InputStream in = Files.newInputStream(beside.get())) {
      return read(in, beside.get().toString());
    } catch (IOException e) {
      throw RustplanException.failure("cannot read resource catalog " + beside.get() + ": " + e.getMessage(), e);
    }
  }

  /** The resources.yaml beside a plan file, when there is one. */
  static Optional<Path> besideFile(PlanSource source) {
    return source.path()
        .map(p -> p.toAbsolutePath().resolveSibling("resources.yaml"))
        .filter(Files::isRegularFile);
  }

  /**
   * The bytes of the catalogs a plan may use (the file beside it, else the bundled one), so that a
   * cache of the plan can be keyed by them; which of them it uses depends on its metadata, which
   * is part of the key too.
   */
  public static byte[] bytesFor(PlanSource source) throws IOException {
    Optional<Path> beside = besideFile(source);
    if (beside.isPresent()) {
      return Files.readAllBytes(beside.get());
    }
    try (InputStream in = ResourceCatalog.class.getResourceAsStream(BUNDLED)) {
      return in == null ? new byte[0] : in.readAllBytes();
    }
  }

  /** How messages name this catalog: its file, or "no catalog". */
  public String name() {
    return name;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The aliases that hold a comma ("Use The Index, Luke"), which must not cut a cell apart. */
  public List<String> commaAliases() {
    return commaAliases;
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
    Map<String, JsonNode> byId = new HashMap<>();
    resources.forEach(e -> byId.putIfAbsent(String.valueOf(text(e, "id")), e));
    for (JsonNode e : resources) {
      String title = text(e, "title");
      List<Context> contexts = new ArrayList<>();
      for (JsonNode c : e.path("contexts")) {
        contexts.add(new Context(strings(c.path("when")), text(c, "title"), text(c, "url")));
      }
      if (title == null || text(e, "url") == null && contexts.isEmpty()) {
        throw RustplanException.failure(name + ": error: resource '" + text(e, "id")
            + "' needs a title and a url (or contexts that give them); see plan/resources.yaml for the shape");
      }
      if (contexts.stream().anyMatch(c -> c.title() == null || c.url() == null || c.when().isEmpty())) {
        throw RustplanException.failure(name + ": error: a context of resource '" + text(e, "id")
            + "' needs when (words of the day), a title and a url; see plan/resources.yaml for the shape");
      }
      List<Part> parts = new ArrayList<>();
      for (JsonNode p : e.path("parts")) {
        parts.add(new Part(text(p, "title"), text(p, "url"), strings(p.path("aliases"))));
      }
      entries.add(new Entry(text(e, "id"), title, text(e, "url"), strings(e.path("aliases")), parts, contexts,
          note(e, byId, name)));
    }
    return new ResourceCatalog(entries, name);
  }

  /** The entry's note, followed by the title and link of each entry it offers instead ("see"). */
  private static String note(JsonNode entry, Map<String, JsonNode> byId, String name) {
    String note = text(entry, "note");
    if (note == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(note.strip());
    List<String> offered = new ArrayList<>();
    for (String id : strings(entry.path("see"))) {
      JsonNode other = byId.get(id);
      if (other == null) {
        throw RustplanException.failure(name + ": error: resource '" + text(entry, "id") + "' sees '" + id
            + "', which the catalog does not have");
      }
      offered.add(text(other, "title") + " (" + text(other, "url") + ")");
    }
    if (!offered.isEmpty()) {
      sb.append(' ').append(String.join(" and ", offered));
    }
    return sb.toString();
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

  /**
   * The resources a piece stands for: its own link if it gives one, else what the catalog knows of
   * its words, else itself as written. Usually one; a generic name ("Crate docs") on a day about
   * two crates gives both.
   *
   * @param context the day's topic and activity, which pick what a generic name means
   */
  public List<Resource> resolve(Piece piece, String context) {
    if (piece.url() != null) {
      return List.of(new Resource(piece.text(), piece.label(), piece.url()));
    }
    Match best = match(piece.label());
    if (best == null) {
      return List.of(new Resource(piece.text(), piece.label(), null));
    }
    Entry entry = best.entry();
    String rest = ResourceText.normalize(piece.label()).substring(best.at() + best.alias().length())
        .replaceAll("^[^\\p{L}\\p{N}]+", "");
    Optional<Part> part = part(entry, rest);
    if (part.isPresent()) {
      Part p = part.get();
      return List.of(new Resource(piece.text(), entry.title() + " \u2014 " + p.title(),
          p.url() != null ? p.url() : entry.url(), entry.note()));
    }
    String words = ResourceText.normalize(context);
    List<Resource> meant = entry.contexts().stream()
        .filter(c -> c.when().stream().anyMatch(w -> ResourceText.containsWords(words, w)))
        .map(c -> new Resource(piece.text(), c.title(), c.url(), entry.note()))
        .toList();
    if (!meant.isEmpty()) {
      return meant;
    }
    return entry.url() == null
        ? List.of(new Resource(piece.text(), piece.label(), null))
        : List.of(new Resource(piece.text(), entry.title(), entry.url(), entry.note()));
  }

  /**
   * One item of a list the plan writes out (the reading list), with no day around it: the
   * catalog's title and link, else the first link the text holds, else the text as written.
   */
  public Resource resolve(String item) {
    Resource known = resolve(Piece.plain(item), "").get(0);
    if (known.resolved()) {
      return known;
    }
    String url = ResourceText.firstUrl(item);
    return url == null ? known : new Resource(item, item, url);
  }

  /**
   * The best alias for the words: one at their start wins ("Tokio tutorial project"), else one
   * anywhere in them ("Hands-on with bindgen"); the longest alias wins.
   */
  private Match match(String words) {
    String text = ResourceText.normalize(words);
    Match best = null;
    for (Entry entry : entries) {
      for (String alias : entry.aliases()) {
        int at = ResourceText.wordAt(text, alias, 0) ? 0 : indexOfWord(text, alias);
        if (at >= 0 && (best == null || best.better(at, alias))) {
          best = new Match(entry, alias, at);
        }
      }
    }
    return best;
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
