package dev.rustplan.testing;

import dev.rustplan.cli.text.TextWrap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a screen laid out for a width must hold to: every line fits, but for a word longer than a
 * line (a URL, a path), which keeps a line of its own; and no word is broken, which shows as a word
 * of the narrow screen that the wide one does not have (a wrap inside "self-referential" leaves
 * "self-" and "referential").
 */
public final class ScreenLines {

  private ScreenLines() {}

  /** The lines wider than {@code width} that are more than one word (after the indent and a bullet). */
  public static List<String> overlong(String screen, int width) {
    List<String> found = new ArrayList<>();
    for (String line : screen.split("\n", -1)) {
      if (TextWrap.width(line) <= width) {
        continue;
      }
      List<String> words = new ArrayList<>(Arrays.asList(line.strip().split(" +")));
      if (words.size() == 2 && TextWrap.width(words.get(0)) <= 2 && words.get(0).codePoints().noneMatch(Character::isLetterOrDigit)) {
        words.remove(0); // "• https://..." : a bullet and the one long word
      }
      if (words.size() > 1) {
        found.add("(" + TextWrap.width(line) + " columns) " + line);
      }
    }
    return found;
  }

  /**
   * The words of {@code narrow} that {@code wide} does not have, table rules (────) and bars
   * (█████▍, of the block elements) aside: both are drawn to the width.
   */
  public static List<String> brokenWords(String narrow, String wide) {
    Set<String> known = new HashSet<>(words(wide));
    return words(narrow).stream().filter(w -> !known.contains(w)).distinct().toList();
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty() && !w.matches("\u2500+") && !w.matches("[\u2588-\u258F]+")).toList();
  }
}
