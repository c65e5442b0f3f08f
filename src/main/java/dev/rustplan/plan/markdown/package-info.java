/** Reads a plan's Markdown into the model's parts: the pre-pass, the outline, the day tables, the appendices. */
package dev.rustplan.plan.markdown;
