/** Terminal rendering: views that return Strings, wrapping, tables, style and colour. */
package dev.rustplan.cli.text;
