package dev.rustplan.plan.markdown;

import dev.rustplan.plan.BudgetText;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.plan.catalog.Piece;
import dev.rustplan.plan.catalog.ResourceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Reads days written as text rather than as table rows: a heading ("### Day 3: Traits"), a bold
 * line ("**Day 3 — Traits**") or a list item ("- **Day 3:** Traits"), with what follows it until
 * the next day: "**Activity:**", "**Resources:**" and "**Time:**" lines or bullets (the labels
 * known by their words, see {@link Field}), a list under "Resources:", sub-headings such as "####
 * Reading", and plain text, which is the activity when nothing is labelled so.
 */
final class DayBlocks {

  /** "Day 3", then what separates it from the topic, then the topic. */
  private static final Pattern DAY = Pattern.compile(
      "^day\\s+(\\d{1,9})(?!\\d)\\s*([:.)|\u2013\u2014-]+)?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  /** "Days 3-4": two days under one heading, which rustplan refuses rather than guess at. */
  private static final Pattern TWO_DAYS = Pattern.compile(
      "^days?\\s+\\d+\\s*(?:-|\u2013|\u2014|&|and|to)\\s*\\d+\\b.*", Pattern.CASE_INSENSITIVE);

  /** "**Activity:** text", "Activity: text", "📚 **Resources**: a, b". */
  private static final Pattern LABEL = Pattern.compile(
      "^[^\\p{L}\\p{N}*_]*(?:\\*\\*|__)?\\s*([\\p{L}][\\p{L} /&'-]{0,30}?)\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*(.*)$");

  /** A line whose start is in bold or italics: "**Day 3:** Traits", "**Day 3 — Traits**". */
  private static final Pattern WRAPPED = Pattern.compile("^(\\*\\*|__|\\*|_)(.+?)\\1(.*)$");

  /** "Topic (45 min)": a budget at the end of a day's title. */
  private static final Pattern TRAILING_TIME = Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]+)[)\\]]\\s*$");

  /** A topic and activity on one line: "Variables — read chapter 3". */
  private static final Pattern TOPIC_DASH = Pattern.compile("^(.+?)\\s+[\u2013\u2014-]\\s+(.+)$");

  private final PlanMarkdown md;
  private final DaysTableReader rows;
  private final ResourceCatalog catalog;
  private final Diagnostics diagnostics;

  DayBlocks(PlanMarkdown md, DaysTableReader rows, ResourceCatalog catalog, Diagnostics diagnostics) {
    this.md = md;
    this.rows = rows;
    this.catalog = catalog;
    this.diagnostics = diagnostics;
  }

  /** A day's start as read from its first line: its number and the rest of the line (the topic, as Markdown). */
  record Start(int number, String rest) {}

  /** The day a heading announces, read with the blocks under it; empty (and reported) if it cannot be. */
  Optional<Day> fromHeading(Heading heading, List<Node> body) {
    Optional<Start> start = start(md.inlineSource(heading), true, PlanMarkdown.line(heading));
    return start.map(s -> day(s, PlanMarkdown.line(heading), new ArrayList<>(), body));
  }

  /**
   * The days among a week's blocks written as bold lines or list items, each with the blocks after
   * it up to the next day or table; tables are the caller's, and prose before the first day is
   * the week's own.
   */
  List<Day> fromBlocks(List<Node> blocks) {
    List<Day> days = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Node block = blocks.get(i);
      if (block instanceof Paragraph p) {
        Optional<Start> start = boldStart(p);
        if (start.isPresent()) {
          List<String> lines = md.lines(p);
          List<String> inline = new ArrayList<>(lines.subList(1, lines.size()));
          List<Node> body = bodyAfter(blocks, i);
          days.add(day(start.get(), PlanMarkdown.line(p), inline, body));
        }
      } else if (block instanceof ListBlock list && startsDays(list)) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          readItem((ListItem) item).ifPresent(days::add);
        }
      }
    }
    return days;
  }

  /** Whether a list's first item starts like a day ("- **Day 1:** ...", "1. Day 1: ..."). */
  private boolean startsDays(ListBlock list) {
    Node first = list.getFirstChild();
    return first instanceof ListItem item && item.getFirstChild() instanceof Paragraph p
        && start(md.lines(p).get(0), false, 0).isPresent();
  }

  private Optional<Day> readItem(ListItem item) {
    if (!(item.getFirstChild() instanceof Paragraph p)) {
      return Optional.empty();
    }
    List<String> lines = md.lines(p);
    Optional<Start> start = start(lines.get(0), false, PlanMarkdown.line(p));
    if (start.isEmpty()) {
      diagnostics.error(PlanMarkdown.line(item), md.column(item), "this item of a list of days does not start"
          + " with its day ('Day N: Topic'); give each day its own item, or write the days as a table");
      return Optional.empty();
    }
    List<Node> body = new ArrayList<>();
    for (Node n = p.getNext(); n != null; n = n.getNext()) {
      body.add(n);
    }
    return Optional.of(day(start.get(), PlanMarkdown.line(p), new ArrayList<>(lines.subList(1, lines.size())), body));
  }

  /** A paragraph whose first line is a bold or italic "Day N ...": "**Day 3 — Traits**", "**Day 3:** Traits". */
  private Optional<Start> boldStart(Paragraph p) {
    Node first = p.getFirstChild();
    if (!(first instanceof StrongEmphasis || first instanceof Emphasis)) {
      return Optional.empty();
    }
    return start(md.lines(p).get(0), false, PlanMarkdown.line(p));
  }

  /** The blocks after a bold day line up to the next day's or a table (which is read as one). */
  private List<Node> bodyAfter(List<Node> blocks, int at) {
    List<Node> body = new ArrayList<>();
    for (int j = at + 1; j < blocks.size(); j++) {
      Node next = blocks.get(j);
      if (next instanceof Paragraph p && boldStart(p).isPresent()
          || next instanceof ListBlock list && startsDays(list)
          || next instanceof org.commonmark.ext.gfm.tables.TableBlock) {
        break;
      }
      body.add(next);
    }
    return body;
  }

  /**
   * The day number and topic of a first line, its emphasis and pictographs taken off: "**Day 3 —
   * `Pin`**" gives 3 and "`Pin`". A heading needs no separator after the number; a line of text
   * does ("Day 3: ..."), so that prose ("Day 3 is hard") is not read as a day.
   */
  Optional<Start> start(String source, boolean heading, int line) {
    String s = source.replaceFirst("^[^\\p{L}\\p{N}*_]+", "").strip();
    boolean bold = false;
    Matcher wrapped = WRAPPED.matcher(s);
    if (wrapped.matches() && wrapped.group(2).strip().toLowerCase(java.util.Locale.ROOT).startsWith("day")) {
      s = (wrapped.group(2).strip() + " " + wrapped.group(3).strip()).strip();
      bold = true;
    }
    if (TWO_DAYS.matcher(s).matches()) {
      if (line > 0) {
        diagnostics.error(line, 1, "'" + oneLine(s) + "' puts several days under one heading; give each day its own"
            + " ('Day 3: Topic', then 'Day 4: Topic')");
      }
      return Optional.empty();
    }
    Matcher m = DAY.matcher(s);
    if (!m.matches() || !(heading || bold || m.group(2) != null)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Start(Integer.parseInt(m.group(1)), m.group(3).strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** What a day's text says, gathered field by field before the day is built. */
  private static final class Fields {
    final List<String> topic = new ArrayList<>();
    final List<String> activity = new ArrayList<>();
    final List<String> free = new ArrayList<>();
    final List<Piece> resources = new ArrayList<>();
    final List<String> resourceText = new ArrayList<>();
    final List<String> time = new ArrayList<>();
    final List<Day.Extra> extras = new ArrayList<>();
    boolean commaInPiece;
    int timeLine;
  }

  private Day day(Start start, int line, List<String> inlineLines, List<Node> body) {
    Fields f = new Fields();
    String title = start.rest();
    Matcher timed = TRAILING_TIME.matcher(title);
    if (timed.matches() && BudgetText.parse(timed.group(2)).isPresent()) {
      f.time.add(timed.group(2));
      f.timeLine = line;
      title = timed.group(1).strip();
    }
    for (String l : inlineLines) {
      line(l, null, f, line);
    }
    Field section = null;
    for (Node block : body) {
      if (block instanceof Heading h) {
        section = Field.of(PlanMarkdown.plain(h)).filter(x -> x != Field.DAY).orElse(null);
      } else if (block instanceof Paragraph p) {
        for (String l : md.lines(p)) {
          line(l, section, f, PlanMarkdown.line(p));
        }
      } else if (block instanceof BulletList || block instanceof OrderedList) {
        list((ListBlock) block, section, f);
      }
    }
    String topic = !title.isEmpty() ? title : String.join(" ", f.topic);
    String activity = String.join("; ", f.activity.isEmpty() ? f.free : f.activity);
    if (activity.isEmpty()) {
      Matcher dash = TOPIC_DASH.matcher(topic);
      if (dash.matches()) {
        topic = dash.group(1).strip();
        activity = dash.group(2).strip();
      }
    }
    if (topic.isEmpty()) {
      diagnostics.error(line, 1, "day " + start.number() + " has no topic: write it after the number ('Day "
          + start.number() + ": Topic') or give it a 'Topic:' line");
    }
    Budget budget = null;
    if (!f.time.isEmpty()) {
      String time = f.time.get(0);
      budget = BudgetText.parse(time).orElse(null);
      if (budget == null) {
        diagnostics.error(f.timeLine, 1, "day " + start.number() + "'s time '" + oneLine(time) + "' is not a"
            + " duration rustplan can read; write minutes as 45, 45 min, 30-45 min or 1 h 30 (at most a day)");
      }
    }
    // Written as a cell would be: semicolons between them when a resource's own title holds a comma.
    String resourceText = String.join(f.commaInPiece ? "; " : ", ", f.resourceText);
    return rows.day(start.number(), topic, activity, resourceText, f.resources, line, budget, f.extras);
  }

  /** One line of text: a labelled field, or text for the field a sub-heading opened, or free text. */
  private void line(String text, Field section, Fields f, int line) {
    Matcher label = labelOf(text);
    if (label != null) {
      Optional<Field> field = Field.of(label.group(1));
      if (field.isPresent() && field.get() != Field.DAY) {
        add(field.get(), label.group(2).strip(), false, f, line);
        return;
      }
      if (!label.group(2).isBlank() && label.group(1).strip().length() <= 20) {
        f.extras.add(new Day.Extra(label.group(1).strip(), label.group(2).strip()));
        return;
      }
    }
    if (section != null) {
      add(section, stripBullet(text), false, f, line);
    } else if (!text.isBlank()) {
      f.free.add(text.strip());
    }
  }

  private void list(ListBlock list, Field section, Fields f) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Node first = item.getFirstChild();
      if (!(first instanceof Paragraph p)) {
        continue;
      }
      List<String> lines = md.lines(p);
      String text = String.join(" ", lines);
      Matcher label = labelOf(lines.get(0));
      Optional<Field> field = label != null ? Field.of(label.group(1)).filter(x -> x != Field.DAY) : Optional.empty();
      ListBlock nested = p.getNext() instanceof ListBlock l ? l : null;
      if (field.isPresent()) {
        String value = (label.group(2) + " " + String.join(" ", lines.subList(1, lines.size()))).strip();
        if (!value.isEmpty()) {
          add(field.get(), value, false, f, PlanMarkdown.line(p));
        }
        if (nested != null) {
          for (Node sub = nested.getFirstChild(); sub != null; sub = sub.getNext()) {
            if (sub.getFirstChild() instanceof Paragraph sp) {
              add(field.get(), String.join(" ", md.lines(sp)), true, f, PlanMarkdown.line(sp));
            }
          }
        }
      } else if (label != null && !label.group(2).isBlank() && label.group(1).strip().length() <= 20) {
        f.extras.add(new Day.Extra(label.group(1).strip(), text.substring(text.indexOf(':') + 1).strip()));
      } else if (section != null) {
        add(section, text, true, f, PlanMarkdown.line(p));
      } else {
        f.free.add(text);
      }
    }
  }

  /**
   * Adds a value to a field. A resource value from a line of text is cut into pieces like a cell;
   * one from a list item under "Resources:" is a piece of its own.
   */
  private void add(Field field, String value, boolean onePiece, Fields f, int line) {
    if (value.isEmpty()) {
      return;
    }
    switch (field) {
      case TOPIC -> f.topic.add(value);
      case ACTIVITY -> f.activity.add(value);
      case TIME -> {
        f.time.add(value);
        f.timeLine = line;
      }
      case RESOURCE -> {
        f.resourceText.add(value);
        if (onePiece) {
          f.commaInPiece |= value.contains(",");
          f.resources.add(ResourcePieces.piece(value));
        } else {
          f.resources.addAll(ResourcePieces.of(value, catalog));
        }
      }
      default -> {}
    }
  }

  /** The label of a line ("**Activity:** ..."), or null; a link ("https://...") is not a label. */
  private static Matcher labelOf(String text) {
    Matcher m = LABEL.matcher(text);
    return m.matches() && !m.group(2).startsWith("//") ? m : null;
  }

  private static String stripBullet(String text) {
    return text.replaceFirst("^\\s*(?:[-*+]|\\d+[.)])\\s+", "").strip();
  }

  private static String oneLine(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
