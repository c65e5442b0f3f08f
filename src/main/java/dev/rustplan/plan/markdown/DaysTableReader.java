package dev.rustplan.plan.markdown;

import dev.rustplan.plan.BudgetText;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.catalog.Piece;
import dev.rustplan.plan.catalog.ResourceCatalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/**
 * Reads one GFM table of days into Day records. Its columns are found by their header words, in
 * any order (see {@link Field}): Day, Topic and Activity are needed, Resources and Time are not,
 * and any other column is kept with the day as an extra.
 */
public final class DaysTableReader {

  /** "**Practice:** Build a memory inspector" (or without the bold): the label gives the kind and is not the topic. */
  static final Pattern KIND_LABEL = Pattern.compile(
      "^(?:(?:\\*\\*|__)(practice|capstone)\\s*:?\\s*(?:\\*\\*|__)\\s*:?|(practice|capstone)\\s*:)\\s*(.*)$",
      Pattern.CASE_INSENSITIVE);

  /** "1", "Day 1", "D1", "1.", "**1**", "Day 1:": a Day cell. */
  private static final Pattern DAY_CELL = Pattern.compile("^(?:day\\s*|d\\s*)?(\\d{1,9})\\s*[.:)]?$", Pattern.CASE_INSENSITIVE);

  /** How the errors say which columns rustplan reads and what it calls them. */
  static final String COLUMN_WORDS = "rustplan finds the columns by their header words, in any order: Day, Topic"
      + " (or Subject, Theme), Activity (or Activities, Task, Exercise), and optionally Resources (or Reading, Links)"
      + " and Time (or Duration, Minutes)";

  private final PlanMarkdown md;
  private final ResourceCatalog catalog;
  private final Diagnostics diagnostics;

  public DaysTableReader(PlanMarkdown md, ResourceCatalog catalog, Diagnostics diagnostics) {
    this.md = md;
    this.catalog = catalog;
    this.diagnostics = diagnostics;
  }

  /** The catalog the days' resources are matched against. */
  ResourceCatalog catalog() {
    return catalog;
  }

  /** Whether a table is meant to hold days: one of its columns is headed "Day" (or "Day #", ...). */
  static boolean isDaysTable(TableBlock table) {
    return Tables.headerCells(table).stream().anyMatch(h -> Field.of(PlanMarkdown.plain(h)).orElse(null) == Field.DAY);
  }

  /** The header as one line, "Day | Subject | Notes", for messages. */
  static String header(TableBlock table) {
    return String.join(" | ", Tables.headerCells(table).stream().map(PlanMarkdown::plain).toList());
  }

  List<Day> read(TableBlock table) {
    List<Node> header = Tables.headerCells(table);
    Map<Field, Integer> index = new EnumMap<>(Field.class);
    List<Integer> extras = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      Optional<Field> field = Field.of(PlanMarkdown.plain(header.get(i)));
      if (field.isPresent() && !index.containsKey(field.get())) {
        index.put(field.get(), i);
      } else {
        extras.add(i);
      }
    }
    List<String> missing = List.of(Field.TOPIC, Field.ACTIVITY).stream()
        .filter(f -> !index.containsKey(f)).map(f -> f.title).toList();
    if (!missing.isEmpty()) {
      diagnostics.error(PlanMarkdown.line(table), 1, "this table of days has no " + String.join(" or ", missing)
          + " column: its header reads '" + header(table) + "'; " + COLUMN_WORDS);
      return List.of();
    }
    boolean hours = index.containsKey(Field.TIME) && Field.inHours(PlanMarkdown.plain(header.get(index.get(Field.TIME))));
    List<Day> days = new ArrayList<>();
    for (Node row : Tables.bodyRows(table)) {
      List<Node> cells = Tables.children(row);
      int dayColumn = index.get(Field.DAY);
      String written = cell(cells, dayColumn);
      Matcher number = DAY_CELL.matcher(dayWords(written));
      int column = dayColumn < cells.size() ? md.column(cells.get(dayColumn)) : 1;
      if (!number.matches()) {
        diagnostics.error(PlanMarkdown.line(row), column, written.isBlank()
            ? "this row's Day cell is empty; give every row its day's number (1, Day 1, D1 or 1.)"
            : "day '" + written + "' is not a number; the Day column holds each day's number, written 1, Day 1, D1"
                + " or 1.");
        continue;
      }
      int line = PlanMarkdown.line(row);
      Budget budget = null;
      if (index.containsKey(Field.TIME)) {
        String time = cell(cells, index.get(Field.TIME));
        Optional<Budget> read = time.isBlank() ? Optional.empty()
            : BudgetText.parse(hours && time.strip().matches("\\d+([.,]\\d+)?") ? time + " h" : time);
        if (!time.isBlank() && read.isEmpty()) {
          int at = index.get(Field.TIME) < cells.size() ? md.column(cells.get(index.get(Field.TIME))) : 1;
          diagnostics.error(line, at, "the Time cell '" + time + "' is not a duration rustplan can read; write"
              + " minutes as 45, 45 min, 30-45 min or 1 h 30 (at most a day)");
        }
        budget = read.orElse(null);
      }
      List<Day.Extra> more = new ArrayList<>();
      for (int i : extras) {
        String text = cell(cells, i);
        if (!text.isBlank()) {
          more.add(new Day.Extra(PlanMarkdown.plain(header.get(i)), text));
        }
      }
      String resourceText = index.containsKey(Field.RESOURCE) ? cell(cells, index.get(Field.RESOURCE)) : "";
      days.add(day(Integer.parseInt(number.group(1)), cell(cells, index.get(Field.TOPIC)),
          cell(cells, index.get(Field.ACTIVITY)), resourceText, line, budget, more));
    }
    return days;
  }

  /** A day built from its parts as written; the topic's kind label ("**Practice:**") read off it. */
  Day day(int number, String topic, String activity, String resourceText, int line, Budget budget,
      List<Day.Extra> extras) {
    return day(number, topic, activity, resourceText, ResourcePieces.of(resourceText, catalog), line, budget, extras);
  }

  /** The same with the resources already cut into pieces (a list under "Resources:" gives one a line). */
  Day day(int number, String topic, String activity, String resourceText, List<Piece> pieces, int line, Budget budget,
      List<Day.Extra> extras) {
    KindedTopic kinded = kindOf(topic);
    String context = kinded.topic() + " " + activity;
    List<Resource> resources = pieces.stream().flatMap(p -> catalog.resolve(p, context).stream()).toList();
    return new Day(number, kinded.topic(), activity, resourceText, resources, kinded.kind(), line, budget, extras);
  }

  /** A topic without its kind label, and the kind the label gave (a lesson when it has none). */
  public record KindedTopic(DayKind kind, String topic) {}

  /** "**Practice:** Build a memory inspector" is a practice day about "Build a memory inspector". */
  public static KindedTopic kindOf(String topic) {
    Matcher label = KIND_LABEL.matcher(topic);
    if (label.matches() && !label.group(3).isBlank()) {
      String word = label.group(1) != null ? label.group(1) : label.group(2);
      return new KindedTopic(DayKind.valueOf(word.toUpperCase(Locale.ROOT)), label.group(3).strip());
    }
    return new KindedTopic(DayKind.LESSON, topic);
  }

  /** A Day cell without emphasis and pictographs: "**Day 1** 🚀" reads "Day 1". */
  private static String dayWords(String cell) {
    return Headings.words(cell.replaceAll("[*_]", "")).strip();
  }

  private String cell(List<Node> cells, int i) {
    return i < cells.size() ? md.source(cells.get(i)) : "";
  }
}
