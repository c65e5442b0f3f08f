package dev.rustplan.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built page read as a reader sees it: the text a browser shows (comments, scripts and tags
 * gone, entities decoded), and the code blocks with their language. Good enough for the HTML that
 * Hugo, Jekyll and commonmark write, which is all it is given.
 */
final class PageText {

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern HIDDEN = Pattern.compile("<(script|style|template)\\b.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK_TAG =
      Pattern.compile("</?(p|li|ul|ol|h[1-6]|pre|div|br|tr|td|th|table|dl|dt|dd|blockquote|hr|article)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("amp", "&"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
      Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("hellip", "…"), Map.entry("laquo", "«"), Map.entry("raquo", "»"));

  /** A code block as the page has it: the language its class names (null if none) and the code shown. */
  record CodeBlock(String language, String code) {}

  private PageText() {}

  /** The part of html between the first start marker and the next end marker after it. */
  static String between(String html, String start, String end) {
    int from = html.indexOf(start);
    if (from < 0) {
      throw new AssertionError("no " + start + " in the page:\n" + html);
    }
    int to = html.indexOf(end, from + start.length());
    if (to < 0) {
      throw new AssertionError("no " + end + " after " + start + " in the page:\n" + html);
    }
    return html.substring(from + start.length(), to);
  }

  /** What a browser shows of this HTML, one line per block, spaces as they are within a line. */
  static String visible(String html) {
    String text = COMMENT.matcher(html).replaceAll("");
    text = HIDDEN.matcher(text).replaceAll("");
    text = BLOCK_TAG.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = decode(text);
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return String.join("\n", lines);
  }

  /** Text with every run of white space, line breaks included, as one space: how prose reads in a browser. */
  static String flat(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The code blocks of html, in order: Hugo's and commonmark's class on code, Jekyll's on the div around it. */
  static List<CodeBlock> codeBlocks(String html) {
    List<CodeBlock> blocks = new ArrayList<>();
    Matcher pre = Pattern.compile("(?:<div class=\"language-([^\" ]+)[^\"]*\">\\s*<div class=\"highlight\">\\s*)?<pre[^>]*>\\s*<code([^>]*)>(.*?)</code>\\s*</pre>", Pattern.DOTALL)
        .matcher(html);
    while (pre.find()) {
      String language = pre.group(1);
      Matcher cls = Pattern.compile("class=\"language-([^\" ]+)").matcher(pre.group(2));
      if (language == null && cls.find()) {
        language = cls.group(1);
      }
      blocks.add(new CodeBlock(language, decode(TAG.matcher(pre.group(3)).replaceAll(""))));
    }
    return blocks;
  }

  /** The text of every heading in html, in order. */
  static List<String> headings(String html) {
    List<String> found = new ArrayList<>();
    Matcher h = Pattern.compile("<h[1-6]\\b[^>]*>(.*?)</h[1-6]>", Pattern.DOTALL).matcher(html);
    while (h.find()) {
      found.add(visible(h.group(1)));
    }
    return found;
  }

  /** The href of every link in html, in order. */
  static List<String> links(String html) {
    List<String> hrefs = new ArrayList<>();
    Matcher a = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"").matcher(html);
    while (a.find()) {
      hrefs.add(decode(a.group(1)));
    }
    return hrefs;
  }

  /** The elements of this name in html that are real elements (not text): what a browser would run or build. */
  static boolean hasElement(String html, String name) {
    return Pattern.compile("<" + name + "\\b", Pattern.CASE_INSENSITIVE).matcher(html).find();
  }

  static String decode(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (name.startsWith("#x")) {
        value = new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
      } else if (name.startsWith("#")) {
        value = new String(Character.toChars(Integer.parseInt(name.substring(1))));
      } else {
        value = NAMED.getOrDefault(name, m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
