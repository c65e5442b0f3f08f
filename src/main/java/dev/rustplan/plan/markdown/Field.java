package dev.rustplan.plan.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a table column or a day's label holds, known by its words: "Resources" and "Reading" are
 * the resources, "Activities" and "Task" the activity, "Time" and "Duration" the budget. Used for
 * the header of a table of days and for "**Activity:**" lines under a day heading alike.
 */
enum Field {
  DAY("Day", List.of()),
  TOPIC("Topic", List.of("topic", "topics", "subject", "subjects", "theme", "focus", "concept", "concepts", "lesson",
      "title")),
  ACTIVITY("Activity", List.of("activity", "activities", "task", "tasks", "exercise", "exercises", "practice",
      "assignment", "assignments", "hands on", "what to do", "to do", "todo", "do", "project", "lab")),
  RESOURCE("Resource", List.of("resource", "resources", "reading", "readings", "read", "material", "materials", "link",
      "links", "reference", "references", "source", "sources", "docs", "documentation", "further reading")),
  TIME("Time", List.of("time", "duration", "minutes", "mins", "min", "hours", "estimate", "estimated time", "budget",
      "time estimate", "est time", "session"));

  /** "Day", "Day #", "Day No.", "Day number": the words a Day column may be headed with. */
  private static final Pattern DAY_WORDS = Pattern.compile("day(?: ?(?:#|no|nr|num|number))?");

  /** The order in which a header is tried: "Practice resources" are resources, "Topic & activity" is the topic's. */
  private static final List<Field> ORDER = List.of(TIME, RESOURCE, TOPIC, ACTIVITY);

  final String title;
  private final List<String> words;

  Field(String title, List<String> words) {
    this.title = title;
    this.words = words;
  }

  /** The field a header or label names, if any. */
  static Optional<Field> of(String header) {
    String h = plain(header);
    if (DAY_WORDS.matcher(h).matches()) {
      return Optional.of(DAY);
    }
    for (Field field : ORDER) {
      if (field.words.contains(h)) {
        return Optional.of(field);
      }
    }
    for (Field field : ORDER) {
      for (String word : field.words) {
        if (word.length() > 3 && (" " + h + " ").contains(" " + word + " ")) {
          return Optional.of(field);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a Time header says its bare figures are hours ("Time (hours)"). */
  static boolean inHours(String header) {
    String h = plain(header);
    return (" " + h + " ").matches(".* (h|hrs?|hours?) .*");
  }

  /** Lower case, pictographs and punctuation as spaces, "#" kept (for "Day #"). */
  private static String plain(String header) {
    return header.toLowerCase(Locale.ROOT).replace("hands-on", "hands on")
        .replaceAll("[^\\p{L}\\p{N}#]+", " ").strip();
  }
}
