package dev.rustplan.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The message of a sync's commit: "rustplan: log 12, done 12, config blog-dir", the commands of
 * the changes since the last commit, each as its name and first argument (never a note's text,
 * which stays out of the repository's log).
 */
final class CommitMessage {

  /** At most this many commands are named; more are counted. */
  static final int NAMED = 8;

  private CommitMessage() {}

  static String of(List<String> labels) {
    Set<String> commands = new LinkedHashSet<>();
    labels.forEach(label -> commands.add(shortened(label)));
    commands.remove("");
    if (commands.isEmpty()) {
      return "rustplan: journal changes";
    }
    List<String> all = new ArrayList<>(commands);
    String named = String.join(", ", all.subList(0, Math.min(NAMED, all.size())));
    return "rustplan: " + named + (all.size() > NAMED ? " and " + (all.size() - NAMED) + " more" : "");
  }

  /** "log 12 --learned 'Pin pins'" → "log 12"; options and quoted words (note text) are left out. */
  static String shortened(String label) {
    if (label.startsWith("undo ")) {
      return "undo " + shortened(label.substring("undo ".length())); // an undo of the change named after it
    }
    List<String> words = new ArrayList<>();
    boolean skipValue = false;
    for (String word : label.split(" ")) {
      if (word.isEmpty() || word.startsWith("'")) {
        break; // a quoted word is text the learner wrote
      }
      if (word.startsWith("-")) {
        // A global option before the command takes a value (--plan FILE, --color WHEN).
        skipValue = words.isEmpty() && (word.equals("--plan") || word.equals("--color"));
        if (!words.isEmpty()) {
          break;
        }
        continue;
      }
      if (skipValue) {
        skipValue = false;
        continue;
      }
      words.add(word);
      if (words.size() == 2) {
        break;
      }
    }
    return String.join(" ", words);
  }
}
