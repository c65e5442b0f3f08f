/** The command line: the entry point, the one CommandLine factory, the process's environment, global options. */
package dev.rustplan.cli;
