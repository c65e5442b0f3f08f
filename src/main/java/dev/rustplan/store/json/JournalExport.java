package dev.rustplan.store.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rustplan.RustplanException;
import dev.rustplan.journal.Journal;
import dev.rustplan.store.JournalFault;
import dev.rustplan.store.json.JsonFields.ShapeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The whole journal as a versioned JSON document, for other tools and for `import`:
 * {"format": "rustplan-journal", "version": 1, "exported": "YYYY-MM-DD", "journal": {...}}, where
 * "journal" is exactly what progress.json holds (its schema, settings and every plan's progress).
 */
public final class JournalExport {

  /** What the document says it is, so that `import` refuses any other JSON with a clear line. */
  public static final String FORMAT = "rustplan-journal";

  /** The version of this document's layout; a higher one is refused, never misread. */
  public static final int VERSION = 1;

  private JournalExport() {}

  public static byte[] write(Journal journal, LocalDate exported) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(journal, exported, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("an export always serializes to bytes", e);
    }
    return bytes.toByteArray();
  }

  /** The export streamed into out (left open): a journal of any size costs no copy of itself in memory. */
  public static void write(Journal journal, LocalDate exported, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(journal, exported, text);
    text.flush();
  }

  /** The export as text streamed into out (left open, flushed), for a command's own writer. */
  public static void write(Journal journal, LocalDate exported, Writer out) throws IOException {
    try (JsonGenerator g = JsonTree.generator(out, true)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", VERSION);
      g.writeStringField("exported", exported.toString());
      g.writeFieldName("journal");
      JournalWriter.journal(g, journal);
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * The journal in an export (or in a progress.json itself); a fault is one line naming
   * {@code named} (the file as the learner gave it) with the line and column, and nothing else.
   */
  public static Journal read(byte[] bytes, String named) {
    try {
      return JournalReader.read(bytes, root -> {
        JsonFields f = JsonFields.of(root, JsonFields.Where.ROOT, "an export of the journal");
        if (root.has("schema") && !root.has("format")) {
          return JournalReader.journal(f);
        }
        String format = f.string("format");
        if (!FORMAT.equals(format)) {
          throw new ShapeException(format == null ? f.pointer() : f.pointer("format"), (format == null
              ? "no \"format\"" : "\"format\" is \"" + format + "\"") + ": this is not an export of a rustplan journal"
              + " (rustplan export --format json makes one)");
        }
        int version = f.integer("version", -1);
        if (version > VERSION) {
          throw new ShapeException(f.pointer("version"),
              "export version " + version + " is newer than this rustplan reads (" + VERSION + "); upgrade rustplan", true);
        }
        if (version < 1) {
          throw new ShapeException(version == -1 ? f.pointer() : f.pointer("version"),
              "\"version\" must be a whole number from 1 to " + VERSION);
        }
        f.date("exported");
        JsonFields journal = f.optionalObject("journal");
        if (journal == null) {
          throw new ShapeException(f.pointer(), "no \"journal\" in the export: nothing to import");
        }
        return JournalReader.journal(journal);
      });
    } catch (JournalFault fault) {
      throw RustplanException.failure(named + ":" + fault.line() + ":" + fault.column() + ": "
          + fault.getMessage().replaceAll("\\s*\\R\\s*", " ") + "; nothing was imported");
    }
  }
}
