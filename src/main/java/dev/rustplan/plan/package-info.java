/** The plan as a model: phases, weeks, days, resources and appendices, and the findings about a plan file. */
package dev.rustplan.plan;
