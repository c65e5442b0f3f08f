package dev.rustplan.note;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The sections of a day's note in the editor, with the headings of the plan's daily template
 * (Appendix C) followed by the two that feed the weekly post.
 */
enum NoteSection {
  LEARNED("What I Learned"),
  CODE("Code I Wrote"),
  QUESTIONS("Questions That Arose"),
  RESOURCES("Resources Used"),
  TIME("Time Spent"),
  AHA("Aha Moments"),
  STRUGGLES("Struggles");

  private final String heading;

  NoteSection(String heading) {
    this.heading = heading;
  }

  String heading() {
    return heading;
  }

  /** The section a heading names, ignoring case and what follows the name ("Time Spent: 40 minutes"). */
  static Optional<NoteSection> named(String text) {
    String lower = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> lower.startsWith(s.heading.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  static String headings() {
    return String.join(", ", Arrays.stream(values()).map(NoteSection::heading).toList());
  }
}
