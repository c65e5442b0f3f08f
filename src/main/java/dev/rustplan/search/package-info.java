/** Finds text in the plan and in the learner's notes. */
package dev.rustplan.search;
