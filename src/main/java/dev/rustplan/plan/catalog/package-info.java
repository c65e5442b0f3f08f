/** The resource catalog: titles and links that a plan's resource cells are matched against, when a piece gives none itself. */
package dev.rustplan.plan.catalog;
