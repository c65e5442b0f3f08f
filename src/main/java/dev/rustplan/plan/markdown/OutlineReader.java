package dev.rustplan.plan.markdown;

import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.Outline.DayRange;
import dev.rustplan.plan.Outline.PhaseDraft;
import dev.rustplan.plan.Outline.WeekDraft;
import dev.rustplan.plan.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/**
 * Reads the phase and week headings and the tables of days under them. The rows are the truth: a
 * day belongs to the week whose heading its table is under, whatever any heading declares.
 */
public final class OutlineReader {

  private static final String RANGE = "(?:\\(\\s*days?\\s+(\\d+)\\s*(?:-|\u2013|\u2014|to)\\s*(\\d+)\\s*\\))?";
  private static final Pattern PHASE =
      Pattern.compile("^phase\\s+(\\d+)\\s*[:.\u2013\u2014-]?\\s*(.*?)\\s*" + RANGE + "\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEK =
      Pattern.compile("^week\\s+(\\d+)\\s*[:.\u2013\u2014-]?\\s*(.*?)\\s*" + RANGE + "\\s*$", Pattern.CASE_INSENSITIVE);

  private final DaysTableReader tables;
  private final Diagnostics diagnostics;

  public OutlineReader(DaysTableReader tables, Diagnostics diagnostics) {
    this.tables = tables;
    this.diagnostics = diagnostics;
  }

  public Outline read(List<Section> sections) {
    List<PhaseDraft> phases = new ArrayList<>();
    PhaseDraft phase = null;
    WeekDraft week = null;
    for (Section section : sections) {
      switch (section.kind()) {
        case PHASE -> {
          phase = phase(section);
          phases.add(phase);
          week = null;
        }
        case WEEK -> {
          if (phase == null) {
            // A plan without phase headings: its weeks form one phase named after nothing.
            phase = new PhaseDraft(1, "", DayRange.NONE, section.line(), new ArrayList<>());
            phases.add(phase);
          }
          week = week(section);
          phase.weeks().add(week);
        }
        default -> {}
      }
      for (Node block : section.blocks()) {
        if (block instanceof TableBlock table && DaysTableReader.isDaysTable(table)) {
          if (section.kind() == Section.Kind.WEEK && week != null) {
            week.days().addAll(tables.read(table));
          } else {
            diagnostics.error(
                PlanMarkdown.line(table),
                1,
                "a table of days outside any week; put it under a heading like '### Week 1: Theme'");
          }
        }
      }
    }
    return new Outline(phases);
  }

  private PhaseDraft phase(Section section) {
    Matcher m = PHASE.matcher(section.title());
    m.matches(); // Section.classify already saw "Phase N"
    return new PhaseDraft(number(m.group(1)), m.group(2), range(m), section.line(), new ArrayList<>());
  }

  private WeekDraft week(Section section) {
    Matcher m = WEEK.matcher(section.title());
    m.matches();
    return new WeekDraft(number(m.group(1)), m.group(2), range(m), section.line(), new ArrayList<>());
  }

  private static DayRange range(Matcher m) {
    return m.group(3) == null ? DayRange.NONE : new DayRange(number(m.group(3)), number(m.group(4)));
  }

  private static int number(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE; // absurdly long: the checks report it as out of order
    }
  }
}
