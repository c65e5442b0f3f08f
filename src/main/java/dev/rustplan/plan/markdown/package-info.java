/**
 * Reads a plan's Markdown into the model's parts: the pre-pass, the outline (phase, week and day
 * headings in the shapes chatbots write them), tables of days and days written as text, resource
 * cells and their own links, the budget a plan states, the appendices.
 */
package dev.rustplan.plan.markdown;
