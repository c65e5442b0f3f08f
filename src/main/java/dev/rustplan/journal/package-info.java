/** The journal's records (days, notes, sessions, weeks) and the pure changes and merges on them. */
package dev.rustplan.journal;
