/** The --json outputs: their keys are a contract for scripts. */
package dev.rustplan.cli.json;
