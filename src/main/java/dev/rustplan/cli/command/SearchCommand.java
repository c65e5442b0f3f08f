package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.Excerpt;
import dev.rustplan.cli.text.Highlight;
import dev.rustplan.cli.text.Plural;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.plan.Plan;
import dev.rustplan.search.Hit;
import dev.rustplan.search.Query;
import dev.rustplan.search.Search;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** `rustplan search TEXT`: where TEXT comes up in the plan and in the learner's notes. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan search Pin",
      "  rustplan search --notes \"drop order\"",
      "  rustplan search --regex \"Send|Sync\" --plan"
    },
    description = {
      "Find TEXT (ignoring case) in the plan's topics, activities and resources and in your notes.",
      "Each hit names its day and where it was found, with the match highlighted where colour is on.",
      "%nHere --plan means only the plan; to search another plan file, put --plan FILE before the command:"
          + " rustplan --plan FILE search TEXT (or set RUSTPLAN_PLAN)."
    })
public final class SearchCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for.")
  String text;

  @Option(names = "--regex", description = "TEXT is a Java regular expression (still ignoring case).")
  boolean regex;

  @Option(names = "--notes", description = "Only in your notes.")
  boolean notes;

  /** The name of the option that limits the search to the plan; see {@link #planOnlyOption}. */
  private static final String PLAN_ONLY = "--plan";

  /**
   * Gives `search` its own --plan flag ("only in the plan"). The global --plan FILE is inherited
   * by every command, and picocli allows no annotated option of the same name beside it, so the
   * flag replaces the inherited option here, once the command line is built. To search another
   * plan file, --plan FILE goes before the command (or RUSTPLAN_PLAN is set).
   */
  public static void planOnlyOption(CommandLine commandLine) {
    CommandLine search = commandLine.getSubcommands().get("search");
    if (search == null) {
      return;
    }
    CommandSpec spec = search.getCommandSpec();
    OptionSpec inherited = spec.findOption(PLAN_ONLY);
    if (inherited != null) {
      spec.remove(inherited);
    }
    spec.addOption(OptionSpec.builder(PLAN_ONLY).arity("0").type(boolean.class)
        .description("Only in the plan.").build());
  }

  private boolean planOnly() {
    OptionSpec option = spec.findOption(PLAN_ONLY);
    return option != null && Boolean.TRUE.equals(option.getValue());
  }

  @Override
  public void run() {
    if (notes && planOnly()) {
      throw RustplanException.usage("--notes and --plan are mutually exclusive: leave both out to search everywhere");
    }
    Query query = Query.of(text, regex);
    Search.Scope scope = notes ? Search.Scope.NOTES : planOnly() ? Search.Scope.PLAN : Search.Scope.ALL;
    Plan plan = root.plan();
    List<Hit> hits = new Search(query, scope).in(plan, root.store().read().plan(plan.id()));
    PrintWriter out = spec.commandLine().getOut();
    String in = scope == Search.Scope.PLAN ? "the plan" : scope == Search.Scope.NOTES ? "your notes" : "the plan or your notes";
    int width = root.width();
    if (hits.isEmpty()) {
      out.print(TextWrap.fill("No match for '" + TextWrap.visible(text) + "' in " + in + ".", width));
      return;
    }
    Highlight highlight = Highlight.of(root.style());
    List<String> heads = hits.stream().map(SearchCommand::head).toList();
    int headWidth = heads.stream().mapToInt(String::length).max().orElse(0) + 2;
    // Up to two terminal lines of text: a note of usual length shows whole, a long one is cut around its match.
    int textWidth = 2 * Math.max(20, width - headWidth);
    for (int i = 0; i < hits.size(); i++) {
      Excerpt excerpt = Excerpt.of(hits.get(i), textWidth);
      // Wrapped beside its head, between words; the highlight's codes take no columns.
      out.print(TextWrap.hanging(TextWrap.pad(heads.get(i), headWidth),
          highlight.mark(TextWrap.visible(excerpt.text()), excerpt.spans()), width));
    }
    long days = hits.stream().mapToInt(Hit::day).distinct().count();
    long inPlan = hits.stream().filter(h -> h.place().inPlan()).count();
    out.println();
    out.print(TextWrap.fill(Plural.of(hits.size(), "hit") + " on " + Plural.of((int) days, "day")
        + (scope == Search.Scope.ALL ? ": " + inPlan + " in the plan, " + (hits.size() - inPlan) + " in your notes."
            : " in " + in + "."), width));
  }

  /** "Day 12  code:3": the day and the place, with the line within a note of several lines. */
  private static String head(Hit hit) {
    return String.format("Day %-3d %s", hit.day(), hit.place().label() + (hit.line() > 0 ? ":" + hit.line() : ""));
  }
}
