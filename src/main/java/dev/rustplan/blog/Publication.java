package dev.rustplan.blog;

import dev.rustplan.plan.PlanMeta;

/**
 * What a post's text depends on about where it is published: the generator whose conventions it
 * follows (null for a plain folder: the front matter every generator reads), the address of the
 * series it belongs to, where practice projects are published, and whether its front matter may
 * carry tags.
 *
 * @param generator the site's generator, or null when the post goes into a plain folder
 * @param seriesUrl the address of the page listing the plan's posts, or null when there is none to link
 * @param practiceUrl the address practice project folders are published under, or null when they are not
 * @param tagged whether the front matter may list the tags (a Zola site must declare the taxonomy first)
 */
public record Publication(Generator generator, String seriesUrl, String practiceUrl, boolean tagged) {

  /**
   * Where the post goes: a site (or null for a plain folder), the series-url and practice-url
   * settings (null when not set), and the plan whose tags the series link may point at.
   */
  public static Publication of(Site site, String seriesUrl, String practiceUrl, PlanMeta plan) {
    boolean seriesTagged = plan.posts().tags().contains(plan.shortName());
    String series;
    if (seriesUrl != null) {
      series = seriesUrl;
    } else if (!seriesTagged) {
      // A link to a tag no post carries would be a link to nothing.
      series = null;
    } else if (site == null) {
      series = "/tags/" + plan.shortName() + "/";
    } else {
      series = site.tagsTaxonomy() ? site.tagUrl(plan.shortName()) : null;
    }
    return new Publication(site == null ? null : site.generator(), series, practiceUrl, site == null || site.tagsTaxonomy());
  }

  /** A plain folder, with no settings: what the tests of the pipeline's steps mostly need. */
  public static Publication plain(PlanMeta plan) {
    return of(null, null, null, plan);
  }
}
