package dev.rustplan.blog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backtick fence around one code snippet: one backtick longer than the longest run of
 * backticks in the code (at least three), so that no snippet can close its own fence early.
 */
record Fence(String marks, String info) {

  private static final Pattern BACKTICKS = Pattern.compile("`+");

  // An info string may not hold a backtick, and only its first word names the language.
  private static final Pattern LANGUAGE = Pattern.compile("[^`\\s]+");

  static Fence around(String code, String language) {
    int longest = 0;
    Matcher run = BACKTICKS.matcher(code);
    while (run.find()) {
      longest = Math.max(longest, run.end() - run.start());
    }
    return new Fence("`".repeat(Math.max(3, longest + 1)), info(language));
  }

  private static String info(String language) {
    if (language == null) {
      return "";
    }
    Matcher word = LANGUAGE.matcher(language);
    return word.find() ? word.group() : "";
  }
}
