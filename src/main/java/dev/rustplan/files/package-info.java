/** The one way rustplan writes a whole file, and creates files and folders readable by the learner alone. */
package dev.rustplan.files;
