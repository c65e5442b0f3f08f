package dev.rustplan.blog;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a learner typed (or a plan wrote), made safe to drop into a post's Markdown: Hugo
 * (goldmark, typographer on, raw HTML off), Jekyll (kramdown with GFM input) and Zola
 * (pulldown-cmark, smart punctuation) all show it as written. Learners type plain text in a shell,
 * so {@code Vec<T>}, {@code a*b*c}, {@code --nocapture}, {@code &'a str} and {@code |x|} mean
 * themselves; what is Markdown on purpose stays Markdown: code spans, links and autolinks, bare
 * web addresses, {@code *emphasis*} and {@code **bold**} between words, list markers, and code
 * blocks (fenced, or indented after a blank line) inside a note of several lines.
 *
 * <p>Everything else that any of the three would read as markup is backslash-escaped; every
 * escape used is one that all three honour (and kramdown, which knows fewer, was checked for each).
 */
final class MarkdownText {

  /** A fence that opens a code block inside a note: up to three spaces, then ``` or ~~~. */
  private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*)$");

  /** A list marker the learner typed at the start of a line, before some text: "- ", "* ", "+ ", "1. ", "2) ". */
  private static final Pattern LIST_MARKER = Pattern.compile("^([-+*]|\\d{1,9}[.)])( +)(?=\\S)");

  /** A line of only = or only - signs, which would turn the line above into a heading. */
  private static final Pattern SETEXT = Pattern.compile("^(=+|-+)[ \\t]*$");

  /** An autolink as CommonMark and kramdown read it: &lt;https://...&gt; or &lt;mailto:...&gt;. */
  private static final Pattern AUTOLINK = Pattern.compile("<(?:https?://|mailto:)[^\\s<>`]+>");

  /** A bare web address, as far as Hugo's linkify would take it. */
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>]+");

  /**
   * The characters a bare address may hold to be kept as typed: none that any of the three would
   * read as markup in plain text (kramdown and pulldown-cmark do not linkify, so they see it as text).
   */
  private static final Pattern PLAIN_URL = Pattern.compile("[A-Za-z0-9/:.?=&%#+@,;!()-]+");

  /** What after an ampersand makes an entity reference, which would show as the character it names. */
  private static final Pattern ENTITY = Pattern.compile("#?[A-Za-z0-9]+;");

  /** An entity reference within a web address. */
  private static final Pattern AMP_ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

  private MarkdownText() {}

  /**
   * A note of one or more lines (\n between them, no trailing blanks), escaped line by line. Its
   * continuation lines are left unindented: putting them under a list item is the caller's job.
   */
  static String block(String note) {
    List<String> lines = note.lines().map(String::stripTrailing).toList();
    StringBuilder out = new StringBuilder();
    String openFence = null;
    boolean afterBlank = false;
    boolean inIndentedCode = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0) {
        out.append('\n');
      }
      if (openFence != null) {
        out.append(line);
        if (closes(line, openFence)) {
          openFence = null;
        }
        continue;
      }
      Matcher fence = FENCE.matcher(line);
      if (fence.matches() && isFenceOpening(fence) && closedLater(lines, i, fence.group(2))) {
        out.append(line);
        openFence = fence.group(2);
        afterBlank = false;
        continue;
      }
      if (line.isBlank()) {
        afterBlank = true;
        continue;
      }
      if (i > 0 && (afterBlank || inIndentedCode) && indentation(line) >= 4) {
        // An indented code block: what it holds is code, shown as it is.
        out.append(line);
        inIndentedCode = true;
        afterBlank = false;
        continue;
      }
      inIndentedCode = false;
      afterBlank = false;
      // The first line follows the template's "- ": a marker there would open a list inside the item.
      out.append(lineStart(line, i > 0));
    }
    return out.toString();
  }

  /** One line of text (a topic, a theme, a resource's name), escaped, a list marker at its start too. */
  static String inline(String text) {
    return lineStart(text, false);
  }

  private static boolean isFenceOpening(Matcher fence) {
    // A backtick fence's info string may not hold a backtick; otherwise it is a code span.
    return !(fence.group(2).startsWith("`") && fence.group(3).contains("`"));
  }

  private static boolean closedLater(List<String> lines, int from, String marks) {
    // An unclosed fence is a code block to CommonMark but text to kramdown: escape it as text instead.
    for (int j = from + 1; j < lines.size(); j++) {
      if (closes(lines.get(j), marks)) {
        return true;
      }
    }
    return false;
  }

  private static boolean closes(String line, String marks) {
    String stripped = line.strip();
    int lead = indentation(line);
    return lead <= 3
        && stripped.length() >= marks.length()
        && stripped.chars().allMatch(c -> c == marks.charAt(0));
  }

  private static int indentation(String line) {
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        width++;
      } else if (c == '\t') {
        width += 4 - width % 4;
      } else {
        break;
      }
    }
    return width;
  }

  /**
   * What only matters at the start of a line (list markers, headings, definitions, setext
   * underlines), then the rest. A list marker is kept where a learner's list may stand.
   */
  private static String lineStart(String line, boolean keepMarker) {
    int lead = 0;
    while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t')) {
      lead++;
    }
    String indent = line.substring(0, lead);
    String rest = line.substring(lead);
    Matcher marker = LIST_MARKER.matcher(rest);
    if (marker.find()) {
      String mark = marker.group(1);
      String kept = keepMarker ? mark : mark.substring(0, mark.length() - 1) + "\\" + mark.charAt(mark.length() - 1);
      return indent + kept + marker.group(2) + lineStart(rest.substring(marker.end()), keepMarker);
    }
    if (rest.startsWith("#")) {
      return indent + "\\#" + spans(rest.substring(1));
    }
    if (rest.startsWith(":") && (rest.length() == 1 || Character.isWhitespace(rest.charAt(1)))) {
      // Hugo and kramdown read ": text" under a line as a definition list.
      return indent + "\\:" + spans(rest.substring(1));
    }
    if (SETEXT.matcher(rest).matches()) {
      return indent + rest.strip().replaceAll("(.)", "\\\\$1");
    }
    return indent + spans(rest);
  }

  /** The inline part: code spans, links and emphasis kept, every other markup character escaped. */
  private static String spans(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int kept = switch (c) {
        case '`' -> codeSpan(text, i);
        case '<' -> matchAt(AUTOLINK, text, i);
        case '[', '!' -> link(text, i, out);
        case '*' -> emphasis(text, i, out);
        case 'h' -> bareUrl(text, i);
        default -> -1;
      };
      if (kept > 0) {
        if (c != '[' && c != '!' && c != '*') {
          out.append(text, i, kept);
        }
        i = kept;
        continue;
      }
      if (c == '`' || c == '*') {
        // A run that is neither a code span nor emphasis: every mark shown.
        int end = run(text, i, c);
        out.append(("\\" + c).repeat(end - i));
        i = end;
        continue;
      }
      escapeChar(text, i, out);
      i++;
    }
    return out.toString();
  }

  private static void escapeChar(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    switch (c) {
      case '\\', '<', '>', '[', ']', '_', '~', '|', '{', '\'', '"' -> out.append('\\').append(c);
      case '-' -> out.append(inRun(text, i, '-', 2) ? "\\-" : "-");
      case '.' -> out.append(inRun(text, i, '.', 3) ? "\\." : ".");
      case '$' -> out.append(inRun(text, i, '$', 2) ? "\\$" : "$");
      case '&' -> out.append(ENTITY.matcher(text).region(i + 1, text.length()).lookingAt() ? "&amp;" : "&");
      default -> out.append(c);
    }
  }

  /** The end of the code span starting at i (a run of backticks and the next run of the same length), or -1. */
  private static int codeSpan(String text, int i) {
    int open = run(text, i, '`') - i;
    int at = i + open;
    while (at < text.length()) {
      int next = text.indexOf('`', at);
      if (next < 0) {
        return -1;
      }
      int end = run(text, next, '`');
      if (end - next == open) {
        return end;
      }
      at = end;
    }
    return -1;
  }

  /**
   * A link or image typed on purpose, [text](destination): its text escaped like any other, its
   * destination kept. Appends it and returns where it ends, or -1 when there is none at i.
   */
  private static int link(String text, int i, StringBuilder out) {
    int open = text.charAt(i) == '!' ? i + 1 : i;
    if (open >= text.length() || text.charAt(open) != '[') {
      return -1;
    }
    int close = closingBracket(text, open);
    if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != '(') {
      return -1;
    }
    int end = text.indexOf(')', close + 2);
    if (end < 0) {
      return -1;
    }
    String destination = text.substring(close + 2, end);
    if (destination.isBlank() || !destination.strip().equals(destination) || destination.contains("(")
        || destination.chars().anyMatch(Character::isWhitespace) && !destination.matches("<[^<>]*>")) {
      return -1;
    }
    out.append(text, i, open).append('[').append(spans(text.substring(open + 1, close))).append("](")
        .append(destination).append(')');
    return end + 1;
  }

  private static int closingBracket(String text, int open) {
    int depth = 0;
    for (int j = open; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '`') {
        int span = codeSpan(text, j);
        if (span > 0) {
          j = span - 1;
          continue;
        }
      }
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  /**
   * *emphasis* or **bold** between words, as a learner types it on purpose: opened after a space or
   * the start, closed before a space, punctuation or the end, with no asterisk inside. Appends it
   * and returns where it ends, or -1 (a*b*c and 2**10 are shown as typed).
   */
  private static int emphasis(String text, int i, StringBuilder out) {
    int end = run(text, i, '*');
    int marks = end - i;
    if (marks > 2 || end >= text.length() || Character.isWhitespace(text.charAt(end))) {
      return -1;
    }
    if (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "([\"'".indexOf(text.charAt(i - 1)) < 0) {
      return -1;
    }
    int close = text.indexOf('*', end);
    if (close < 0 || run(text, close, '*') - close != marks || Character.isWhitespace(text.charAt(close - 1))) {
      return -1;
    }
    int after = close + marks;
    if (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
      return -1;
    }
    String marksText = "*".repeat(marks);
    out.append(marksText).append(spans(text.substring(end, close))).append(marksText);
    return after;
  }

  /** A bare web address with nothing in it that reads as markup, kept so that Hugo links it; else -1. */
  private static int bareUrl(String text, int i) {
    if (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
      return -1;
    }
    Matcher url = BARE_URL.matcher(text).region(i, text.length());
    if (!url.lookingAt()) {
      return -1;
    }
    String address = url.group();
    // Sentence punctuation after an address is not part of it, nor an unbalanced closing parenthesis.
    while (!address.isEmpty() && ".,;:!?".indexOf(address.charAt(address.length() - 1)) >= 0
        || address.endsWith(")") && count(address, '(') < count(address, ')')) {
      address = address.substring(0, address.length() - 1);
    }
    if (!PLAIN_URL.matcher(address).matches() || address.contains("--") || address.contains("...")
        || AMP_ENTITY.matcher(address).find()) {
      return -1;
    }
    return i + address.length();
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }

  private static int matchAt(Pattern pattern, String text, int i) {
    Matcher m = pattern.matcher(text).region(i, text.length());
    return m.lookingAt() ? m.end() : -1;
  }

  private static int run(String text, int i, char c) {
    int end = i;
    while (end < text.length() && text.charAt(end) == c) {
      end++;
    }
    return end;
  }

  private static boolean inRun(String text, int i, char c, int atLeast) {
    int start = i;
    while (start > 0 && text.charAt(start - 1) == c) {
      start--;
    }
    return run(text, start, c) - start >= atLeast;
  }
}
