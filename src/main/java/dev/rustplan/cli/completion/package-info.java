/**
 * Shell completion for bash, zsh and fish, generated from picocli's model of the commands (their
 * options, labels, types and completion candidates), so that a script cannot drift from the
 * commands it completes; and the plan's days and weeks, which the scripts ask for as Tab is pressed.
 */
package dev.rustplan.cli.completion;
