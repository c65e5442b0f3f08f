package dev.rustplan.store.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Unknown;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a {@link Journal} as progress.json: two-space indents, one list item per line, known keys
 * in a fixed order followed by the unknown ones as they were read, days and weeks in number order.
 * The same journal always gives the same bytes, so the file diffs and merges cleanly.
 */
public final class JournalWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JournalWriter() {}

  public static byte[] write(Journal journal) {
    return write(tree(journal));
  }

  /** A JSON document laid out as progress.json is. */
  public static byte[] write(ObjectNode document) {
    return (JsonTree.write(document) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The journal as the JSON tree progress.json holds. */
  public static ObjectNode tree(Journal j) {
    ObjectNode root = NODES.objectNode();
    root.put("schema", j.schema());
    if (!j.config().isEmpty()) {
      ObjectNode config = root.putObject("config");
      j.config().forEach(config::put);
    }
    ObjectNode plans = root.putObject("plans");
    j.plans().forEach((id, plan) -> plans.set(id, plan(plan)));
    return withUnknown(root, j.unknown());
  }

  private static ObjectNode plan(PlanJournal p) {
    ObjectNode node = NODES.objectNode();
    putDate(node, "started", p.started());
    putDate(node, "scheduleStart", p.scheduleStart());
    ObjectNode days = node.putObject("days");
    p.days().forEach((n, day) -> {
      if (!day.isBlank()) {
        days.set(Integer.toString(n), day(day));
      }
    });
    ObjectNode weeks = NODES.objectNode();
    p.weeks().forEach((n, week) -> {
      if (!week.isBlank()) {
        ObjectNode w = NODES.objectNode();
        if (week.blogPost() != null) {
          w.put("blogPost", week.blogPost());
        }
        weeks.set(Integer.toString(n), withUnknown(w, week.unknown()));
      }
    });
    if (!weeks.isEmpty()) {
      node.set("weeks", weeks);
    }
    return withUnknown(node, p.unknown());
  }

  private static ObjectNode day(DayEntry d) {
    ObjectNode node = NODES.objectNode();
    node.put("status", d.status().label());
    putDate(node, "completed", d.completed());
    if (!d.notes().isBlank()) {
      node.set("notes", notes(d.notes()));
    }
    if (d.review() != null) {
      ObjectNode review = node.putObject("review");
      putDate(review, "since", d.review().since());
      review.put("step", d.review().step());
      putDate(review, "due", d.review().due());
      putStrings(review, "reviewed", d.review().reviewed().stream().map(LocalDate::toString).toList());
      withUnknown(review, d.review().unknown());
    }
    if (d.practice() != null) {
      node.put("practice", d.practice());
    }
    return withUnknown(node, d.unknown());
  }

  private static ObjectNode notes(Notes n) {
    ObjectNode node = NODES.objectNode();
    putStrings(node, "learned", n.learned());
    if (!n.code().isEmpty()) {
      ArrayNode code = node.putArray("code");
      n.code().forEach(c -> {
        ObjectNode snippet = code.addObject();
        if (c.language() != null) {
          snippet.put("language", c.language());
        }
        snippet.put("code", c.code());
        withUnknown(snippet, c.unknown());
      });
    }
    putStrings(node, "questions", n.questions());
    putStrings(node, "resources", n.resources());
    if (!n.sessions().isEmpty()) {
      ArrayNode sessions = node.putArray("sessions");
      n.sessions().forEach(s -> {
        ObjectNode session = sessions.addObject();
        putDate(session, "date", s.date());
        session.put("minutes", s.minutes());
        withUnknown(session, s.unknown());
      });
    }
    putStrings(node, "aha", n.aha());
    putStrings(node, "struggles", n.struggles());
    return withUnknown(node, n.unknown());
  }

  private static void putStrings(ObjectNode node, String name, List<String> items) {
    if (!items.isEmpty()) {
      ArrayNode array = node.putArray(name);
      items.forEach(array::add);
    }
  }

  private static void putDate(ObjectNode node, String name, LocalDate date) {
    if (date != null) {
      node.put(name, date.toString());
    }
  }

  private static ObjectNode withUnknown(ObjectNode node, Unknown unknown) {
    unknown.fields().forEach((name, value) -> node.set(name, value.deepCopy()));
    return node;
  }
}
