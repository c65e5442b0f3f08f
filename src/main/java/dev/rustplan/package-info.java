/** What every stage shares: the exception that carries a message and an exit code, and the words for an I/O failure. */
package dev.rustplan;
