package dev.rustplan.cli.text;

import dev.rustplan.journal.Notes;
import java.util.ArrayList;
import java.util.List;

/** A day's notes counted in a few words: "2 learned, 1 snippet, 1 question, 40 min". */
public final class NotesSummary {

  private NotesSummary() {}

  public static String of(Notes notes) {
    List<String> parts = new ArrayList<>();
    count(parts, notes.learned().size(), "learned", "learned");
    count(parts, notes.code().size(), "snippet", "snippets");
    count(parts, notes.questions().size(), "question", "questions");
    count(parts, notes.resources().size(), "resource", "resources");
    count(parts, notes.aha().size(), "aha", "ahas");
    count(parts, notes.struggles().size(), "struggle", "struggles");
    if (notes.minutes() > 0) {
      parts.add(Voice.duration(notes.minutes()));
    }
    return parts.isEmpty() ? "nothing yet" : String.join(", ", parts);
  }

  private static void count(List<String> parts, int n, String one, String many) {
    if (n > 0) {
      parts.add(n + " " + (n == 1 ? one : many));
    }
  }
}
