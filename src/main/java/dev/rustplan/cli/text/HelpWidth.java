package dev.rustplan.cli.text;

import java.util.List;
import java.util.function.IntSupplier;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine;

/**
 * Lays picocli's help out for the width every other screen has, wrapped the same way, between
 * words. picocli wraps where Java's line breaker allows, which is inside words such as
 * "FILE:LINE:COL" or ".rs", and not below 55 columns; so each section is laid out wider than any
 * line (each paragraph, each option's description on one line), then wrapped here, an option's
 * description going on beside its names, the usage under the command's name.
 */
public final class HelpWidth {

  /** Wider than any paragraph of rustplan's help: picocli then breaks no line of its own. */
  static final int UNWRAPPED = 2000;

  private HelpWidth() {}

  /**
   * Every section of the help of {@code command} and the commands below it, laid out for
   * {@code width}, asked when help is printed (so a command that prints none never asks). Call it
   * once the commands, and any section renderers of their own, are in place.
   */
  public static void fit(CommandLine command, IntSupplier width) {
    var sections = command.getHelpSectionMap();
    IHelpSectionRenderer heading = sections.get(UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING);
    IHelpSectionRenderer synopsis = sections.get(UsageMessageSpec.SECTION_KEY_SYNOPSIS);
    sections.replaceAll((key, renderer) -> fitted(renderer, width));
    if (heading != null && synopsis != null) {
      // "Usage: " and the synopsis make one line, wrapped under the command's name.
      sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING, help -> "");
      sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> {
        help.commandSpec().usageMessage().width(UNWRAPPED);
        String head = heading.render(help);
        String text = head + synopsis.render(help);
        int hang = TextWrap.width(head) + TextWrap.width(help.commandSpec().qualifiedName()) + 1;
        return reflow(text, width.getAsInt(), hang);
      });
    }
    command.getSubcommands().values().forEach(sub -> fit(sub, width));
  }

  private static IHelpSectionRenderer fitted(IHelpSectionRenderer renderer, IntSupplier width) {
    return (Help help) -> {
      help.commandSpec().usageMessage().width(UNWRAPPED);
      return reflow(renderer.render(help), width.getAsInt(), -1);
    };
  }

  /**
   * The text with each line longer than {@code width} wrapped between words. A line with a column
   * of text (after a run of two or more spaces, as an option's description or an example's
   * comment stands) goes on under that column, or under its names when the column leaves too
   * little room; any other line under its own indent, two further in when it is indented (an
   * example), or under {@code hang} when that is given.
   */
  static String reflow(String text, int width, int hang) {
    StringBuilder sb = new StringBuilder();
    List<String> lines = text.lines().toList();
    for (String line : lines) {
      line = line.stripTrailing();
      if (TextWrap.width(line) <= width) {
        sb.append(line).append('\n');
        continue;
      }
      int lead = line.length() - line.stripLeading().length();
      int column = textColumn(line);
      String head = line.substring(0, column);
      String body = line.substring(column);
      int rest = hang >= 0 ? hang : column > lead ? column : lead == 0 ? 0 : lead + 2;
      if (width - rest < 20) {
        rest = Math.min(rest, lead + 4); // too deep an indent for this width
      }
      if (column > lead && width - TextWrap.width(head) < 20) {
        sb.append(head.stripTrailing()).append('\n');
        head = " ".repeat(rest);
      }
      List<String> wrapped = TextWrap.breakWords(body, Math.max(10, width - TextWrap.width(head)), Math.max(10, width - rest));
      sb.append(head).append(wrapped.get(0)).append('\n');
      for (String more : wrapped.subList(1, wrapped.size())) {
        sb.append(" ".repeat(rest)).append(more).append('\n');
      }
    }
    return text.endsWith("\n") || sb.isEmpty() ? sb.toString() : sb.substring(0, sb.length() - 1);
  }

  /** Where a line's text column begins: after its last run of two or more spaces that follows text; else its indent. */
  private static int textColumn(String line) {
    int lead = line.length() - line.stripLeading().length();
    int column = lead;
    for (int i = lead + 1; i + 1 < line.length(); i++) {
      if (line.charAt(i) == ' ' && line.charAt(i + 1) == ' ') {
        int end = i;
        while (end < line.length() && line.charAt(end) == ' ') {
          end++;
        }
        if (end < line.length()) {
          column = end;
        }
        i = end;
      }
    }
    return column;
  }
}
