package dev.rustplan.note;

import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.Notes;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a day's notes as the Markdown the learner edits: the plan's daily template (Appendix C)
 * with what was logged filled in, and the template's own placeholders where nothing was.
 */
public final class NoteDocument {

  /** The placeholder snippet of the template, which reads back as no code at all. */
  static final String CODE_PLACEHOLDER = "// paste code here\n";

  private static final Pattern BACKTICKS = Pattern.compile("`+");
  private static final Pattern DASHES = Pattern.compile("[- \t]+");

  private NoteDocument() {}

  /**
   * The buffer `log --edit` opens. It no longer says that quitting without saving changes nothing:
   * true of a new buffer, but a draft opened again is saved as it reads when the editor quits.
   */
  public static String render(int day, String topic, Notes notes) {
    return "<!-- Your notes for day " + day + ". One \"- \" item per note under each heading;\n"
        + "     code goes in ``` fences (the word after the fence is its language); under Time Spent,\n"
        + "     add \"- 30 minutes\" for today's session: the total in its heading is computed\n"
        + "     from those lines. Save and quit to keep the notes; delete everything to change nothing. -->\n\n"
        + template(day, topic, notes);
  }

  /** The daily template (Appendix C) with the notes filled in, as a NOTES.md of its own. */
  public static String template(int day, String topic, Notes notes) {
    StringBuilder md = new StringBuilder();
    md.append("## Day ").append(day).append(": ").append(topic).append("\n");
    items(md, NoteSection.LEARNED, notes.learned());
    md.append("\n### ").append(NoteSection.CODE.heading()).append("\n");
    if (notes.code().isEmpty()) {
      md.append("```rust\n").append(CODE_PLACEHOLDER).append("```\n");
    }
    for (CodeSnippet snippet : notes.code()) {
      String fence = fenceFor(snippet.code());
      md.append(fence).append(snippet.language() == null ? "" : snippet.language()).append("\n")
          .append(withNewline(snippet.code())).append(fence).append("\n");
    }
    items(md, NoteSection.QUESTIONS, notes.questions());
    items(md, NoteSection.RESOURCES, notes.resources());
    md.append("\n### ").append(NoteSection.TIME.heading()).append(": ")
        .append(notes.sessions().isEmpty() ? "__" : Integer.toString(notes.minutes())).append(" minutes\n");
    notes.sessions().forEach(s -> md.append("- ").append(s.date()).append(": ").append(s.minutes()).append(" minutes\n"));
    items(md, NoteSection.AHA, notes.aha());
    items(md, NoteSection.STRUGGLES, notes.struggles());
    return md.toString();
  }

  private static void items(StringBuilder md, NoteSection section, List<String> items) {
    md.append("\n### ").append(section.heading()).append("\n");
    if (items.isEmpty()) {
      md.append("- \n");
    }
    items.forEach(item -> md.append(listItem(item)));
  }

  /** A note as one Markdown list item, its lines after the first indented so that they stay inside it. */
  public static String listItem(String note) {
    return marker(note) + note.replace("\n", "\n  ").replace("\n  \n", "\n\n") + "\n";
  }

  /** "- ", except before a note of dashes, which would make the whole line a thematic break ("- ---"). */
  private static String marker(String item) {
    return DASHES.matcher(item.lines().findFirst().orElse("")).matches() ? "* " : "- ";
  }

  /** A fence longer than any run of backticks in the code, so pasted fences cannot close it. */
  public static String fenceFor(String code) {
    int longest = 0;
    Matcher m = BACKTICKS.matcher(code);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  static String withNewline(String code) {
    return code.endsWith("\n") ? code : code + "\n";
  }
}
