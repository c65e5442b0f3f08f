package dev.rustplan.blog;

import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import dev.rustplan.progress.Attendance;
import dev.rustplan.progress.Streaks;
import java.time.LocalDate;
import java.util.List;

/**
 * The progress card of the `post-card` setting: a small standalone SVG for the weekly post, the
 * plan's days as a grid (ten a row, coloured by status, the post's week outlined), how many are
 * done and the streak. It needs no font or file of its own, so it shows the same on any site.
 *
 * @param svg the card itself
 * @param alt what it says, for the image's alternative text
 */
public record ProgressCard(String svg, String alt) {

  private static final int ROW = 10;
  private static final int CELL = 14;
  private static final int STEP = 17;
  private static final int PAD = 12;
  private static final int TEXT_X = PAD + ROW * STEP + 12;
  private static final int WIDTH = TEXT_X + 180;

  /** The card for the week's post, as the journal stands on {@code today}. */
  public static ProgressCard of(Plan plan, PlanJournal journal, Week week, LocalDate today) {
    List<Day> days = plan.days();
    int done = (int) days.stream().filter(d -> journal.day(d.number()).status() == Status.DONE).count();
    Streaks streaks = Streaks.of(Attendance.of(plan, journal), today);
    int rows = (days.size() + ROW - 1) / ROW;
    int height = Math.max(PAD * 2 + rows * STEP - (STEP - CELL), 100);
    String streak = streaks.current() + (streaks.current() == 1 ? " day" : " days");
    String alt = plan.title() + ", week " + week.number() + ": " + done + " of " + days.size() + " days done, a streak of "
        + streak;
    StringBuilder s = new StringBuilder(8 * 1024);
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(xml(alt)).append("\">\n<title>").append(xml(alt)).append("</title>\n")
        .append("<rect width=\"100%\" height=\"100%\" rx=\"8\" fill=\"#ffffff\" stroke=\"#d1d9e0\"/>\n");
    for (int i = 0; i < days.size(); i++) {
      Day day = days.get(i);
      int x = PAD + (i % ROW) * STEP;
      int y = PAD + (i / ROW) * STEP;
      boolean thisWeek = week.days().stream().anyMatch(d -> d.number() == day.number());
      s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL)
          .append("\" height=\"").append(CELL).append("\" rx=\"2\" fill=\"")
          .append(colour(journal.day(day.number()).status())).append('"')
          .append(thisWeek ? " stroke=\"#1f2328\" stroke-width=\"1.5\"" : "")
          .append("><title>Day ").append(day.number()).append(": ").append(journal.day(day.number()).status().label())
          .append("</title></rect>\n");
    }
    s.append("<g font-family=\"system-ui,-apple-system,'Segoe UI',Roboto,sans-serif\" fill=\"#1f2328\">\n")
        .append(text(TEXT_X, PAD + 12, 13, "bold", plan.title()))
        .append(text(TEXT_X, PAD + 32, 12, "normal", "Week " + week.number()))
        .append(text(TEXT_X, PAD + 58, 22, "bold", done + " of " + days.size()))
        .append(text(TEXT_X, PAD + 74, 12, "normal", "days done"))
        .append(text(TEXT_X, PAD + 96, 12, "normal", "Streak: " + streak + " (longest " + streaks.longest() + ")"))
        .append("</g>\n</svg>\n");
    return new ProgressCard(s.toString(), alt);
  }

  private static String text(int x, int y, int size, String weight, String text) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" font-weight=\"" + weight + "\">" + xml(text)
        + "</text>\n";
  }

  private static String colour(Status status) {
    return switch (status) {
      case DONE -> "#2da44e";
      case DOING -> "#d4a72c";
      case SKIPPED -> "#54aeff";
      case TODO -> "#ebedf0";
    };
  }

  /** Text for XML content and attributes; the control characters XML forbids dropped. */
  private static String xml(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
