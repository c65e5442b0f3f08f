package dev.rustplan.journal;

/** What the journal keeps per week: the path of its blog post once one is written (else null). */
public record WeekEntry(String blogPost, Unknown unknown) {

  public static final WeekEntry EMPTY = new WeekEntry(null, Unknown.NONE);

  /** True when the week holds nothing, unknown fields included, so the file need not hold it. */
  public boolean isBlank() {
    return blogPost == null && unknown.isEmpty();
  }

  public WeekEntry withBlogPost(String path) {
    return new WeekEntry(path, unknown);
  }
}
