package dev.rustplan.cli.text;

import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import java.util.List;
import java.util.stream.Collectors;

/** A day's status and notes as `show` (in full) and `week` (in brief) print them under the plan's text. */
public final class NotesText {

  private NotesText() {}

  /** "done on 2026-03-02", "skipped on 2026-03-04", "doing", "to do". */
  static String status(DayEntry entry) {
    return entry.status().finished() && entry.completed() != null
        ? Voice.status(entry.status()) + " on " + entry.completed()
        : Voice.status(entry.status());
  }

  /** Every section that holds something, under the headings of the plan's daily template. */
  public static String full(DayEntry entry, int width, Style style) {
    Notes n = entry.notes();
    StringBuilder sb = new StringBuilder();
    sb.append('\n').append(style.heading("Status")).append("\n  ")
        .append(style.status(entry.status(), status(entry))).append('\n');
    if (entry.practice() != null) {
      sb.append('\n').append(style.heading("Practice Project")).append('\n')
          .append(TextWrap.fill("  " + TextWrap.visible(entry.practice()), width));
    }
    if (n.isEmpty()) {
      return sb.append('\n').append(style.heading("Notes")).append('\n')
          .append(TextWrap.fill("  none yet (" + Voice.command("log") + ")", width)).toString();
    }
    items(sb, "What I Learned", Voice.BULLET, n.learned(), width, style);
    if (!n.code().isEmpty()) {
      sb.append('\n').append(style.heading("Code I Wrote")).append('\n');
      for (CodeSnippet c : n.code()) {
        String fence = "```";
        sb.append("  ").append(fence).append(c.language() == null ? "" : TextWrap.visible(c.language())).append('\n');
        c.code().lines().forEach(line -> sb.append("  ").append(TextWrap.visible(line)).append('\n'));
        sb.append("  ").append(fence).append('\n');
      }
    }
    items(sb, "Questions That Arose", Voice.QUESTION, n.questions(), width, style);
    items(sb, "Resources Used", Voice.BULLET, n.resources(), width, style);
    if (n.minutes() > 0) {
      String time = style.heading("Time Spent:") + " " + Voice.duration(n.minutes());
      List<Session> sessions = n.sessions().stream().filter(s -> s.minutes() > 0).toList();
      if (sessions.size() > 1) {
        time += " (" + sessions.stream().map(s -> Voice.duration(s.minutes()) + " on " + s.date())
            .collect(Collectors.joining(", ")) + ")";
      }
      sb.append('\n').append(TextWrap.fill(time, width));
    }
    items(sb, "Aha Moments", Voice.BULLET, n.aha(), width, style);
    items(sb, "Struggles", Voice.BULLET, n.struggles(), width, style);
    return sb.toString();
  }

  /** A few lines for one day of a week: what was learned and asked, and a count of the rest. */
  public static String brief(int day, DayEntry entry, int width, Style style) {
    StringBuilder sb = new StringBuilder();
    sb.append(TextWrap.items("", List.of("Day " + day, style.status(entry.status(), status(entry)),
        NotesSummary.of(entry.notes())), " · ", width));
    entry.notes().learned().forEach(l -> bullet(sb, Voice.BULLET, l, width));
    entry.notes().questions().forEach(q -> bullet(sb, Voice.QUESTION, q, width));
    return sb.toString();
  }

  private static void items(
      StringBuilder sb, String heading, String mark, List<String> items, int width, Style style) {
    if (!items.isEmpty()) {
      sb.append('\n').append(style.heading(heading)).append('\n');
      items.forEach(item -> bullet(sb, mark, item, width));
    }
  }

  private static void bullet(StringBuilder sb, String mark, String text, int width) {
    sb.append(TextWrap.hanging("  " + mark + " ", TextWrap.visible(text), width));
  }
}
