/** The journal for other tools: Markdown and CSV renderings and the file they are written to. */
package dev.rustplan.export;
