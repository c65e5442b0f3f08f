package dev.rustplan.plan.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * A run of top-level blocks under one heading that the plan's shape gives a meaning: a phase, a
 * week, a day, an appendix, the tips; or the preamble before any of them. Headings are known by
 * their words, not their level or letter, so a plan that numbers its appendices differently still
 * reads. Under a phase, a week or a day, a deeper heading is the part's own sub-heading ("####
 * Reading" under a week) unless it starts another phase, week or day.
 */
public record Section(Kind kind, Optional<Heading> heading, List<Node> blocks) {

  enum Kind {
    PREAMBLE,
    PHASE,
    WEEK,
    DAY,
    BONUS_TOPICS,
    READING_LIST,
    DAILY_TEMPLATE,
    WEEKLY_TEMPLATE,
    PROGRESS_LOG,
    TIPS,
    OTHER;

    /** The parts of the outline, under which deeper headings are sub-headings. */
    boolean outline() {
      return this == PHASE || this == WEEK || this == DAY;
    }
  }

  public int level() {
    return heading.map(Heading::getLevel).orElse(0);
  }

  int line() {
    return heading.map(PlanMarkdown::line).orElse(1);
  }

  public String title() {
    return heading.map(PlanMarkdown::plain).orElse("");
  }

  /** Splits the document's top-level blocks into sections, in file order. */
  public static List<Section> split(Node document) {
    List<Section> sections = new ArrayList<>();
    Section current = new Section(Kind.PREAMBLE, Optional.empty(), new ArrayList<>());
    sections.add(current);
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        Kind kind = classify(PlanMarkdown.plain(heading));
        boolean deeper = heading.getLevel() > current.level();
        if (kind != null && deeper && current.kind().outline() && !kind.outline()) {
          kind = null; // "#### Reading" under a week is the week's, not the reading list
        }
        if (kind == null && !deeper) {
          kind = Kind.OTHER;
        }
        if (kind != null) {
          current = new Section(kind, Optional.of(heading), new ArrayList<>());
          sections.add(current);
          continue;
        }
      }
      current.blocks().add(node);
    }
    return sections;
  }

  /** The kind a heading's words announce, or null for a heading that is only a sub-heading. */
  static Kind classify(String headingText) {
    if (Headings.phase(headingText).isPresent()) {
      return Kind.PHASE;
    }
    if (Headings.week(headingText).isPresent()) {
      return Kind.WEEK;
    }
    if (Headings.isDay(headingText)) {
      return Kind.DAY;
    }
    String t = Headings.words(headingText).toLowerCase(Locale.ROOT);
    if (t.contains("progress") && (t.contains("log") || t.contains("track"))) {
      return Kind.PROGRESS_LOG;
    }
    if (t.contains("template")) {
      if (t.contains("daily") || t.contains("day")) {
        return Kind.DAILY_TEMPLATE;
      }
      if (t.contains("week") || t.contains("blog") || t.contains("post")) {
        return Kind.WEEKLY_TEMPLATE;
      }
    }
    if (t.contains("reading")) {
      return Kind.READING_LIST;
    }
    if (t.contains("supplementary") || t.contains("bonus")) {
      return Kind.BONUS_TOPICS;
    }
    if (t.startsWith("tips")) {
      return Kind.TIPS;
    }
    return null;
  }
}
