package dev.rustplan.plan.catalog;

/**
 * One resource of a cell before the catalog sees it: the Markdown as written, the words it shows
 * (a link's text, not its syntax; "name" of "name (https://...)"), and the link it gives itself,
 * which no catalog overrides.
 *
 * @param text the piece's Markdown as the plan wrote it ("[MDN: Caching](https://...)")
 * @param label what it reads as, link syntax taken out ("MDN: Caching")
 * @param url the piece's own link, or null
 */
public record Piece(String text, String label, String url) {

  /** A piece with no link of its own: it reads as written. */
  public static Piece plain(String text) {
    return new Piece(text, text, null);
  }
}
