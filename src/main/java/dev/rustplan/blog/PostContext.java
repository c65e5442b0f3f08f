package dev.rustplan.blog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a {@link WeekPost} into the values a post template sees. These names are the template's
 * vocabulary (the README lists them); they stay stable whatever the Java records are called.
 * Text is made safe to drop into Markdown here ({@link MarkdownText}: what was typed is what a
 * reader of the published page sees), so that the template stays plain. Front-matter values are
 * quoted instead, and code is never touched.
 */
final class PostContext {

  /** A tag that starts with a letter, or digits and a hyphen before a letter: never a number or a date. */
  private static final Pattern PLAIN_TAG = Pattern.compile("[A-Za-z][A-Za-z0-9-]*|[0-9]+-[A-Za-z][A-Za-z0-9-]*");

  /** Words YAML 1.1 or 1.2 reads as booleans or null. */
  private static final Pattern YAML_WORDS =
      Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null");

  private PostContext() {}

  static Map<String, Object> of(WeekPost post) {
    Map<String, Object> values = new LinkedHashMap<>();
    Publication publication = post.publication();
    values.put("yaml", post.frontMatter() == FrontMatter.YAML);
    values.put("toml", post.frontMatter() == FrontMatter.TOML);
    values.put("hugo", publication.generator() == Generator.HUGO);
    values.put("jekyll", publication.generator() == Generator.JEKYLL);
    values.put("zola", publication.generator() == Generator.ZOLA);
    values.put("tagged", publication.tagged());
    // false rather than null: a section over it then renders its inverted part, the series named without a link.
    values.put("seriesUrl", publication.seriesUrl() == null ? false : address(publication.seriesUrl()));
    values.put("title", post.title());
    values.put("titleQuoted", Quoted.of(post.title()));
    values.put("date", post.date().toString());
    values.put("planName", text(post.plan().name()));
    values.put("planShort", post.plan().shortName());
    values.put("tags", post.plan().posts().tags());
    values.put("tagsYaml", tagsYaml(post.plan().posts().tags()));
    values.put("tagsToml", tagsToml(post.plan().posts().tags()));
    values.put("week", post.week());
    values.put("theme", text(post.theme()));
    values.put("phase", text(post.phase()));
    values.put("firstDay", post.firstDay());
    values.put("lastDay", post.lastDay());
    values.put("dayCount", post.days().size());
    values.put("daysDone", post.daysDone());
    values.put("minutes", post.minutes());
    values.put("planDays", post.planDays());
    values.put("days", post.days().stream().map(PostContext::day).toList());
    values.put("snippets", post.snippets().stream().filter(s -> !isBlank(s.code())).map(PostContext::snippet).toList());
    values.put("aha", items(post.aha()));
    values.put("struggles", items(post.struggles()));
    values.put("resources", resources(post.resources()));
    values.put("questions", items(post.questions()));
    values.put("projects", post.projects().stream().map(PostContext::project).toList());
    // false rather than null: a template section over it then renders its inverted part.
    values.put("next", post.next() == null ? false : next(post.next()));
    // false unless the post shows its progress card (PostRenderer): a section over it then renders nothing.
    values.put("card", false);
    return values;
  }

  /** An address as a link destination, for the renderer's card. */
  static String linkDestination(String url) {
    return address(url);
  }

  /**
   * "[rust, learning, 100-days-of-rust]": a YAML flow sequence, each tag plain where YAML reads it
   * back as that text (not as a number, date, boolean or null), else quoted.
   */
  private static String tagsYaml(List<String> tags) {
    return tags.stream()
        .map(tag -> PLAIN_TAG.matcher(tag).matches() && !YAML_WORDS.matcher(tag).matches() ? tag : Quoted.of(tag))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** ["rust", "learning"]: a TOML array, every string quoted as TOML wants. */
  private static String tagsToml(List<String> tags) {
    return tags.stream().map(Quoted::of).collect(Collectors.joining(", ", "[", "]"));
  }

  private static Map<String, Object> day(WeekPost.DayNotes day) {
    return Map.of("day", day.day(), "topic", text(day.topic()), "learned", items(day.learned()), "skipped", day.skipped());
  }

  private static Map<String, Object> snippet(WeekPost.Snippet snippet) {
    // Blank lines around the code say nothing; its indentation does, so it stays.
    String code = trimEnd(normalize(snippet.code())).replaceFirst("^([ \\t]*\\n)+", "");
    Fence fence = Fence.around(code, snippet.language());
    return Map.of(
        "day", snippet.day(),
        "language", fence.info(),
        "fence", fence.marks(),
        "code", code);
  }

  /**
   * A practice project: its name as text, its local path (and that path as a link destination, in
   * angle brackets to keep a path with spaces whole, for templates written before url), and its
   * published address as a link destination, or false when it has none.
   */
  private static Map<String, Object> project(WeekPost.Project project) {
    return Map.of(
        "day", project.day(),
        "name", text(project.name()),
        "path", project.path(),
        "link", destination(project.path()),
        "url", project.url() == null ? false : address(project.url()));
  }

  /** An address as a link destination: as it is, unless it holds what would end one early. */
  private static String address(String url) {
    return url.matches("[^\\s()<>]+") ? url : destination(url);
  }

  /** An address as a Markdown link destination: in angle brackets, which keep spaces and parentheses in. */
  private static String destination(String address) {
    return "<" + address.replace("<", "%3C").replace(">", "%3E") + ">";
  }

  /** Most used first; equally used ones keep the order they came in. */
  private static List<Map<String, Object>> resources(List<WeekPost.ResourceUse> uses) {
    return uses.stream()
        .filter(use -> !isBlank(use.name()))
        .sorted(Comparator.comparingInt(WeekPost.ResourceUse::days).reversed())
        .map(
            use ->
                Map.<String, Object>of(
                    "name", text(use.name()),
                    "days", use.days(),
                    "usage", "used on " + use.days() + (use.days() == 1 ? " day" : " days")))
        .toList();
  }

  private static Map<String, Object> next(WeekPost.NextWeek next) {
    List<Map<String, Object>> days =
        next.days().stream()
            .map(d -> Map.<String, Object>of("day", d.day(), "topic", text(d.topic())))
            .toList();
    return Map.of("week", next.week(), "theme", text(next.theme()), "days", days);
  }

  /**
   * Notes ready to follow "- ": continuation lines are indented so that they stay inside their
   * list item, which also keeps an unclosed fence in a note from swallowing the rest of the post.
   */
  private static List<String> items(List<String> notes) {
    return notes.stream()
        .filter(Objects::nonNull)
        .map(PostContext::normalize)
        .map(PostContext::trimEnd)
        .filter(note -> !note.isBlank())
        .map(note -> MarkdownText.block(note.strip()))
        .map(PostContext::indentContinuation)
        .toList();
  }

  private static String indentContinuation(String note) {
    List<String> lines = note.lines().toList();
    StringBuilder out = new StringBuilder(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      out.append('\n').append(line.isBlank() ? "" : "  " + line);
    }
    return out.toString();
  }

  /** Text that stands on one line of the post (a topic, a name), as a reader is to see it. */
  private static String text(String text) {
    return MarkdownText.inline(oneLine(text));
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String normalize(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String trimEnd(String text) {
    return text.stripTrailing();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
