/** The journal's JSON codec: reading with unknown fields kept, writing in a stable layout, the export format. */
package dev.rustplan.store.json;
