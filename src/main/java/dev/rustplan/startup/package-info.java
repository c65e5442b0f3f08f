/** What exists for start-up time: the plan cache, the journal digest, the output cache and the launcher's archive. */
package dev.rustplan.startup;
