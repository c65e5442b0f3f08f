/**
 * rustplan in the learner's shell and desktop: the prompt snippets, and the daily reminder's job
 * (a systemd user timer, a crontab line or a launchd agent), its time, its installation beside the
 * learner's own jobs, and the notification it shows.
 */
package dev.rustplan.desktop;
