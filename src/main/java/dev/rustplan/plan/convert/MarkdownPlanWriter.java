package dev.rustplan.plan.convert;

import dev.rustplan.plan.Appendices;
import dev.rustplan.plan.Appendices.BonusTopic;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.Week;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan in rustplan's canonical Markdown: the budget in front matter, "## Phase N: Name (Days
 * a-b)" and "### Week N: Theme (Days a-b)" headings (weeks at "##" in a plan without phases), one
 * table of days per week with the columns Day, Topic, Activity, Resources, then Time and any
 * extra columns where a day has them, and the appendices in the bundled plan's order. Each
 * resource the catalog or the plan linked is written as a Markdown link, so that the file keeps
 * its links wherever it goes; what rustplan reads from it is what it read from the original.
 */
public final class MarkdownPlanWriter {

  private static final Pattern BACKTICKS = Pattern.compile("(?m)^\\s*(`{3,}|~{3,})");

  private MarkdownPlanWriter() {}

  public static String write(Plan plan) {
    StringBuilder md = new StringBuilder();
    md.append("---\nbudget: ").append(plan.meta().budget().text()).append("\n---\n\n");
    md.append("# ").append(plan.title()).append("\n\n");
    if (!plan.primaryResources().isEmpty()) {
      md.append("**Primary Resources:**\n");
      plan.primaryResources().forEach(r -> md.append("- ").append(r.text()).append('\n'));
      md.append('\n');
    }
    boolean phases = plan.hasPhases();
    for (Phase phase : plan.phases()) {
      if (phases) {
        md.append("## Phase ").append(phase.number()).append(": ").append(phase.name())
            .append(" (Days ").append(range(phase.firstDay(), phase.lastDay())).append(")\n\n");
      }
      for (Week week : phase.weeks()) {
        md.append(phases ? "### Week " : "## Week ").append(week.label()).append(": ").append(week.theme())
            .append(" (Days ").append(range(week.firstDay(), week.lastDay())).append(")\n\n");
        table(md, week.days());
        md.append('\n');
      }
    }
    appendices(md, plan);
    return md.toString().stripTrailing() + "\n";
  }

  private static void table(StringBuilder md, List<Day> days) {
    boolean time = days.stream().anyMatch(d -> d.budget() != null);
    Set<String> extras = new LinkedHashSet<>();
    days.forEach(d -> d.extras().forEach(e -> extras.add(e.name())));
    List<String> header = new ArrayList<>(List.of("Day", "Topic", "Activity", "Resources"));
    if (time) {
      header.add("Time");
    }
    header.addAll(extras);
    md.append("| ").append(String.join(" | ", header.stream().map(MarkdownPlanWriter::cell).toList())).append(" |\n");
    md.append("|").append("---|".repeat(header.size())).append('\n');
    for (Day day : days) {
      List<String> cells = new ArrayList<>();
      cells.add(Integer.toString(day.number()));
      cells.add(topic(day));
      cells.add(day.activity());
      cells.add(resources(day.resources()));
      if (time) {
        cells.add(day.budget() == null ? "" : day.budget().text());
      }
      for (String name : extras) {
        cells.add(day.extras().stream().filter(e -> e.name().equals(name)).map(Day.Extra::text).findFirst().orElse(""));
      }
      md.append("| ").append(String.join(" | ", cells.stream().map(MarkdownPlanWriter::cell).toList())).append(" |\n");
    }
  }

  /** The topic with the kind's label in front for the days that are not lessons, as the reader reads it back. */
  static String topic(Day day) {
    return day.kind() == DayKind.LESSON ? day.topic()
        : "**" + Character.toUpperCase(day.kind().label().charAt(0)) + day.kind().label().substring(1) + ":** "
            + day.topic();
  }

  /**
   * The resources as a cell: each linked one as a Markdown link (its text kept when it is one
   * already), the others as written; semicolons between them when one of those holds a comma.
   */
  static String resources(List<Resource> resources) {
    List<String> pieces = new ArrayList<>();
    boolean comma = false;
    for (Resource r : resources) {
      if (r.url() == null) {
        pieces.add(r.text());
        comma |= r.text().contains(",");
      } else if (r.text().contains("](" + r.url()) || r.text().contains("<" + r.url() + ">")) {
        pieces.add(r.text());
      } else {
        pieces.add("[" + r.title().replace("[", "\\[").replace("]", "\\]") + "](" + destination(r.url()) + ")");
      }
    }
    return String.join(comma ? "; " : ", ", pieces);
  }

  /** A link destination that stays one: in angle brackets when it holds spaces or parentheses. */
  private static String destination(String url) {
    return url.matches(".*[\\s()<>].*") ? "<" + url.replace(">", "%3E").replace("<", "%3C") + ">" : url;
  }

  private static String cell(String text) {
    return text.replace("\n", " ").replace("|", "\\|");
  }

  private static String range(int first, int last) {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }

  private static void appendices(StringBuilder md, Plan plan) {
    Appendices a = plan.appendices();
    if (!a.bonusTopics().isEmpty()) {
      md.append("## Appendix A: Supplementary Topics (Bonus Days)\n\n");
      for (BonusTopic t : a.bonusTopics()) {
        md.append("- **").append(t.name()).append("**").append(t.description().isEmpty() ? "" : ": " + t.description())
            .append('\n');
      }
      md.append('\n');
    }
    Appendices.ReadingList reading = a.readingList();
    if (reading != null && !(reading.books().isEmpty() && reading.posts().isEmpty() && reading.rfcs().isEmpty())) {
      md.append("## Appendix B: Recommended Reading Order\n\n");
      list(md, "### Books", reading.books());
      list(md, "### Blog Posts", reading.posts());
      list(md, "### RFCs to Read", reading.rfcs());
    }
    if (!a.dailyTemplate().isEmpty()) {
      md.append("## Appendix C: Daily Practice Template\n\n");
      fenced(md, a.dailyTemplate());
    }
    if (!a.tips().isEmpty()) {
      md.append("## Tips for Success\n\n");
      for (int i = 0; i < a.tips().size(); i++) {
        md.append(i + 1).append(". ").append(a.tips().get(i)).append('\n');
      }
      md.append('\n');
    }
    if (!a.weeklyTemplate().isEmpty()) {
      md.append("## Appendix D: Weekly Blog Post Template\n\n");
      fenced(md, a.weeklyTemplate());
    }
    if (!a.progressLog().isEmpty()) {
      md.append("## Appendix E: Weekly Progress Log\n\n| Week | Days | Theme | Blog Post | Status |\n|---|---|---|---|---|\n");
      for (Week w : plan.weeks()) {
        md.append("| ").append(w.number()).append(" | ").append(range(w.firstDay(), w.lastDay())).append(" | ")
            .append(cell(w.theme())).append(" | | \u2b1c Not started |\n");
      }
      md.append('\n');
    }
  }

  private static void list(StringBuilder md, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    md.append(heading).append("\n");
    items.forEach(i -> md.append("- ").append(i).append('\n'));
    md.append('\n');
  }

  /** A template in a fence longer than any it holds, so that every renderer reads it whole. */
  private static void fenced(StringBuilder md, String template) {
    int longest = 2;
    Matcher m = BACKTICKS.matcher(template);
    while (m.find()) {
      if (m.group(1).charAt(0) == '`') {
        longest = Math.max(longest, m.group(1).length());
      }
    }
    String fence = "`".repeat(longest + 1);
    md.append(fence).append("markdown\n").append(template.endsWith("\n") ? template : template + "\n")
        .append(fence).append("\n\n");
  }
}
