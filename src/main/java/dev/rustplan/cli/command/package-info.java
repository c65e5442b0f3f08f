/** The commands beyond the daily loop (plan, blog, export, undo, doctor...) and the argument types all commands share. */
package dev.rustplan.cli.command;
