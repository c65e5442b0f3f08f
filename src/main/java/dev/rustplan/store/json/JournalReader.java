package dev.rustplan.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import dev.rustplan.journal.StudyTimer;
import dev.rustplan.journal.WeekEntry;
import dev.rustplan.journal.Review;
import dev.rustplan.store.JournalFault;
import dev.rustplan.store.json.JsonFields.ShapeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the bytes of progress.json into a {@link Journal}. Every fault, of syntax or of shape,
 * comes out as a {@link JournalFault} with the line and column it was found at.
 *
 * <p>A file is read as a stream, never whole into memory first: the records then hold the journal's
 * text once, and the file's bytes are not held beside them.
 */
public final class JournalReader {

  /**
   * Where a journal's bytes come from, opened once to read it and once more only to locate a
   * fault of shape (the tree does not keep where its values were). An I/O failure of the source
   * comes out as an {@link UncheckedIOException}: it is no fault of the file's content.
   */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  private JournalReader() {}

  public static Journal read(byte[] bytes) {
    return read(bytes, JOURNAL);
  }

  /** The journal in the source's bytes, streamed. */
  public static Journal read(Source source) {
    return read(source, JOURNAL);
  }

  // No lambdas or method references on the way a journal is read: each costs a cold start about
  // 0.3 ms to link on first use, even from the class-data archive, and every command reads the
  // journal. A named class costs a third of that; a loop, nothing.

  private static final Function<JsonNode, Journal> JOURNAL = new Function<>() {
    @Override
    public Journal apply(JsonNode root) {
      return journal(JsonFields.of(root, JsonFields.Where.ROOT, "the journal"));
    }
  };

  /** Reads a JSON document with the given reader; every fault comes out with its line and column. */
  public static <T> T read(byte[] bytes, Function<JsonNode, T> reader) {
    JsonNode root;
    try {
      root = JsonTree.read(bytes);
    } catch (JsonProcessingException e) {
      throw fault(e);
    } catch (IOException e) {
      throw new JournalFault(1, 1, e.getMessage(), false);
    }
    return apply(root, reader, new Reparse(bytes, null));
  }

  /** {@link #read(byte[], Function)} from a source, streamed. */
  public static <T> T read(Source source, Function<JsonNode, T> reader) {
    InputStream opened;
    try {
      opened = source.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode root;
    try (InputStream in = new Failing(opened)) {
      root = JsonTree.read(in);
    } catch (JsonProcessingException e) {
      throw fault(e);
    } catch (SourceFailure e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      // The parser's own (an encoding it does not know), as read(byte[]) has them: a fault of the content.
      throw new JournalFault(1, 1, e.getMessage(), false);
    }
    return apply(root, reader, new Reparse(null, source));
  }

  /** A failure of the source itself (a disk, a permission), told apart from the parser's own IOExceptions. */
  private static final class SourceFailure extends IOException {
    SourceFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** The source's stream, its failures marked as {@link SourceFailure}. */
  private static final class Failing extends java.io.FilterInputStream {
    Failing(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }

    @Override
    public int read(byte[] bytes, int offset, int count) throws IOException {
      try {
        return super.read(bytes, offset, count);
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }
  }

  /** Opens a parser on the document again (its bytes, or its source), to find where a fault of shape is. */
  private static final class Reparse {
    private final byte[] bytes;
    private final Source source;

    Reparse(byte[] bytes, Source source) {
      this.bytes = bytes;
      this.source = source;
    }

    JsonParser open() throws IOException {
      return bytes != null ? JsonTree.FACTORY.createParser(bytes) : JsonTree.FACTORY.createParser(source.open());
    }
  }

  private static JournalFault fault(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return new JournalFault(
        at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), e.getOriginalMessage(), false);
  }

  private static <T> T apply(JsonNode root, Function<JsonNode, T> reader, Reparse again) {
    if (root == null) {
      throw new JournalFault(1, 1, "the file is empty", false);
    }
    try {
      return reader.apply(root);
    } catch (ShapeException e) {
      JsonLocation at = locate(again, e.pointer());
      throw new JournalFault(
          at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), e.getMessage(), e.newer());
    }
  }

  /** The journal in this object, at the top of progress.json or inside an export. */
  static Journal journal(JsonFields f) {
    int schema = f.integer("schema", -1);
    if (schema == -1) {
      throw new ShapeException(f.pointer(), "no \"schema\" number: this is not a rustplan journal");
    }
    if (schema > Journal.SCHEMA) {
      throw new ShapeException(
          f.pointer("schema"),
          "schema " + schema + " is newer than this rustplan understands (" + Journal.SCHEMA + ")",
          true);
    }
    if (schema < 1) {
      throw new ShapeException(f.pointer("schema"), "\"schema\" must be 1 or more, got " + schema);
    }
    JsonFields config = f.object("config");
    SortedMap<String, String> settings = new TreeMap<>();
    for (String key : config.members().keySet()) {
      settings.put(key, config.string(key));
    }
    JsonFields planFields = f.object("plans");
    SortedMap<String, PlanJournal> plans = new TreeMap<>();
    for (Map.Entry<String, JsonNode> member : planFields.members().entrySet()) {
      plans.put(member.getKey(), plan(JsonFields.member(member.getValue(), planFields.where(), member.getKey())));
    }
    return new Journal(Journal.SCHEMA, settings, plans, f.unknown());
  }

  private static PlanJournal plan(JsonFields f) {
    return new PlanJournal(
        f.date("started"),
        f.date("scheduleStart"),
        days(f.object("days")),
        weeks(f.object("weeks")),
        study(f.optionalObject("study")),
        f.unknown());
  }

  /** The running study session (`rustplan study start`), absent in journals written before there was one. */
  private static StudyTimer study(JsonFields f) {
    if (f == null) {
      return null;
    }
    int day = f.integer("day", 0);
    if (day < 1) {
      throw new ShapeException(f.pointer("day"), "a study session needs a \"day\" number, 1 or more");
    }
    LocalDate date = f.date("date");
    Instant started = f.instant("started");
    if (started == null) {
      throw new ShapeException(f.pointer("started"), "a study session needs the moment it \"started\"");
    }
    if (date == null) {
      date = LocalDate.ofInstant(started, ZoneOffset.UTC);
    }
    int paused = f.integer("pausedSeconds", 0);
    if (paused < 0) {
      throw new ShapeException(f.pointer("pausedSeconds"), "\"pausedSeconds\" must not be negative");
    }
    return new StudyTimer(day, date, started, paused, f.instant("pausedSince"), f.unknown());
  }

  private static DayEntry day(JsonFields f) {
    String label = f.string("status");
    Status status = label == null ? Status.TODO : Status.parse(label).orElse(null);
    if (status == null) {
      throw new ShapeException(
          f.pointer("status"), "\"status\" must be one of " + Status.allowed() + ", got \"" + label + "\"");
    }
    LocalDate completed = f.date("completed");
    Notes notes = notes(f.object("notes"));
    JsonFields review = f.optionalObject("review");
    return new DayEntry(
        status, completed, notes, review == null ? null : review(review), f.string("practice"), f.unknown());
  }

  private static Review review(JsonFields f) {
    LocalDate since = f.date("since");
    if (since == null) {
      throw new ShapeException(f.pointer("since"), "a review needs a \"since\" date");
    }
    int step = f.integer("step", 0);
    if (step < 0) {
      throw new ShapeException(f.pointer("step"), "\"step\" must not be negative");
    }
    LocalDate due = f.date("due");
    if (due == null && step < Review.INTERVALS.size()) {
      due = since.plusDays(Review.INTERVALS.get(step));
    }
    return new Review(since, step, due, f.dates("reviewed"), f.unknown());
  }

  private static Notes notes(JsonFields f) {
    List<String> learned = f.strings("learned");
    List<CodeSnippet> code = new ArrayList<>();
    for (JsonFields snippet : f.objects("code", "a code snippet")) {
      code.add(snippet(snippet));
    }
    List<String> questions = f.strings("questions");
    List<String> resources = f.strings("resources");
    List<Session> sessions = new ArrayList<>();
    for (JsonFields session : f.objects("sessions", "a session")) {
      sessions.add(session(session));
    }
    return new Notes(learned, code, questions, resources, sessions, f.strings("aha"), f.strings("struggles"),
        f.unknown());
  }

  private static CodeSnippet snippet(JsonFields f) {
    String code = f.string("code");
    return new CodeSnippet(f.string("language"), code == null ? "" : code, f.unknown());
  }

  private static Session session(JsonFields f) {
    var date = f.date("date");
    if (date == null) {
      throw new ShapeException(f.pointer("date"), "a session needs a \"date\"");
    }
    int minutes = f.integer("minutes", 0);
    if (minutes < 0) {
      throw new ShapeException(f.pointer("minutes"), "\"minutes\" must not be negative");
    }
    return new Session(date, minutes, f.unknown());
  }

  /** The days of a plan's journal, by number. */
  private static SortedMap<Integer, DayEntry> days(JsonFields f) {
    SortedMap<Integer, DayEntry> days = new TreeMap<>();
    for (Map.Entry<String, JsonNode> member : f.members().entrySet()) {
      days.put(number(f, member.getKey()), day(JsonFields.member(member.getValue(), f.where(), member.getKey())));
    }
    return days;
  }

  /** The weeks of a plan's journal (their blog posts), by number. */
  private static SortedMap<Integer, WeekEntry> weeks(JsonFields f) {
    SortedMap<Integer, WeekEntry> weeks = new TreeMap<>();
    for (Map.Entry<String, JsonNode> member : f.members().entrySet()) {
      JsonFields week = JsonFields.member(member.getValue(), f.where(), member.getKey());
      weeks.put(number(f, member.getKey()), new WeekEntry(week.string("blogPost"), week.unknown()));
    }
    return weeks;
  }

  /** A day's or week's key, 1 to 999999 without leading zeros. */
  private static int number(JsonFields f, String key) {
    boolean digits = !key.isEmpty() && key.length() <= 6 && key.charAt(0) != '0';
    for (int i = 0; digits && i < key.length(); i++) {
      digits = key.charAt(i) >= '0' && key.charAt(i) <= '9';
    }
    if (!digits) {
      throw new ShapeException(f.pointer(key), "\"" + key + "\" is not a day or week number");
    }
    return Integer.parseInt(key);
  }

  /** Where the value at this pointer starts in the file: the first token read at that path. */
  private static JsonLocation locate(Reparse again, JsonPointer pointer) {
    try (JsonParser parser = again.open()) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (parser.getParsingContext().pathAsPointer().equals(pointer)) {
          // A value's own token, not the name before it: the column then points at what is wrong.
          if (token == JsonToken.FIELD_NAME) {
            parser.nextToken();
          }
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      // The tree parsed, so the stream does too (a file changed meanwhile may not): the top of the file then.
    }
    return null;
  }
}
