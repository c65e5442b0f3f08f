/** The plan as a model: phases, weeks, days, resources, appendices and its metadata (name, budget, posts), and the findings about a plan file. */
package dev.rustplan.plan;
