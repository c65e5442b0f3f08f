package dev.rustplan.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plan is called and how it is used, beyond its days: its display name, its short name,
 * the daily time budget and how its weekly posts are titled and tagged. It comes from the plan's
 * metadata file (NAME.yaml beside NAME.md), with defaults for whatever that file leaves out or
 * when there is none; a plan's Markdown is often a blog post whose headings name the post, not
 * the plan, which is why the name can be given apart from it.
 *
 * @param name the display name every header shows ("100 Days of Rust")
 * @param shortName a slug for file names ("100-days-of-rust"): lower-case letters, digits and single hyphens
 * @param budget the minutes a day is meant to take
 * @param posts how the weekly posts are titled and tagged
 */
public record PlanMeta(String name, String shortName, Budget budget, Posts posts) {

  /** What a day takes when the plan says nothing else: the bundled plan's 30-45 minutes. */
  public static final Budget DEFAULT_BUDGET = new Budget(30, 45);

  /** A post's title when the plan says nothing else. */
  public static final String DEFAULT_POST_TITLE = "{name}: Week {week} - {theme}";

  /** The placeholders a post title may hold. */
  public static final List<String> PLACEHOLDERS = List.of("name", "short", "week", "theme");

  /** What a short name may look like: it goes into file names and links, so nothing that needs escaping. */
  public static final Pattern SHORT_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)\\}");

  public PlanMeta {
    if (!SHORT_NAME.matcher(shortName).matches()) {
      // Callers validate first; this guards the promise that a post's file name is always safe.
      throw new IllegalArgumentException("not a short name: " + shortName);
    }
  }

  /** A plan without a metadata file: its name and short name as known, everything else by default. */
  public static PlanMeta defaults(String name, String shortName) {
    return new PlanMeta(name, shortName, DEFAULT_BUDGET, Posts.defaults(shortName));
  }

  /** A post's file name: the date, the short name and the week, so that it is always a plain, safe name. */
  public String postFileName(String date, int week) {
    return date + "-" + shortName + "-week-" + week + ".md";
  }

  /** A week's post title: the pattern with its placeholders filled in. */
  public String postTitle(int week, String theme) {
    Matcher m = PLACEHOLDER.matcher(posts.title());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "name" -> name;
            case "short" -> shortName;
            case "week" -> Integer.toString(week);
            case "theme" -> theme;
            default -> m.group(); // refused when the file is read; kept as written if built by hand
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The placeholders in a title pattern that are not among {@link #PLACEHOLDERS}, in order. */
  public static List<String> unknownPlaceholders(String pattern) {
    return PLACEHOLDER.matcher(pattern).results()
        .map(r -> r.group(1))
        .filter(p -> !PLACEHOLDERS.contains(p))
        .toList();
  }

  /**
   * The minutes a day of the plan is meant to take, from min to max (equal for a single figure).
   * Kept as numbers, not text, so that a view can mark them on a bar of the minutes logged.
   */
  public record Budget(int minMinutes, int maxMinutes) {

    /** At most a day's minutes, as `log --minutes` allows. */
    public static final int MOST = 1440;

    public Budget {
      if (minMinutes < 1 || maxMinutes > MOST || minMinutes > maxMinutes) {
        throw new IllegalArgumentException("not a budget: " + minMinutes + "-" + maxMinutes);
      }
    }

    /** "30-45 minutes", or "30 minutes" when both ends are the same. */
    public String text() {
      return (minMinutes == maxMinutes ? Integer.toString(minMinutes) : minMinutes + "-" + maxMinutes) + " minutes";
    }
  }

  /**
   * How the weekly posts are titled and tagged.
   *
   * @param title the title pattern, with the placeholders {name}, {short}, {week} and {theme}
   * @param tags the front matter's tags, in order
   */
  public record Posts(String title, List<String> tags) {

    public Posts {
      tags = List.copyOf(tags);
    }

    /** The title by default; the tags rustplan has always written, the plan's short name last. */
    public static Posts defaults(String shortName) {
      return new Posts(DEFAULT_POST_TITLE, List.of("rust", "learning", shortName));
    }
  }
}
