package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.Style;
import dev.rustplan.cli.text.TextTable;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.plan.Appendices.BonusTopic;
import dev.rustplan.plan.Appendices;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.catalog.ResourceCatalog;
import dev.rustplan.plan.load.PlanReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan resources`: the primary resources, the reading list, the bonus topics and the tips. */
@Command(
    name = "resources",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan resources | less"
    },
    description = "List the primary resources, the reading list (books, posts, RFCs) with links, the bonus"
        + " topics and the tips.")
public final class ResourcesCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // The catalog comes with a full load of the plan; the plan itself then needs no second read.
    PlanReport report = root.planReport();
    Plan plan = root.plan();
    ResourceCatalog catalog = report.catalog();
    Appendices appendices = plan.appendices();
    int width = root.width();
    Style style = root.style();
    StringBuilder sb = new StringBuilder();
    section(sb, "Primary resources", plan.primaryResources(), width, style);
    Appendices.ReadingList reading = appendices.readingList();
    section(sb, "Reading list: books", resolve(catalog, reading.books()), width, style);
    section(sb, "Reading list: blog posts and videos", resolve(catalog, reading.posts()), width, style);
    section(sb, "Reading list: RFCs", resolve(catalog, reading.rfcs()), width, style);
    if (!appendices.bonusTopics().isEmpty()) {
      sb.append(TextWrap.fill(style.heading("Bonus topics (if you finish early or want to go deeper)"), width));
      TextTable table = new TextTable("Topic", "What to look at");
      for (BonusTopic topic : appendices.bonusTopics()) {
        table.row(InlineText.display(topic.name()), InlineText.display(topic.description()));
      }
      sb.append(indent(table.render(width - 2))).append('\n');
    }
    if (!appendices.tips().isEmpty()) {
      sb.append(style.heading("Tips for success")).append('\n');
      List<String> tips = appendices.tips();
      for (int i = 0; i < tips.size(); i++) {
        sb.append(TextWrap.hanging(String.format("%4d. ", i + 1), InlineText.display(tips.get(i)), width));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(sb.toString().stripTrailing());
    out.println();
    return 0;
  }

  private static List<Resource> resolve(ResourceCatalog catalog, List<String> items) {
    return items.stream().map(catalog::resolve).toList();
  }

  /** Each resource as the plan words it, then the catalog's full title and link. */
  private static void section(StringBuilder sb, String heading, List<Resource> resources, int width, Style style) {
    if (resources.isEmpty()) {
      return;
    }
    sb.append(TextWrap.fill(style.heading(heading), width));
    for (Resource r : resources) {
      String words = InlineText.withoutLeadingSymbols(InlineText.display(r.text()));
      sb.append(TextWrap.hanging("  " + Voice.BULLET + " ", words, width));
      if (r.url() != null) {
        String title = r.resolved() && !r.title().equals(r.text()) ? TextWrap.visible(r.title()) + ": " : "";
        // The URL is one word: the wrap never breaks it, and its style takes no columns.
        sb.append(TextWrap.fill("    " + title + style.link(TextWrap.visible(r.url())), width));
      }
      if (r.note() != null) {
        // Where the plan's label is wrong (its RFC numbers), the catalog says so and offers the right one.
        sb.append(TextWrap.hanging("    ", TextWrap.visible(r.note()), width));
      }
    }
    sb.append('\n');
  }

  private static String indent(String block) {
    return block.replaceAll("(?m)^(?=.)", "  ");
  }
}
