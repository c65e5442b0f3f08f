package dev.rustplan.cli.completion;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words only the active plan knows, which the scripts ask rustplan for as Tab is pressed
 * (`rustplan [--plan FILE] completion SHELL --candidates days`): so that another plan, by --plan
 * or RUSTPLAN_PLAN, completes its own days and weeks, with their topics where the shell shows them.
 */
public final class PlanCandidates {

  /** The option whose value names the plan: the scripts pass it back when they ask. */
  public static final String PLAN_OPTION = "--plan";

  /** The option of `rustplan completion` the scripts ask with; hidden from help and completion. */
  public static final String OPTION = "--candidates";

  /** What a script may ask for. */
  public enum Kind {
    DAYS,
    WEEKS;

    /** The word the script asks with: days, weeks. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind named(String name) {
      return Arrays.stream(values())
          .filter(k -> k.label().equalsIgnoreCase(name.strip()))
          .findFirst()
          .orElseThrow(() -> RustplanException.usage(OPTION + " must be one of "
              + Arrays.stream(values()).map(Kind::label).collect(Collectors.joining(", ")) + ", got '" + name + "'"));
    }
  }

  private PlanCandidates() {}

  /** The candidates, one a line, in the plan's order and in the form the shell reads. */
  public static String lines(Plan plan, Kind kind, Shell shell) {
    StringBuilder out = new StringBuilder();
    switch (kind) {
      case DAYS -> {
        for (Day day : plan.days()) {
          out.append(shell.candidate(Integer.toString(day.number()), oneLine(InlineText.display(day.topic())))).append('\n');
        }
      }
      case WEEKS -> {
        for (Week week : plan.weeks()) {
          String days = week.firstDay() == week.lastDay() ? "day " + week.firstDay() : "days " + week.firstDay() + "-" + week.lastDay();
          String theme = oneLine(InlineText.display(week.theme()));
          out.append(shell.candidate(Integer.toString(week.number()), theme.isEmpty() ? days : theme + " (" + days + ")"))
              .append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
