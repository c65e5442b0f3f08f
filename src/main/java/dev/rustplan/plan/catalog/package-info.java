/** The resource catalog: titles and links that a plan's resource cells are matched against. */
package dev.rustplan.plan.catalog;
