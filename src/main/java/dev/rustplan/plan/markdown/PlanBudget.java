package dev.rustplan.plan.markdown;

import dev.rustplan.plan.BudgetText;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.PlanMeta.Budget;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The daily budget a Markdown plan states about itself, for when its metadata file gives none: a
 * front-matter {@code budget} ("45 minutes", "30-45 min"), else the first sentence of its
 * introduction that says how long a day takes ("about 45 minutes a day"). Code blocks (a
 * chatbot's prompt quoted in the introduction) are not the plan speaking, and are not read.
 */
public final class PlanBudget {

  private PlanBudget() {}

  /** The budget, if the plan states one; a front-matter budget that is not a duration is an error. */
  public static Optional<Budget> stated(PlanMarkdown md, List<Section> sections, Diagnostics diagnostics) {
    FrontMatter front = md.frontMatter();
    String written = front.fields().get("budget");
    if (written != null) {
      Optional<Budget> budget = BudgetText.parse(written);
      if (budget.isEmpty()) {
        diagnostics.error(front.lines().getOrDefault("budget", 1), 1, "the front matter's budget '" + written
            + "' is not a duration rustplan can read; write minutes as '45 minutes', '30-45 minutes' or '1 hour'");
      }
      return budget;
    }
    for (Section section : sections) {
      if (section.kind().outline()) {
        break; // the introduction ends where the plan begins
      }
      for (Node block : section.blocks()) {
        if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
          continue;
        }
        Optional<Budget> budget = BudgetText.inProse(prose(block));
        if (budget.isPresent()) {
          return budget;
        }
      }
    }
    return Optional.empty();
  }

  /** A block's text without markup and without inline code. */
  private static String prose(Node block) {
    StringBuilder sb = new StringBuilder();
    block.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        sb.append(t.getLiteral());
      }

      @Override
      public void visit(Code c) {
        sb.append(' ');
      }

      @Override
      public void visit(SoftLineBreak b) {
        sb.append(' ');
      }
    });
    return sb.toString();
  }
}
