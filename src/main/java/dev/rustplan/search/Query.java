package dev.rustplan.search;

import dev.rustplan.RustplanException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What to look for: the learner's text, as a literal or a regular expression, ignoring case. */
public final class Query {

  private final Pattern pattern;

  private Query(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The query for this text; a regular expression that does not compile is one usage line. */
  public static Query of(String text, boolean regex) {
    if (text.isBlank()) {
      throw RustplanException.usage("give some text to search for, e.g. rustplan search Pin");
    }
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    if (!regex) {
      return new Query(Pattern.compile(Pattern.quote(text), flags));
    }
    try {
      return new Query(Pattern.compile(text, flags));
    } catch (PatternSyntaxException e) {
      String where = e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "";
      throw RustplanException.usage("'" + text + "' is not a valid regular expression: " + e.getDescription()
          + where + "; escape special characters with \\, or leave out --regex to search for the text as it is");
    }
  }

  /** Where the query matches in one line; empty when it does not. Empty matches (as of "a*") are skipped. */
  List<Hit.Span> spans(String line) {
    List<Hit.Span> spans = new ArrayList<>();
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      if (m.end() > m.start()) {
        spans.add(new Hit.Span(m.start(), m.end()));
      }
    }
    return spans;
  }
}
