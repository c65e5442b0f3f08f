/** The note document of log --edit: rendered from a day's notes, parsed back, merged in. */
package dev.rustplan.note;
