/** The commands of the daily loop (start, today, log, done, skip, show, week, review...) and the note editor they open. */
package dev.rustplan.cli.command.daily;
