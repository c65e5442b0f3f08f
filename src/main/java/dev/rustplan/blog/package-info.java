/** The weekly post: the week's notes into a context, rendered from the Appendix D template, written as a file. */
package dev.rustplan.blog;
