/**
 * Manual pages: rustplan(1) and a page for each command, written in man(7) troff from the same
 * picocli model as the help and completion, when the build lays out the installable tree.
 */
package dev.rustplan.cli.man;
