/** The checks on a plan that need the whole outline, and the mojibake finder. */
package dev.rustplan.plan.check;
