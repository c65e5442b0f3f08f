package dev.rustplan.plan;

/**
 * One resource a day names: the text as the plan wrote it and, when the catalog knows it, a full
 * title and a link. An unmatched resource keeps its text as title and has no url.
 */
public record Resource(String text, String title, String url) {

  /** A resource the catalog does not know: shown as written. */
  public static Resource unmatched(String text) {
    return new Resource(text, text, null);
  }

  public boolean resolved() {
    return url != null;
  }
}
