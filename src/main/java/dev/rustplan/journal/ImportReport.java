package dev.rustplan.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What an import added to the journal, counted for the line `import` prints. */
public final class ImportReport {

  private int started;
  private int notes;
  private int sessions;
  private int statuses;
  private int reviews;
  private int practice;
  private int blogPosts;
  private int settings;
  private final Set<String> days = new TreeSet<>();

  void started() {
    started++;
  }

  void notes(String plan, int day, int n) {
    notes += n;
    touched(plan, day, n);
  }

  void sessions(String plan, int day, int n) {
    sessions += n;
    touched(plan, day, n);
  }

  void status(String plan, int day) {
    statuses++;
    touched(plan, day, 1);
  }

  void review(String plan, int day) {
    reviews++;
    touched(plan, day, 1);
  }

  void practice(String plan, int day) {
    practice++;
    touched(plan, day, 1);
  }

  void blogPost() {
    blogPosts++;
  }

  void setting() {
    settings++;
  }

  private void touched(String plan, int day, int n) {
    if (n > 0) {
      days.add(plan + "/" + day);
    }
  }

  /** Nothing was added: everything in the file was already in the journal. */
  public boolean isEmpty() {
    return parts().isEmpty();
  }

  /** "23 notes, 9 study sessions, 7 statuses and 2 settings, on 9 days". */
  public String summary() {
    List<String> parts = parts();
    String list = parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    return days.isEmpty() ? list : list + ", on " + count(days.size(), "day", "days");
  }

  private List<String> parts() {
    List<String> parts = new ArrayList<>();
    add(parts, started, "start date", "start dates");
    add(parts, notes, "note", "notes");
    add(parts, sessions, "study session", "study sessions");
    add(parts, statuses, "day's status", "days' statuses");
    add(parts, reviews, "review", "reviews");
    add(parts, practice, "practice project", "practice projects");
    add(parts, blogPosts, "blog post", "blog posts");
    add(parts, settings, "setting", "settings");
    return parts;
  }

  private static void add(List<String> parts, int n, String one, String many) {
    if (n > 0) {
      parts.add(count(n, one, many));
    }
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
