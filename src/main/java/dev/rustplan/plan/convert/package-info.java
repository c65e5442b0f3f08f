/** Writes a loaded plan out again in rustplan's canonical Markdown or YAML shape (`rustplan plan convert`). */
package dev.rustplan.plan.convert;
