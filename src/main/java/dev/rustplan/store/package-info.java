/** The journal on disk: the locked read-modify-write store, its history, undo and the report doctor reads. */
package dev.rustplan.store;
