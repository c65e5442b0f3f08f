/**
 * The weekly post: the week's notes into a context, rendered from the Appendix D template, written
 * as a file (WeekPosts → WeekPost → PostContext → PostTemplate → PostRenderer → PostFile), with
 * what the notes and the file depend on about where the post is published: a Hugo, Jekyll or Zola
 * site found from its configuration (Site), the links that resolve there (Publication), and text
 * escaped so that every generator shows it as typed (MarkdownText).
 */
package dev.rustplan.blog;
