package dev.rustplan.desktop;

import java.util.ArrayList;
import java.util.List;

/**
 * The learner's crontab with rustplan's entry put in, replaced or taken out, and every other line
 * kept as it was. The entry is two lines: a comment starting with {@link #MARKER}, and the job's
 * line after it; only such a pair is ever taken out, so a line of the learner's that merely
 * mentions rustplan stays.
 */
public final class Crontab {

  /** How rustplan's comment line starts. */
  public static final String MARKER = "# rustplan-remind";

  /** What the job's line holds, checked before the line after a marker is taken out. */
  private static final String JOB = " remind --check";

  private Crontab() {}

  /** Whether the table holds rustplan's entry. */
  public static boolean holds(String table) {
    return !without(table).equals(table);
  }

  /** The table with rustplan's entry (or entries) taken out; the other lines byte for byte as they were. */
  public static String without(String table) {
    List<String> lines = lines(table);
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(MARKER)) {
        if (i + 1 < lines.size() && lines.get(i + 1).contains(JOB)) {
          i++;
        }
        continue;
      }
      kept.append(line);
    }
    return kept.toString();
  }

  /** The table with this entry in place of rustplan's old one, at the end; a last line without its line break gets one. */
  public static String with(String table, String entry) {
    String rest = without(table);
    if (!rest.isEmpty() && !rest.endsWith("\n")) {
      rest += "\n";
    }
    return rest + entry;
  }

  /** The lines, each with its line break (the last may have none). */
  private static List<String> lines(String table) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < table.length()) {
      int end = table.indexOf('\n', start);
      int next = end < 0 ? table.length() : end + 1;
      lines.add(table.substring(start, next));
      start = next;
    }
    return lines;
  }
}
