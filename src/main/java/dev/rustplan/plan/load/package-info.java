/** Loads a plan file: reads, checks and catalogs it with its metadata file (NAME.yaml), and reports what it found. */
package dev.rustplan.plan.load;
