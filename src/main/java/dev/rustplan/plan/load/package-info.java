/** Loads a plan file: reads, checks and catalogs it, and reports what it found. */
package dev.rustplan.plan.load;
