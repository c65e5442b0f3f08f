/**
 * Loads a plan file, Markdown or YAML: reads, checks and catalogs it with its metadata (NAME.yaml
 * beside a Markdown plan; a YAML plan's own keys), and reports what it found.
 */
package dev.rustplan.plan.load;
