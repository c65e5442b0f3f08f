package dev.rustplan.plan;

/**
 * One resource a day names: the text as the plan wrote it and, when the plan's own link or the
 * catalog gives one, a full title and a link. An unmatched resource keeps its text as title and
 * has no url. A note is what the catalog says about the plan's words when they mislead (a label
 * that names another RFC than its number), or null.
 */
public record Resource(String text, String title, String url, String note) {

  public Resource(String text, String title, String url) {
    this(text, title, url, null);
  }

  /** A resource the catalog does not know: shown as written. */
  public static Resource unmatched(String text) {
    return new Resource(text, text, null);
  }

  public boolean resolved() {
    return url != null;
  }
}
