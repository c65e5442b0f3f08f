/** What the journal means against the plan and the calendar: schedule, standing, streaks, attendance, reviews, the progress report. */
package dev.rustplan.progress;
