/** The report: the whole journey as one self-contained HTML page (inline CSS and SVG, no script), returned as text. */
package dev.rustplan.report;
