/** Reads a plan written in YAML (phases optional, weeks of days) into the same model as a Markdown plan. */
package dev.rustplan.plan.yaml;
