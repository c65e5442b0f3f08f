package dev.rustplan.plan.markdown;

import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.catalog.ResourceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/** Reads one GFM table of days (columns Day, Topic, Activity, Resource) into Day records. */
public final class DaysTableReader {

  static final List<String> COLUMNS = List.of("day", "topic", "activity", "resource");

  /** "**Practice:** Build a memory inspector": the bold label gives the kind and is not the topic. */
  private static final Pattern KIND_LABEL =
      Pattern.compile("^(?:\\*\\*|__)(practice|capstone)\\s*:?\\s*(?:\\*\\*|__)\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private final PlanMarkdown md;
  private final ResourceCatalog catalog;
  private final Diagnostics diagnostics;

  public DaysTableReader(PlanMarkdown md, ResourceCatalog catalog, Diagnostics diagnostics) {
    this.md = md;
    this.catalog = catalog;
    this.diagnostics = diagnostics;
  }

  /** Whether a table is meant to hold days: its first column is headed "Day". */
  static boolean isDaysTable(TableBlock table) {
    List<Node> header = Tables.headerCells(table);
    return !header.isEmpty() && column(PlanMarkdown.plain(header.get(0))).equals("day");
  }

  List<Day> read(TableBlock table) {
    Map<String, Integer> index = Tables.columns(table, DaysTableReader::column);
    List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      diagnostics.error(
          PlanMarkdown.line(table),
          1,
          "table lacks the " + String.join(", ", missing.stream().map(DaysTableReader::title).toList())
              + " column" + (missing.size() > 1 ? "s" : "")
              + "; a table of days needs the columns Day, Topic, Activity and Resource");
      return List.of();
    }
    List<Day> days = new ArrayList<>();
    for (Node row : Tables.bodyRows(table)) {
      List<Node> cells = Tables.children(row);
      int dayColumn = index.get("day");
      String number = cell(cells, dayColumn).replaceAll("[*_]", "").strip();
      if (!number.matches("\\d{1,6}")) {
        diagnostics.error(
            PlanMarkdown.line(row),
            dayColumn < cells.size() ? md.column(cells.get(dayColumn)) : 1,
            "day '" + number + "' is not a number; the Day column holds each day's number (1, 2, 3, ...)");
        continue;
      }
      days.add(day(Integer.parseInt(number), cells, index, PlanMarkdown.line(row)));
    }
    return days;
  }

  private Day day(int number, List<Node> cells, Map<String, Integer> index, int line) {
    String topic = cell(cells, index.get("topic"));
    DayKind kind = DayKind.LESSON;
    Matcher label = KIND_LABEL.matcher(topic);
    if (label.matches()) {
      kind = DayKind.valueOf(label.group(1).toUpperCase(Locale.ROOT));
      topic = label.group(2).strip();
    }
    String resourceText = cell(cells, index.get("resource"));
    return new Day(
        number, topic, cell(cells, index.get("activity")), resourceText, catalog.resolveAll(resourceText), kind, line);
  }

  private String cell(List<Node> cells, int i) {
    return i < cells.size() ? md.source(cells.get(i)) : "";
  }

  /** "Resources" and " Day " read as "resource" and "day". */
  private static String column(String header) {
    String c = header.toLowerCase(Locale.ROOT).strip();
    return c.endsWith("s") && COLUMNS.contains(c.substring(0, c.length() - 1)) ? c.substring(0, c.length() - 1) : c;
  }

  private static String title(String column) {
    return Character.toUpperCase(column.charAt(0)) + column.substring(1);
  }
}
