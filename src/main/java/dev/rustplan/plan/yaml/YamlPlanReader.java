package dev.rustplan.plan.yaml;

import com.fasterxml.jackson.core.JsonToken;
import dev.rustplan.plan.Appendices;
import dev.rustplan.plan.Appendices.BonusTopic;
import dev.rustplan.plan.Appendices.ReadingList;
import dev.rustplan.plan.BudgetText;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.Outline;
import dev.rustplan.plan.Outline.DayRange;
import dev.rustplan.plan.Outline.PhaseDraft;
import dev.rustplan.plan.Outline.WeekDraft;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.catalog.Piece;
import dev.rustplan.plan.catalog.ResourceCatalog;
import dev.rustplan.plan.markdown.DaysTableReader;
import dev.rustplan.plan.markdown.PrimaryResourcesReader;
import dev.rustplan.plan.markdown.ResourcePieces;
import dev.rustplan.plan.yaml.YamlTree.Entry;
import dev.rustplan.plan.yaml.YamlTree.Mapping;
import dev.rustplan.plan.yaml.YamlTree.Node;
import dev.rustplan.plan.yaml.YamlTree.Scalar;
import dev.rustplan.plan.yaml.YamlTree.Sequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan written in YAML into an outline, its primary resources and its appendices. The
 * metadata keys (name, short, budget, posts, catalog) are the metadata reader's; this one reads
 * the rest, strictly: an unknown key is an error, so that a misspelt "activty" is not a day
 * without an activity.
 *
 * <pre>
 * name: HTTP in Three Weeks
 * budget: 30-45 minutes
 * phases:                       # optional: without it, "weeks:" at the top
 *   - name: Messages
 *     weeks:
 *       - theme: Requests and responses
 *         days:
 *           - topic: Methods and status codes
 *             activity: Read RFC 9110 sections 9 and 15
 *             resources: ["[RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)", MDN HTTP]
 *             budget: 45 minutes  # optional: this day's own
 *             kind: practice      # optional: lesson (default), practice or capstone
 * </pre>
 */
public final class YamlPlanReader {

  private static final Set<String> PHASE_KEYS = Set.of("name", "number", "weeks");
  private static final Set<String> WEEK_KEYS = Set.of("theme", "week", "days");
  private static final Set<String> DAY_KEYS = Set.of("day", "topic", "activity", "resources", "budget", "kind", "extra");
  private static final Pattern WEEK_NUMBER = Pattern.compile("(\\d{1,6})(?:\\s*-\\s*(\\d{1,6}))?");

  private final ResourceCatalog catalog;
  private final Diagnostics diagnostics;
  private final Set<Integer> explained = new HashSet<>();

  /** What the plan's keys give besides the metadata: the outline, the primary resources and the appendices. */
  public record Read(Outline outline, List<Resource> primary, Appendices appendices) {}

  public YamlPlanReader(ResourceCatalog catalog, Diagnostics diagnostics) {
    this.catalog = catalog;
    this.diagnostics = diagnostics;
  }

  /** The plan's parts; empty when the text is not a mapping (the metadata reader says so). */
  public Optional<Read> read(String text) {
    Optional<Node> root = YamlTree.read(text, diagnostics);
    if (root.isEmpty() || !(root.get() instanceof Mapping top)) {
      return Optional.empty();
    }
    Optional<Entry> phases = top.get("phases");
    Optional<Entry> weeks = top.get("weeks");
    List<PhaseDraft> drafts = new ArrayList<>();
    if (phases.isPresent() && weeks.isPresent()) {
      Entry second = phases.get().line() > weeks.get().line() ? phases.get() : weeks.get();
      error(second.line(), second.column(), "a plan has 'phases' (each with its weeks) or 'weeks' at the top, not both");
    } else if (phases.isPresent()) {
      phases(phases.get().value(), drafts);
    } else if (weeks.isPresent()) {
      PhaseDraft only = new PhaseDraft(1, "", DayRange.NONE, weeks.get().line(), new ArrayList<>(), false);
      drafts.add(only);
      weeks(weeks.get().value(), only, new int[] {0, 0});
    } else {
      error(top.line(), top.column(), "not a plan: a plan written in YAML has a 'weeks' list (or 'phases', each with"
          + " its weeks), each week with its 'days'; a file of name, short, budget and posts alone is a Markdown"
          + " plan's metadata (NAME.yaml beside NAME.md): give rustplan the Markdown plan");
      return Optional.empty();
    }
    List<Resource> primary = top.get("resources").map(e -> strings(e.value(), "resources")).orElse(List.of())
        .stream().map(item -> PrimaryResourcesReader.resource(item, catalog)).toList();
    Appendices appendices = new Appendices(
        top.get("bonus-topics").map(e -> bonusTopics(e.value())).orElse(List.of()),
        top.get("reading-list").map(e -> readingList(e.value())).orElse(new ReadingList(List.of(), List.of(), List.of())),
        top.get("daily-template").map(e -> template(e.value(), "daily-template")).orElse(""),
        top.get("weekly-template").map(e -> template(e.value(), "weekly-template")).orElse(""),
        List.of(),
        top.get("tips").map(e -> strings(e.value(), "tips")).orElse(List.of()));
    String why = "its " + (phases.isPresent() ? "phases' weeks" : "weeks") + " have no days; give each week a 'days'"
        + " list, each day with its 'topic' and 'activity'";
    return Optional.of(new Read(new Outline(drafts, explained, why), primary, appendices));
  }

  private void phases(Node node, List<PhaseDraft> drafts) {
    int[] numbers = {0, 0}; // the last week's and the last day's number, carried across phases
    int number = 0;
    for (Node item : list(node, "phases", "a list of phases, each '- name: ...' with its 'weeks'")) {
      if (!(item instanceof Mapping phase)) {
        expected(item, "a phase", "a mapping with 'name' and 'weeks'");
        continue;
      }
      keys(phase, PHASE_KEYS, "a phase");
      number = phase.get("number").map(e -> whole(e.value(), "number")).orElse(number + 1);
      String name = phase.get("name").map(e -> oneLine(e.value(), "name")).orElse("");
      PhaseDraft draft = new PhaseDraft(number, name, DayRange.NONE, phase.line(), new ArrayList<>(), true);
      drafts.add(draft);
      Optional<Entry> weeks = phase.get("weeks");
      int errors = diagnostics.errorCount();
      weeks.ifPresent(e -> weeks(e.value(), draft, numbers));
      if (draft.weeks().isEmpty()) {
        if (diagnostics.errorCount() == errors) {
          error(phase.line(), phase.column(), "phase " + number + (name.isEmpty() ? "" : " '" + name + "'")
              + " has no weeks; give it a 'weeks' list, each week with its 'theme' and 'days'");
        }
        explained.add(phase.line());
      }
    }
  }

  private void weeks(Node node, PhaseDraft phase, int[] numbers) {
    for (Node item : list(node, "weeks", "a list of weeks, each '- theme: ...' with its 'days'")) {
      if (!(item instanceof Mapping week)) {
        expected(item, "a week", "a mapping with 'theme' and 'days'");
        continue;
      }
      keys(week, WEEK_KEYS, "a week");
      int number = numbers[0] + 1;
      int last = number;
      Optional<Entry> given = week.get("week");
      if (given.isPresent() && given.get().value() instanceof Scalar s && s.text() != null) {
        Matcher m = WEEK_NUMBER.matcher(s.text().strip());
        if (m.matches() && (m.group(2) == null || Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(1))
            && Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)) <= 8)) {
          number = Integer.parseInt(m.group(1));
          last = m.group(2) == null ? number : Integer.parseInt(m.group(2));
        } else {
          error(s.line(), s.column(), "week must be its number (3) or a block of up to 8 weeks (2-3), got '"
              + s.text() + "'");
        }
      } else if (given.isPresent()) {
        expected(given.get().value(), "week", "its number (3) or a block of weeks (2-3)");
      }
      numbers[0] = Math.max(number, last);
      String theme = week.get("theme").map(e -> oneLine(e.value(), "theme")).orElse("");
      WeekDraft draft = new WeekDraft(number, theme, DayRange.NONE, week.line(), new ArrayList<>(), last);
      phase.weeks().add(draft);
      int errors = diagnostics.errorCount();
      week.get("days").ifPresent(e -> days(e.value(), draft, numbers));
      if (draft.days().isEmpty()) {
        if (diagnostics.errorCount() == errors) {
          error(week.line(), week.column(), "week " + draft.label() + (theme.isEmpty() ? "" : " '" + theme + "'")
              + " has no days; give it a 'days' list, each day with its 'topic' and 'activity'");
        }
        explained.add(week.line()); // reported here, in YAML's words
      }
    }
  }

  private void days(Node node, WeekDraft week, int[] numbers) {
    for (Node item : list(node, "days", "a list of days, each '- topic: ...' with its 'activity'")) {
      if (!(item instanceof Mapping day)) {
        expected(item, "a day", "a mapping with 'topic', 'activity' and 'resources'");
        continue;
      }
      keys(day, DAY_KEYS, "a day");
      int number = day.get("day").map(e -> whole(e.value(), "day")).orElse(numbers[1] + 1);
      numbers[1] = number;
      String topic = day.get("topic").map(e -> oneLine(e.value(), "topic")).orElse("");
      if (topic.isEmpty() && day.get("topic").isEmpty()) {
        error(day.line(), day.column(), "day " + number + " has no 'topic'; every day has one, as in 'topic: Caching'");
      }
      String activity = day.get("activity").map(e -> oneLine(e.value(), "activity")).orElse("");
      DaysTableReader.KindedTopic kinded = DaysTableReader.kindOf(topic);
      DayKind kind = kinded.kind();
      Optional<Entry> kindEntry = day.get("kind");
      if (kindEntry.isPresent()) {
        String k = oneLine(kindEntry.get().value(), "kind").toLowerCase(Locale.ROOT);
        try {
          kind = DayKind.valueOf(k.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          Node v = kindEntry.get().value();
          error(v.line(), v.column(), "kind must be lesson, practice or capstone, got '" + k + "'");
        }
      }
      Budget budget = day.get("budget").map(e -> budget(e.value())).orElse(null);
      List<Day.Extra> extras = day.get("extra").map(e -> extras(e.value())).orElse(List.of());
      List<String> texts = new ArrayList<>();
      List<Piece> pieces = day.get("resources").map(e -> pieces(e.value(), texts)).orElse(List.of());
      String context = kinded.topic() + " " + activity;
      List<Resource> resources = pieces.stream().flatMap(p -> catalog.resolve(p, context).stream()).toList();
      String separator = texts.size() > 1 && texts.stream().anyMatch(t -> t.contains(",")) ? "; " : ", ";
      week.days().add(new Day(number, kinded.topic(), activity, String.join(separator, texts), resources, kind,
          day.line(), budget, extras));
    }
  }

  /** A list of resources (each a string or a {title, url, text} mapping), or one string cut like a cell. */
  private List<Piece> pieces(Node node, List<String> texts) {
    if (node instanceof Scalar s && s.isText()) {
      texts.add(s.text().strip());
      return ResourcePieces.of(s.text().strip(), catalog);
    }
    List<Piece> pieces = new ArrayList<>();
    for (Node item : list(node, "resources", "a list of resources, as in [\"Rust Reference\", \"[MDN](https://...)\"]")) {
      if (item instanceof Scalar s && s.isText()) {
        texts.add(s.text().strip());
        pieces.add(ResourcePieces.piece(s.text().strip()));
      } else if (item instanceof Mapping m) {
        keys(m, Set.of("title", "url", "text"), "a resource");
        String title = m.get("title").map(e -> oneLine(e.value(), "title")).orElse(null);
        if (title == null) {
          error(m.line(), m.column(), "a resource written as a mapping needs a 'title' (and a 'url', else the catalog's"
              + " or none)");
          continue;
        }
        String url = m.get("url").map(e -> oneLine(e.value(), "url")).orElse(null);
        String text = m.get("text").map(e -> oneLine(e.value(), "text")).orElse(title);
        texts.add(text);
        pieces.add(new Piece(text, title, url));
      } else {
        expected(item, "a resource", "text, or a mapping with 'title' and 'url'");
      }
    }
    return pieces;
  }

  /** "45 minutes", "30-45 min", 45 (minutes), {min: 30, max: 45}. */
  private Budget budget(Node node) {
    Optional<Budget> read = Optional.empty();
    if (node instanceof Scalar s && s.isText()) {
      read = BudgetText.parse(s.text());
    } else if (node instanceof Mapping m) {
      keys(m, Set.of("min", "max"), "a budget");
      Optional<Integer> min = m.get("min").map(e -> whole(e.value(), "budget.min"));
      Optional<Integer> max = m.get("max").map(e -> whole(e.value(), "budget.max"));
      if (min.isPresent() && max.isPresent() && min.get() >= 1 && max.get() <= Budget.MOST && min.get() <= max.get()) {
        read = Optional.of(new Budget(min.get(), max.get()));
      }
    }
    if (read.isEmpty()) {
      error(node.line(), node.column(), "budget must be minutes, as in 45, '45 minutes', '30-45 minutes' or {min: 30,"
          + " max: 45}, from 1 to " + Budget.MOST + " (a day)" + (node instanceof Scalar s && s.text() != null
              ? ", got '" + s.text() + "'" : ""));
    }
    return read.orElse(null);
  }

  private List<Day.Extra> extras(Node node) {
    if (!(node instanceof Mapping m)) {
      expected(node, "extra", "a mapping of a column's name to its text, as in {Deliverable: a CLI}");
      return List.of();
    }
    List<Day.Extra> extras = new ArrayList<>();
    for (Entry e : m.entries()) {
      extras.add(new Day.Extra(e.key(), oneLine(e.value(), "extra." + e.key())));
    }
    return extras;
  }

  private List<BonusTopic> bonusTopics(Node node) {
    List<BonusTopic> topics = new ArrayList<>();
    for (Node item : list(node, "bonus-topics", "a list of {name, description}")) {
      if (item instanceof Mapping m) {
        keys(m, Set.of("name", "description"), "a bonus topic");
        topics.add(new BonusTopic(m.get("name").map(e -> oneLine(e.value(), "name")).orElse(""),
            m.get("description").map(e -> oneLine(e.value(), "description")).orElse("")));
      } else {
        topics.add(new BonusTopic(oneLine(item, "a bonus topic"), ""));
      }
    }
    return topics;
  }

  private ReadingList readingList(Node node) {
    if (!(node instanceof Mapping m)) {
      expected(node, "reading-list", "a mapping of books, posts and rfcs, each a list");
      return new ReadingList(List.of(), List.of(), List.of());
    }
    keys(m, Set.of("books", "posts", "rfcs"), "the reading list");
    return new ReadingList(
        m.get("books").map(e -> strings(e.value(), "books")).orElse(List.of()),
        m.get("posts").map(e -> strings(e.value(), "posts")).orElse(List.of()),
        m.get("rfcs").map(e -> strings(e.value(), "rfcs")).orElse(List.of()));
  }

  private String template(Node node, String key) {
    if (node instanceof Scalar s && s.isText()) {
      return s.text().endsWith("\n") ? s.text() : s.text() + "\n";
    }
    expected(node, key, "text (a block scalar, '|')");
    return "";
  }

  private List<String> strings(Node node, String key) {
    List<String> values = new ArrayList<>();
    for (Node item : list(node, key, "a list of text")) {
      String value = oneLine(item, "each of " + key);
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }

  private List<Node> list(Node node, String key, String what) {
    if (node instanceof Sequence s) {
      return s.items();
    }
    expected(node, key, what);
    return List.of();
  }

  /** Text on one line (a multi-line value's lines joined by spaces); an error and "" if the value is not text. */
  private String oneLine(Node node, String key) {
    if (node instanceof Scalar s && s.isText()) {
      return s.text().strip().replaceAll("\\s*\\n\\s*", " ");
    }
    if (node instanceof Scalar s && s.token() == JsonToken.VALUE_NULL) {
      return "";
    }
    expected(node, key, "text");
    return "";
  }

  private int whole(Node node, String key) {
    if (node instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT && s.text().matches("\\+?\\d{1,6}")) {
      return Integer.parseInt(s.text().replace("+", ""));
    }
    expected(node, key, "a whole number");
    return 0;
  }

  /** Unknown or repeated keys: errors at the key. */
  private void keys(Mapping mapping, Set<String> known, String what) {
    Set<String> seen = new HashSet<>();
    for (Entry e : mapping.entries()) {
      if (!seen.add(e.key())) {
        error(e.line(), e.column(), "'" + e.key() + "' is given twice in " + what + "; keep one");
      } else if (!known.contains(e.key())) {
        error(e.line(), e.column(), "unknown key '" + e.key() + "' in " + what + "; its keys are "
            + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  private void expected(Node node, String key, String what) {
    error(node.line(), node.column(), key + " must be " + what + ", got " + describe(node));
  }

  private static String describe(Node node) {
    if (node instanceof Mapping) {
      return "a mapping";
    }
    if (node instanceof Sequence) {
      return "a list";
    }
    Scalar s = (Scalar) node;
    return switch (s.token()) {
      case VALUE_NULL -> "nothing";
      case VALUE_TRUE, VALUE_FALSE -> "true or false (put text that reads so in quotes)";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      default -> "text";
    };
  }

  private void error(int line, int column, String message) {
    diagnostics.error(line, column, message);
  }
}
