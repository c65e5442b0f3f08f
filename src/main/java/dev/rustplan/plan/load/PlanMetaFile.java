package dev.rustplan.plan.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.PlanMeta;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.catalog.ResourceCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's metadata file: NAME.yaml (or NAME.yml) beside NAME.md, found, read and checked. Every
 * key is optional; a key rustplan does not know is an error, not a warning, because the everyday
 * commands never show warnings and a misspelt key would silently fall back to a default.
 *
 * <pre>
 * name: 100 Days of Rust            # the display name of every header
 * short: 100-days-of-rust           # for post file names: a-z, 0-9 and single hyphens
 * budget: 30-45 minutes             # or "30 minutes", or {min: 30, max: 45}
 * posts:
 *   title: "{name}: Week {week} - {theme}"   # also {short}
 *   tags: [rust, learning, 100-days-of-rust]
 * catalog: bundled                  # the bundled (Rust) catalog; or none; default: resources.yaml beside the plan
 * </pre>
 *
 * A plan written in YAML holds the same keys beside its own ({@link #PLAN_KEYS}); a file beside a
 * Markdown plan that has them is a plan, not its metadata, and is refused as such.
 */
public final class PlanMetaFile {

  /** Where the jar keeps the bundled plan's metadata (plan/ is bundled under /plan). */
  static final String BUNDLED = "/plan/100-days-of-rust.yaml";

  private static final String BUNDLED_NAME = "plan/100-days-of-rust.yaml";
  private static final String KEYS = "name, short, budget, posts and catalog";

  /** The keys that make a YAML file a plan rather than a plan's metadata. */
  public static final Set<String> PLAN_KEYS = Set.of("phases", "weeks");

  /** The keys a YAML plan has besides its metadata's and {@link #PLAN_KEYS}. */
  public static final Set<String> OTHER_PLAN_KEYS = Set.of("resources", "bonus-topics", "reading-list",
      "daily-template", "weekly-template", "tips");
  private static final String BUDGET_FORMS = "'30-45 minutes', '30 minutes' or {min: 30, max: 45}";
  private static final Pattern BUDGET = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))? minutes");
  private static final YAMLFactory YAML = new YAMLFactory();

  private PlanMetaFile() {}

  /** A metadata file as found: how diagnostics name it, and its bytes. */
  record Found(String name, byte[] bytes) {}

  /**
   * What a metadata file says: null wherever it says nothing, so that the loader fills in defaults.
   *
   * @param catalog "bundled", "none", or null for the resources.yaml beside the plan
   */
  record Fields(String name, String shortName, Budget budget, String postTitle, List<String> tags, String catalog) {

    static final Fields NONE = new Fields(null, null, null, null, null, null);

    /**
     * The metadata, with the plan's first heading as its name and its id as its short name unless
     * given, and the budget the plan itself states when the metadata gives none.
     */
    PlanMeta resolve(String heading, String id, Optional<Budget> planBudget) {
      String shortOne = shortName != null ? shortName : id;
      PlanMeta.Posts defaults = PlanMeta.Posts.defaults(shortOne);
      return new PlanMeta(
          name != null ? name : heading,
          shortOne,
          budget != null ? budget : planBudget.orElse(PlanMeta.DEFAULT_BUDGET),
          new PlanMeta.Posts(
              postTitle != null ? postTitle : defaults.title(), tags != null ? tags : defaults.tags()));
    }
  }

  /**
   * The metadata files of a plan: for the bundled plan the one in the jar; for a plan file NAME.md,
   * NAME.yaml and NAME.yml beside it, those that exist (both is an error the reader reports). The
   * catalog, resources.yaml, is never taken for a plan's metadata.
   */
  static List<Found> find(PlanSource source) {
    if (source.isBundled()) {
      try (InputStream in = PlanMetaFile.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw RustplanException.failure("the bundled plan's metadata is missing from rustplan.jar; rebuild with 'mvn package'");
        }
        return List.of(new Found(BUNDLED_NAME, in.readAllBytes()));
      } catch (IOException e) {
        throw RustplanException.failure("cannot read the bundled plan's metadata: " + IoReason.of(e), e);
      }
    }
    List<Found> found = new ArrayList<>();
    for (Path file : candidates(source.path().get())) {
      try {
        found.add(new Found(file.toString(), Files.readAllBytes(file)));
      } catch (IOException e) {
        throw RustplanException.failure("cannot read plan metadata " + file + ": " + IoReason.of(e), e);
      }
    }
    return found;
  }

  /**
   * Bytes that change whenever what {@link #find} gives changes (which files, and what they hold),
   * so that a cache of the plan can be keyed by them.
   */
  public static byte[] keyBytes(PlanSource source) throws IOException {
    ByteArrayOutputStream key = new ByteArrayOutputStream();
    if (source.isBundled()) {
      try (InputStream in = PlanMetaFile.class.getResourceAsStream(BUNDLED)) {
        key.write(in == null ? "none".getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
      }
      return key.toByteArray();
    }
    for (Path file : candidates(source.path().get())) {
      byte[] bytes = Files.readAllBytes(file);
      key.write((file.getFileName() + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
      key.write(bytes);
    }
    return key.toByteArray();
  }

  /** NAME.yaml and NAME.yml beside a Markdown plan; none for a YAML plan, which holds its metadata itself. */
  private static List<Path> candidates(Path plan) {
    Path fileName = plan.getFileName();
    if (fileName == null || PlanSource.isYaml(plan)) {
      return List.of();
    }
    String stem = PlanSource.stem(fileName.toString());
    List<Path> files = new ArrayList<>();
    for (String extension : List.of(".yaml", ".yml")) {
      String name = stem + extension;
      if (!name.equals("resources.yaml")) {
        Path file = plan.resolveSibling(name);
        if (Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    }
    return files;
  }

  /** The fields of the files found, each problem a diagnostic of the file it is in. */
  static Fields read(List<Found> files, List<Diagnostics> diagnostics) {
    if (files.isEmpty()) {
      return Fields.NONE;
    }
    Diagnostics first = new Diagnostics(files.get(0).name());
    diagnostics.add(first);
    Fields fields = read(files.get(0), first);
    for (Found other : files.subList(1, files.size())) {
      Diagnostics d = new Diagnostics(other.name());
      diagnostics.add(d);
      d.error(1, 1, "the plan has two metadata files, " + files.get(0).name() + " and this one;"
          + " keep one (rustplan reads NAME.yaml, else NAME.yml)");
    }
    return fields;
  }

  /** One file's fields; an empty file says nothing. */
  static Fields read(Found file, Diagnostics diagnostics) {
    Optional<String> text = PlanLoader.utf8(file.bytes(), diagnostics, "so not plan metadata; save it as UTF-8");
    if (text.isEmpty()) {
      return Fields.NONE;
    }
    return read(text.get(), diagnostics, false);
  }

  /**
   * The metadata keys of a YAML text. In a plan written in YAML ({@code plan} true) the plan's own
   * keys are passed over, for its reader; in a metadata file they are refused, since such a file
   * is a plan, not metadata.
   */
  public static Fields read(String yaml, Diagnostics diagnostics, boolean plan) {
    // The whole file is parsed once before it is read: a syntax error further down would otherwise
    // follow errors about values the parser had misread up to there (a list left open, say).
    try (JsonParser p = YAML.createParser(yaml)) {
      while (p.nextToken() != null) {
        // only the syntax is checked here
      }
    } catch (IOException e) {
      unreadable(e, diagnostics);
      return Fields.NONE;
    }
    try (JsonParser p = YAML.createParser(yaml)) {
      return new Reader(p, diagnostics, plan).document();
    } catch (IOException e) {
      unreadable(e, diagnostics);
      return Fields.NONE;
    }
  }

  private static void unreadable(IOException e, Diagnostics diagnostics) {
    if (e instanceof JsonProcessingException syntax) {
      JsonLocation at = syntax.getLocation();
      diagnostics.error(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
          "not valid YAML: " + problem(syntax.getOriginalMessage()));
    } else {
      diagnostics.error(1, 1, "cannot be read as YAML: " + IoReason.of(e));
    }
  }

  /**
   * SnakeYAML's problem without its context: its message is several lines (what it was reading,
   * where, an echo of the line with a caret); the lines that start at the margin say what, the
   * last of them what went wrong.
   */
  private static String problem(String message) {
    String problem = "not a YAML mapping";
    if (message != null && message.startsWith("Expected a field name")) {
      return "a key must be plain text, as in 'name: 100 Days of Rust'"; // Jackson's words for a complex key
    }
    if (message != null) {
      for (String line : message.lines().toList()) {
        if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
          problem = line.strip();
        }
      }
    }
    return problem;
  }

  /** Walks the YAML's tokens, which carry the lines and columns a tree would lose. */
  private static final class Reader {

    private final JsonParser p;
    private final Diagnostics d;
    private final boolean plan;

    Reader(JsonParser p, Diagnostics d, boolean plan) {
      this.p = p;
      this.d = d;
      this.plan = plan;
    }

    Fields document() throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        return Fields.NONE;
      }
      if (t != JsonToken.START_OBJECT) {
        error(plan
            ? "not a plan: a plan written in YAML is a mapping with a 'weeks' (or 'phases') list, as in 'weeks:'"
            : "not plan metadata: it is a YAML mapping of the keys " + KEYS + ", as in 'name: 100 Days of Rust'");
        return Fields.NONE;
      }
      String catalog = null;
      boolean planKey = false;
      List<JsonLocation> otherPlanKeys = new ArrayList<>();
      List<String> otherPlanKeyNames = new ArrayList<>();
      String name = null;
      String shortName = null;
      Budget budget = null;
      String postTitle = null;
      List<String> tags = null;
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        p.nextToken();
        if (!seen.add(key)) {
          error(at, "'" + key + "' is given twice; keep one");
          p.skipChildren();
          continue;
        }
        if (plan && (PLAN_KEYS.contains(key) || OTHER_PLAN_KEYS.contains(key))) {
          p.skipChildren(); // the plan's reader reads these
          continue;
        }
        if (!plan && PLAN_KEYS.contains(key)) {
          if (!planKey) {
            error(at, "'" + key + "' is a plan's key, so this file is a plan written in YAML, not the metadata of the"
                + " Markdown plan of the same name beside it (metadata has only the keys " + KEYS + "); rename one of"
                + " the two, or give this one to --plan");
          }
          planKey = true;
          p.skipChildren();
          continue;
        }
        if (!plan && OTHER_PLAN_KEYS.contains(key)) {
          otherPlanKeys.add(at);
          otherPlanKeyNames.add(key);
          p.skipChildren(); // unknown, unless the file is a plan: then the one error above says all
          continue;
        }
        if (alias()) {
          continue;
        }
        switch (key) {
          case "name" -> name = text("name", "'name: 100 Days of Rust'");
          case "catalog" -> catalog = catalog();
          case "short" -> shortName = shortName();
          case "budget" -> budget = budget();
          case "posts" -> {
            PostsFields read = posts();
            postTitle = read.title();
            tags = read.tags();
          }
          default -> {
            error(at, plan
                ? "unknown key '" + key + "'; a plan written in YAML has the keys phases or weeks, resources,"
                    + " bonus-topics, reading-list, daily-template, weekly-template, tips, and its metadata's " + KEYS
                : "unknown key '" + key + "'; plan metadata has the keys " + KEYS);
            p.skipChildren();
          }
        }
      }
      if (!planKey) {
        for (int i = 0; i < otherPlanKeys.size(); i++) {
          error(otherPlanKeys.get(i), "unknown key '" + otherPlanKeyNames.get(i) + "'; plan metadata has the keys "
              + KEYS);
        }
      }
      if (p.nextToken() != null) {
        error("more than one YAML document (a second ---); keep one");
      }
      return new Fields(name, shortName, budget, postTitle, tags, catalog);
    }

    /** "bundled" or "none": which catalog the plan's resources are matched against. */
    private String catalog() throws IOException {
      JsonLocation at = p.currentTokenLocation();
      String value = text("catalog", "'catalog: bundled'");
      if (value != null && !value.equals(ResourceCatalog.BUNDLED_CHOICE) && !value.equals(ResourceCatalog.NO_CATALOG)) {
        error(at, "catalog must be 'bundled' (rustplan's own, for Rust) or 'none' (the cells as written, even with a"
            + " resources.yaml beside the plan), got '" + value + "'; without the key the plan uses the resources.yaml"
            + " beside it, if any");
        return null;
      }
      return value;
    }

    private String shortName() throws IOException {
      JsonLocation at = p.currentTokenLocation();
      String value = text("short", "'short: 100-days-of-rust'");
      if (value != null && !PlanMeta.SHORT_NAME.matcher(value).matches()) {
        error(at, "short must be lower-case letters, digits and single hyphens, as in '100-days-of-rust'"
            + " (it goes into the posts' file names), got '" + value + "'");
        return null;
      }
      return value;
    }

    private Budget budget() throws IOException {
      JsonLocation at = p.currentTokenLocation();
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        return budgetMapping(at);
      }
      if (t != JsonToken.VALUE_STRING) {
        error("budget must be minutes as " + BUDGET_FORMS + ", got " + describe(t));
        p.skipChildren();
        return null;
      }
      String value = p.getText();
      Matcher m = BUDGET.matcher(value);
      if (!m.matches()) {
        error("budget must be minutes as " + BUDGET_FORMS + ", got '" + oneLine(value) + "'");
        return null;
      }
      int min = Integer.parseInt(m.group(1));
      int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
      return budget(at, min, max, "'" + value + "'");
    }

    private Budget budgetMapping(JsonLocation at) throws IOException {
      Integer min = null;
      Integer max = null;
      String[] written = {"", ""};
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation keyAt = p.currentTokenLocation();
        p.nextToken();
        if (!seen.add(key)) {
          error(keyAt, "budget." + key + " is given twice; keep one");
          p.skipChildren();
        } else if (key.equals("min") || key.equals("max")) {
          written[key.equals("min") ? 0 : 1] = p.getText();
          Integer minutes = minutes("budget." + key);
          if (key.equals("min")) {
            min = minutes;
          } else {
            max = minutes;
          }
        } else {
          error(keyAt, "unknown key '" + key + "' under budget; the keys there are min and max, as in {min: 30, max: 45}");
          p.skipChildren();
        }
      }
      if (min == null || max == null) {
        if (seen.containsAll(List.of("min", "max"))) {
          return null; // a bad figure, already reported
        }
        error(at, "budget needs both min and max, as in {min: 30, max: 45}");
        return null;
      }
      return budget(at, min, max, "{min: " + written[0] + ", max: " + written[1] + "}");
    }

    private Integer minutes(String key) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        error(key + " must be a whole number of minutes, got " + describe(p.currentToken()));
        p.skipChildren();
        return null;
      }
      // Parsed from the text, so that a figure too big for an int is refused rather than wrapped.
      String digits = p.getText().replaceFirst("^\\+", "");
      return digits.matches("-?\\d{1,9}") ? Integer.valueOf(digits) : Integer.MAX_VALUE;
    }

    private Budget budget(JsonLocation at, int min, int max, String written) {
      if (Math.min(min, max) < 1 || Math.max(min, max) > Budget.MOST) {
        error(at, "budget must lie between 1 and " + Budget.MOST + " minutes (a day), got " + written);
        return null;
      }
      if (min > max) {
        String swapped = written.startsWith("{") ? "{min: " + max + ", max: " + min + "}" : "'" + new Budget(max, min).text() + "'";
        error(at, "budget " + written + " starts above where it ends; put the smaller number first, as in " + swapped);
        return null;
      }
      return new Budget(min, max);
    }

    /** The title and tags under posts; null where not given. */
    private record PostsFields(String title, List<String> tags) {}

    private PostsFields posts() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        error("posts must be a mapping of title and tags, as in posts: {title: \"" + PlanMeta.DEFAULT_POST_TITLE
            + "\", tags: [rust, learning]}, got " + describe(p.currentToken()));
        p.skipChildren();
        return new PostsFields(null, null);
      }
      String title = null;
      List<String> tags = null;
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        p.nextToken();
        if (!seen.add(key)) {
          error(at, "posts." + key + " is given twice; keep one");
          p.skipChildren();
          continue;
        }
        if (alias()) {
          continue;
        }
        switch (key) {
          case "title" -> title = postTitle();
          case "tags" -> tags = tags();
          default -> {
            error(at, "unknown key '" + key + "' under posts; the keys there are title and tags");
            p.skipChildren();
          }
        }
      }
      return new PostsFields(title, tags);
    }

    private String postTitle() throws IOException {
      JsonLocation at = p.currentTokenLocation();
      String title = text("posts.title", "'title: \"" + PlanMeta.DEFAULT_POST_TITLE + "\"'");
      if (title == null) {
        return null;
      }
      List<String> unknown = PlanMeta.unknownPlaceholders(title);
      if (!unknown.isEmpty()) {
        error(at, "posts.title has {" + unknown.get(0) + "}, which rustplan cannot fill; the placeholders are"
            + " {name}, {short}, {week} and {theme}");
        return null;
      }
      if (!title.contains("{week}")) {
        d.warning(at.getLineNr(), at.getColumnNr(), "posts.title has no {week}, so every week's post gets the same title");
      }
      return title;
    }

    private List<String> tags() throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        error("posts.tags must be a list, as in [rust, learning], got " + describe(p.currentToken()));
        p.skipChildren();
        return null;
      }
      List<String> tags = new ArrayList<>();
      boolean bad = false;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (alias()) {
          bad = true;
          continue;
        }
        String tag = text("each of posts.tags", "[rust, learning]");
        bad |= tag == null;
        tags.add(tag);
      }
      return bad ? null : tags;
    }

    /** An alias (*name) would read as the anchor's name, not its value: refused rather than misread. */
    private boolean alias() throws IOException {
      if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        error("YAML aliases (*" + p.getText() + ") are not read in plan metadata; write the value out");
        return true;
      }
      return false;
    }

    /** A scalar as one line of text (a number reads as written); else an error saying what is wanted. */
    private String text(String key, String example) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        error(key + " must be text, as in " + example + ", got " + describe(t));
        p.skipChildren();
        return null;
      }
      String value = p.getText().strip();
      if (value.isEmpty()) {
        error(key + " is empty; give it a value, or leave the key out for the default");
        return null;
      }
      if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        error(key + " must be one line of text without control characters, got '" + oneLine(value) + "'");
        return null;
      }
      return value;
    }

    private static String describe(JsonToken t) {
      if (t == null) {
        return "nothing";
      }
      return switch (t) {
        case START_OBJECT -> "a mapping";
        case START_ARRAY -> "a list";
        case VALUE_TRUE, VALUE_FALSE -> "true or false (put text that reads so in quotes)";
        case VALUE_NULL -> "nothing";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_EMBEDDED_OBJECT -> "binary data";
        default -> "text";
      };
    }

    private void error(String message) {
      error(p.currentTokenLocation(), message);
    }

    private void error(JsonLocation at, String message) {
      d.error(at.getLineNr(), at.getColumnNr(), message);
    }
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
    return line.length() > 60 ? line.substring(0, 57) + "..." : line;
  }
}
