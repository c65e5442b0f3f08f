package dev.rustplan.plan.markdown;

import dev.rustplan.plan.Day;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.Outline;
import dev.rustplan.plan.Outline.DayRange;
import dev.rustplan.plan.Outline.PhaseDraft;
import dev.rustplan.plan.Outline.WeekDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Reads the phase and week headings and the days under them: tables of days, day headings, and
 * days written as bold lines or list items. The rows are the truth: a day belongs to the week
 * whose heading it is under, whatever any heading declares. A plan with weeks and no phase
 * headings gets one phase that no heading names.
 */
public final class OutlineReader {

  private final DaysTableReader tables;
  private final DayBlocks dayBlocks;
  private final Diagnostics diagnostics;

  public OutlineReader(PlanMarkdown md, DaysTableReader tables, Diagnostics diagnostics) {
    this.tables = tables;
    this.dayBlocks = new DayBlocks(md, tables, tables.catalog(), diagnostics);
    this.diagnostics = diagnostics;
  }

  public Outline read(List<Section> sections) {
    List<PhaseDraft> phases = new ArrayList<>();
    Set<Integer> explained = new HashSet<>();
    List<Integer> loneDays = new ArrayList<>();
    int loneDaysLine = 0;
    PhaseDraft phase = null;
    WeekDraft week = null;
    int tablesSeen = 0;
    TableBlock firstOtherTable = null;
    Optional<String> unreadHeading = Optional.empty();
    int unreadHeadingLine = 0;
    for (Section section : sections) {
      switch (section.kind()) {
        case PHASE -> {
          Headings.Declared d = Headings.phase(section.title()).orElseThrow();
          phase = new PhaseDraft(d.number(), d.name(), d.range(), section.line(), new ArrayList<>());
          phases.add(phase);
          week = null;
        }
        case WEEK -> {
          if (phase == null) {
            // A plan without phase headings: its weeks form one phase that no heading names.
            phase = new PhaseDraft(1, "", DayRange.NONE, section.line(), new ArrayList<>(), false);
            phases.add(phase);
          }
          Headings.Declared d = Headings.week(section.title()).orElseThrow();
          week = new WeekDraft(d.number(), d.name(), d.range(), section.line(), new ArrayList<>(), d.lastNumber());
          phase.weeks().add(week);
        }
        case DAY -> {
          if (week == null) {
            Optional<DayBlocks.Start> start = dayBlocks.start(section.title(), true, section.line());
            if (start.isPresent()) {
              loneDays.add(start.get().number());
              loneDaysLine = loneDaysLine == 0 ? section.line() : loneDaysLine;
            }
          } else {
            int errors = diagnostics.errorCount();
            dayBlocks.fromHeading(section.heading().orElseThrow(), section.blocks()).ifPresent(week.days()::add);
            if (diagnostics.errorCount() > errors) {
              explained.add(week.line());
            }
          }
          continue; // its blocks are the day's own
        }
        default -> {}
      }
      if (section.kind() == Section.Kind.OTHER && unreadHeading.isEmpty()) {
        unreadHeading = Headings.unreadable(section.title()).map(w -> section.title());
        unreadHeadingLine = section.line();
      }
      boolean inWeek = section.kind() == Section.Kind.WEEK && week != null;
      int errors = diagnostics.errorCount();
      List<Day> days = new ArrayList<>();
      for (Node block : section.blocks()) {
        if (!(block instanceof TableBlock table)) {
          continue;
        }
        tablesSeen++;
        if (DaysTableReader.isDaysTable(table)) {
          if (inWeek) {
            days.addAll(tables.read(table));
          } else {
            diagnostics.error(PlanMarkdown.line(table), 1, "a table of days " + where(section, table)
                + "; put it under a week heading like '### Week 1: Theme'");
          }
        } else if (inWeek && looksLikeDays(table)) {
          diagnostics.error(PlanMarkdown.line(table), 1, "this table under week " + week.label()
              + " has no Day column: its header reads '" + DaysTableReader.header(table) + "'; "
              + DaysTableReader.COLUMN_WORDS);
        } else if (firstOtherTable == null && looksLikeDays(table)) {
          firstOtherTable = table;
        }
      }
      if (inWeek) {
        days.addAll(dayBlocks.fromBlocks(section.blocks()));
        days.sort(Comparator.comparingInt(Day::line));
        week.days().addAll(days);
        if (diagnostics.errorCount() > errors) {
          explained.add(week.line()); // what went wrong under it is reported; "no days" would add nothing
        }
      }
    }
    if (!loneDays.isEmpty()) {
      diagnostics.error(loneDaysLine, 1, (loneDays.size() == 1 ? "day " + loneDays.get(0) + " is"
          : "days " + loneDays.get(0) + "-" + loneDays.get(loneDays.size() - 1) + " are")
          + " not under any week heading; put each week's days under a heading like '## Week 1: Theme'");
    }
    return new Outline(phases, explained, whyNoDays(phases, tablesSeen, firstOtherTable, unreadHeading,
        unreadHeadingLine, !loneDays.isEmpty()));
  }

  /**
   * "under 'Schedule' (line 5), not a week heading", or "before any heading": the nearest heading
   * above the table, a sub-heading of the section's included.
   */
  private static String where(Section section, Node table) {
    Heading nearest = section.heading().orElse(null);
    for (Node block : section.blocks()) {
      if (block == table) {
        break;
      }
      if (block instanceof Heading h) {
        nearest = h;
      }
    }
    if (nearest == null) {
      return "before any heading";
    }
    String title = PlanMarkdown.plain(nearest);
    String kind = Headings.phase(title).isPresent() ? "a phase heading, not a week's"
        : Headings.unreadable(title).isPresent() ? "not read as a week: a week heading is 'Week N: Theme', N a number"
        : "not a week heading";
    return "under '" + title + "' (line " + PlanMarkdown.line(nearest) + "), " + kind;
  }

  /** A table that was surely meant to hold days: it has a Topic or an Activity column. */
  private static boolean looksLikeDays(TableBlock table) {
    return Tables.headerCells(table).stream()
        .map(h -> Field.of(PlanMarkdown.plain(h)).orElse(null))
        .anyMatch(f -> f == Field.TOPIC || f == Field.ACTIVITY);
  }

  /** What was found instead of days, so that a file without any is refused for its real reason. */
  private static String whyNoDays(List<PhaseDraft> phases, int tables, TableBlock otherTable,
      Optional<String> unreadHeading, int unreadHeadingLine, boolean loneDays) {
    boolean weeks = phases.stream().anyMatch(p -> !p.weeks().isEmpty());
    if (loneDays) {
      return "its days are not under week headings (see above)";
    }
    if (!weeks && unreadHeading.isPresent()) {
      return "the heading '" + unreadHeading.get() + "' (line " + unreadHeadingLine + ") is not read as a week:"
          + " a week heading is 'Week N: Theme', N a number";
    }
    if (!weeks && otherTable != null) {
      return "no heading reads 'Week N: Theme', and the table on line " + PlanMarkdown.line(otherTable)
          + " has no Day column (its header reads '" + DaysTableReader.header(otherTable) + "'); "
          + Outline.NO_DAYS;
    }
    if (!weeks) {
      return "no heading reads 'Week N: Theme' (or 'Phase N: Name' over such weeks)" + (tables == 0 ? " and it has no"
          + " tables" : "") + "; " + Outline.NO_DAYS;
    }
    return "its week headings have no table of days and no 'Day N: Topic' headings under them; " + Outline.NO_DAYS;
  }
}
