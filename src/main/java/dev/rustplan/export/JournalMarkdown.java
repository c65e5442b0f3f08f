package dev.rustplan.export;

import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import dev.rustplan.note.NoteDocument;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.ProgressReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learning journal as one Markdown document that reads on its own: a section per day with
 * notes, in the layout of the plan's daily template (Appendix C), then the aha moments, struggles
 * and practice project where there are any.
 */
public final class JournalMarkdown {

  // Only the first word of a language is an info string, and it may hold no backtick.
  private static final Pattern LANGUAGE = Pattern.compile("[^`\\s]+");
  private static final String NOTHING = "*Nothing noted.*\n";

  private JournalMarkdown() {}

  public static String render(Plan plan, PlanJournal journal, Clock clock) {
    StringBuilder md = new StringBuilder();
    try {
      render(plan, journal, clock, md);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder takes any text", e);
    }
    return md.toString();
  }

  /**
   * The document appended to out a day at a time, so that a journal of 50 MB is never one String
   * of 100 MB (Java keeps text beyond Latin-1 as two bytes a character) on top of its records.
   */
  public static void render(Plan plan, PlanJournal journal, Clock clock, Appendable out) throws IOException {
    ProgressReport report = ProgressReport.of(plan, journal, clock);
    StringBuilder md = new StringBuilder();
    md.append("# Learning journal: ").append(plan.title()).append("\n\n");
    md.append("*").append(journal.isStarted() ? "Started " + journal.started() : "Not started yet")
        .append(" · ").append(report.daysDone()).append(" of ").append(report.dayCount()).append(" days done · ")
        .append(report.minutes()).append(" minutes · exported ").append(LocalDate.now(clock)).append("*\n");
    List<Day> days = plan.days().stream().filter(d -> hasNotes(journal.day(d.number()))).toList();
    if (days.isEmpty()) {
      md.append("\nNo notes yet. Log some with `rustplan log`.\n");
    }
    out.append(md);
    for (Day day : days) {
      md.setLength(0);
      day(md, plan, day, journal.day(day.number()));
      out.append(md);
    }
  }

  private static boolean hasNotes(DayEntry entry) {
    return !entry.notes().isEmpty() || entry.practice() != null;
  }

  private static void day(StringBuilder md, Plan plan, Day day, DayEntry entry) {
    Notes notes = entry.notes();
    md.append("\n## Day ").append(day.number()).append(": ").append(day.topic()).append("\n\n");
    md.append("*Week ").append(plan.weekOf(day.number()).number()).append(" · ").append(day.kind().label())
        .append(" · ").append(status(entry)).append("*\n");
    items(md, "What I Learned", notes.learned(), true);
    md.append("\n### Code I Wrote\n\n");
    if (notes.code().isEmpty()) {
      md.append(NOTHING);
    }
    for (int i = 0; i < notes.code().size(); i++) {
      md.append(i == 0 ? "" : "\n").append(code(notes.code().get(i)));
    }
    items(md, "Questions That Arose", notes.questions(), true);
    items(md, "Resources Used", notes.resources(), true);
    md.append("\n### Time Spent: ").append(notes.minutes() > 0 ? notes.minutes() + " minutes" : "not noted").append("\n");
    List<Session> timed = notes.sessions().stream().filter(s -> s.minutes() > 0).toList();
    if (timed.size() > 1) {
      md.append("\n");
      timed.forEach(s -> md.append("- ").append(s.date()).append(": ").append(s.minutes()).append(" minutes\n"));
    }
    items(md, "Aha Moments", notes.aha(), false);
    items(md, "Struggles", notes.struggles(), false);
    if (entry.practice() != null) {
      md.append("\n### Practice Project\n\n").append(link(entry.practice())).append("\n");
    }
  }

  private static String status(DayEntry entry) {
    return entry.status() == Status.DONE && entry.completed() != null
        ? "done on " + entry.completed() : entry.status().label();
  }

  /** A section of notes; one of Appendix C's is there even when empty, the others only when they hold notes. */
  private static void items(StringBuilder md, String heading, List<String> notes, boolean always) {
    if (notes.isEmpty() && !always) {
      return;
    }
    md.append("\n### ").append(heading).append("\n\n");
    if (notes.isEmpty()) {
      md.append(NOTHING);
    }
    notes.forEach(note -> md.append(NoteDocument.listItem(note)));
  }

  /** A fenced block one backtick longer than any run in the code, so that nothing pasted can close it. */
  private static String code(CodeSnippet snippet) {
    String fence = NoteDocument.fenceFor(snippet.code());
    String info = "";
    if (snippet.language() != null) {
      Matcher word = LANGUAGE.matcher(snippet.language());
      info = word.find() ? word.group() : "";
    }
    String code = snippet.code().endsWith("\n") ? snippet.code() : snippet.code() + "\n";
    return fence + info + "\n" + code + fence + "\n";
  }

  /** A folder as a link: angle brackets keep a path with spaces or parentheses whole. */
  static String link(String path) {
    String name = java.nio.file.Path.of(path).getFileName().toString();
    return "[" + name.replace("[", "\\[").replace("]", "\\]") + "](<" + path.replace("<", "%3C").replace(">", "%3E") + ">)";
  }
}
