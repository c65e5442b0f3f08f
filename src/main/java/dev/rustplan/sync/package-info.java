/**
 * Two machines kept in step with git: the data folder as a repository whose journal git merges
 * with rustplan's own three-way merge (`sync init`, `sync`, the `merge-driver` git runs).
 */
package dev.rustplan.sync;
