package dev.rustplan.plan.markdown;

import dev.rustplan.plan.Appendices.BonusTopic;
import dev.rustplan.plan.Appendices.ProgressLogEntry;
import dev.rustplan.plan.Appendices.ReadingList;
import dev.rustplan.plan.Appendices;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * Reads the appendices: bonus topics, the reading list, the daily and weekly templates, the
 * progress log and the tips. Each is optional; a plan without them just has empty ones.
 */
public final class AppendixReader {

  private static final Pattern BOLD_NAME = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*:?\\s*(.*)$");

  private final PlanMarkdown md;

  public AppendixReader(PlanMarkdown md) {
    this.md = md;
  }

  public Appendices read(List<Section> sections) {
    List<BonusTopic> bonus = new ArrayList<>();
    List<String> books = new ArrayList<>();
    List<String> posts = new ArrayList<>();
    List<String> rfcs = new ArrayList<>();
    String daily = "";
    String weekly = "";
    List<ProgressLogEntry> log = new ArrayList<>();
    List<String> tips = new ArrayList<>();
    for (Section section : sections) {
      switch (section.kind()) {
        case BONUS_TOPICS -> items(section.blocks()).forEach(item -> bonus.add(bonusTopic(item)));
        case READING_LIST -> readingList(section.blocks(), books, posts, rfcs);
        case DAILY_TEMPLATE -> daily = daily.isEmpty() ? template(section.blocks()) : daily;
        case WEEKLY_TEMPLATE -> weekly = weekly.isEmpty() ? template(section.blocks()) : weekly;
        case PROGRESS_LOG -> log.addAll(progressLog(section.blocks()));
        case TIPS -> tips.addAll(items(section.blocks()));
        default -> {}
      }
    }
    return new Appendices(bonus, new ReadingList(books, posts, rfcs), daily, weekly, log, tips);
  }

  private static BonusTopic bonusTopic(String item) {
    Matcher m = BOLD_NAME.matcher(item);
    return m.matches() ? new BonusTopic(m.group(1).strip(), m.group(2).strip()) : new BonusTopic(item, "");
  }

  /** Books, posts and RFCs go by the sub-heading they are under ("### Books", "### RFCs to Read"). */
  private void readingList(List<Node> blocks, List<String> books, List<String> posts, List<String> rfcs) {
    List<String> target = books;
    for (Node block : blocks) {
      if (block instanceof Heading h) {
        String t = PlanMarkdown.plain(h).toLowerCase(Locale.ROOT);
        target = t.contains("rfc") ? rfcs : t.contains("book") ? books : posts;
      } else if (block instanceof ListBlock list) {
        target.addAll(listItems(list));
      }
    }
  }

  private static String template(List<Node> blocks) {
    return blocks.stream()
        .filter(FencedCodeBlock.class::isInstance)
        .map(b -> ((FencedCodeBlock) b).getLiteral())
        .findFirst()
        .orElse("");
  }

  private List<ProgressLogEntry> progressLog(List<Node> blocks) {
    List<ProgressLogEntry> entries = new ArrayList<>();
    for (Node block : blocks) {
      if (!(block instanceof TableBlock table)) {
        continue;
      }
      Map<String, Integer> index = Tables.columns(table, h -> h.toLowerCase(Locale.ROOT).strip());
      if (!index.containsKey("week") || !index.containsKey("theme")) {
        continue;
      }
      for (Node row : Tables.bodyRows(table)) {
        List<Node> cells = Tables.children(row);
        String week = cell(cells, index.get("week"));
        if (week.matches("\\d{1,6}")) {
          entries.add(new ProgressLogEntry(
              Integer.parseInt(week), cell(cells, index.getOrDefault("days", -1)),
              cell(cells, index.get("theme")), PlanMarkdown.line(row)));
        }
      }
    }
    return entries;
  }

  private String cell(List<Node> cells, int i) {
    return i >= 0 && i < cells.size() ? md.source(cells.get(i)) : "";
  }

  /** The items of the section's lists, each as the Markdown of its first paragraph. */
  private List<String> items(List<Node> blocks) {
    List<String> items = new ArrayList<>();
    blocks.stream().filter(ListBlock.class::isInstance).forEach(b -> items.addAll(listItems((ListBlock) b)));
    return items;
  }

  List<String> listItems(ListBlock list) {
    List<String> items = new ArrayList<>();
    for (Node item : Tables.children(list)) {
      Node first = item.getFirstChild();
      if (first != null) {
        items.add(md.source(first));
      }
    }
    return items;
  }
}
