package dev.rustplan.store.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Review;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.StudyTimer;
import dev.rustplan.journal.Unknown;
import dev.rustplan.journal.WeekEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Journal} as progress.json: two-space indents, one list item per line, known keys
 * in a fixed order followed by the unknown ones as they were read, days and weeks in number order.
 * The same journal always gives the same bytes, so the file diffs and merges cleanly.
 *
 * <p>It streams from the records straight into the output, never through a tree or a String of
 * the whole file: a 50 MB journal written that way once took four copies of itself in memory.
 */
public final class JournalWriter {

  private JournalWriter() {}

  public static byte[] write(Journal journal) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(journal, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("a journal always serializes to bytes", e);
    }
    return bytes.toByteArray();
  }

  /** The journal's bytes as progress.json holds them, streamed into out (left open). */
  public static void write(Journal journal, OutputStream out) throws IOException {
    // UTF-8 through a Writer, as String.getBytes encodes: a lone surrogate (which a \ud800 escape
    // in a hand-edited file can give) becomes '?' exactly as it always did.
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (JsonGenerator g = JsonTree.generator(text, true)) {
      journal(g, journal);
    }
    text.write('\n');
    text.flush();
  }

  /** A JSON document laid out as progress.json is. */
  public static byte[] write(ObjectNode document) {
    return (JsonTree.write(document) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The journal as the JSON tree progress.json holds (read back from its bytes: one layout, one writer). */
  public static ObjectNode tree(Journal j) {
    try {
      return (ObjectNode) JsonTree.read(write(j));
    } catch (IOException e) {
      throw new UncheckedIOException("rustplan reads what it writes", e);
    }
  }

  /** The journal as one JSON object, at the top of progress.json or inside an export. */
  static void journal(JsonGenerator g, Journal j) throws IOException {
    Fields f = new Fields(g);
    g.writeStartObject();
    f.number("schema", j.schema());
    if (!j.config().isEmpty()) {
      f.name("config");
      g.writeStartObject();
      for (Map.Entry<String, String> setting : j.config().entrySet()) {
        g.writeStringField(setting.getKey(), setting.getValue());
      }
      g.writeEndObject();
    }
    f.name("plans");
    g.writeStartObject();
    for (Map.Entry<String, PlanJournal> plan : j.plans().entrySet()) {
      g.writeFieldName(plan.getKey());
      plan(g, plan.getValue());
    }
    g.writeEndObject();
    f.end(j.unknown());
  }

  private static void plan(JsonGenerator g, PlanJournal p) throws IOException {
    Fields f = new Fields(g);
    g.writeStartObject();
    f.date("started", p.started());
    f.date("scheduleStart", p.scheduleStart());
    f.name("days");
    g.writeStartObject();
    for (Map.Entry<Integer, DayEntry> day : p.days().entrySet()) {
      if (!day.getValue().isBlank()) {
        g.writeFieldName(Integer.toString(day.getKey()));
        day(g, day.getValue());
      }
    }
    g.writeEndObject();
    boolean weeks = false;
    for (Map.Entry<Integer, WeekEntry> entry : p.weeks().entrySet()) {
      WeekEntry week = entry.getValue();
      if (week.isBlank()) {
        continue;
      }
      if (!weeks) {
        f.name("weeks");
        g.writeStartObject();
        weeks = true;
      }
      g.writeFieldName(Integer.toString(entry.getKey()));
      Fields w = new Fields(g);
      g.writeStartObject();
      w.string("blogPost", week.blogPost());
      w.end(week.unknown());
    }
    if (weeks) {
      g.writeEndObject();
    }
    StudyTimer study = p.study();
    if (study != null) {
      f.name("study");
      Fields s = new Fields(g);
      g.writeStartObject();
      s.number("day", study.day());
      s.date("date", study.date());
      s.string("started", study.started().toString());
      if (study.pausedSeconds() > 0) {
        s.name("pausedSeconds");
        g.writeNumber(study.pausedSeconds());
      }
      if (study.pausedSince() != null) {
        s.string("pausedSince", study.pausedSince().toString());
      }
      s.end(study.unknown());
    }
    f.end(p.unknown());
  }

  private static void day(JsonGenerator g, DayEntry d) throws IOException {
    Fields f = new Fields(g);
    g.writeStartObject();
    f.string("status", d.status().label());
    f.date("completed", d.completed());
    if (!d.notes().isBlank()) {
      f.name("notes");
      notes(g, d.notes());
    }
    if (d.review() != null) {
      f.name("review");
      review(g, d.review());
    }
    f.string("practice", d.practice());
    f.end(d.unknown());
  }

  private static void review(JsonGenerator g, Review r) throws IOException {
    Fields f = new Fields(g);
    g.writeStartObject();
    f.date("since", r.since());
    f.number("step", r.step());
    f.date("due", r.due());
    if (!r.reviewed().isEmpty()) {
      f.name("reviewed");
      g.writeStartArray();
      for (LocalDate date : r.reviewed()) {
        g.writeString(date.toString());
      }
      g.writeEndArray();
    }
    f.end(r.unknown());
  }

  private static void notes(JsonGenerator g, Notes n) throws IOException {
    Fields f = new Fields(g);
    g.writeStartObject();
    f.strings("learned", n.learned());
    if (!n.code().isEmpty()) {
      f.name("code");
      g.writeStartArray();
      for (CodeSnippet c : n.code()) {
        Fields s = new Fields(g);
        g.writeStartObject();
        s.string("language", c.language());
        s.name("code");
        g.writeString(c.code()); // always there; a null (which no read gives) as JSON's null
        s.end(c.unknown());
      }
      g.writeEndArray();
    }
    f.strings("questions", n.questions());
    f.strings("resources", n.resources());
    if (!n.sessions().isEmpty()) {
      f.name("sessions");
      g.writeStartArray();
      for (Session session : n.sessions()) {
        Fields s = new Fields(g);
        g.writeStartObject();
        s.date("date", session.date());
        s.number("minutes", session.minutes());
        s.end(session.unknown());
      }
      g.writeEndArray();
    }
    f.strings("aha", n.aha());
    f.strings("struggles", n.struggles());
    f.end(n.unknown());
  }

  /**
   * The members of one object being written: the known ones in their order, then the unknown ones
   * as they were read. An unknown field never repeats a name written before it (the reader never
   * makes one; a repeated key would make a file the reader refuses), so each name is written once.
   */
  private static final class Fields {
    private final JsonGenerator g;
    private Set<String> written;

    Fields(JsonGenerator g) {
      this.g = g;
    }

    void name(String name) throws IOException {
      if (written == null) {
        written = new HashSet<>();
      }
      written.add(name);
      g.writeFieldName(name);
    }

    void string(String name, String value) throws IOException {
      if (value != null) {
        name(name);
        g.writeString(value);
      }
    }

    void number(String name, int value) throws IOException {
      name(name);
      g.writeNumber(value);
    }

    void date(String name, LocalDate date) throws IOException {
      if (date != null) {
        string(name, date.toString());
      }
    }

    void strings(String name, List<String> items) throws IOException {
      if (!items.isEmpty()) {
        name(name);
        g.writeStartArray();
        for (String item : items) {
          g.writeString(item);
        }
        g.writeEndArray();
      }
    }

    /** The unknown fields, then the object's end. */
    void end(Unknown unknown) throws IOException {
      for (Map.Entry<String, JsonNode> field : unknown.fields().entrySet()) {
        if (written == null || !written.contains(field.getKey())) {
          g.writeFieldName(field.getKey());
          JsonTree.value(g, field.getValue());
        }
      }
      g.writeEndObject();
    }
  }
}
