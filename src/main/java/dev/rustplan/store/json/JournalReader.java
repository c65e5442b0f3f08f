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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

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

  private static final Pattern NUMBER_KEY = Pattern.compile("[1-9][0-9]{0,5}");

  private JournalReader() {}

  public static Journal read(byte[] bytes) {
    return read(bytes, JournalReader::journal);
  }

  /** The journal in the source's bytes, streamed. */
  public static Journal read(Source source) {
    return read(source, JournalReader::journal);
  }

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
    return apply(root, reader, () -> JsonTree.FACTORY.createParser(bytes));
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
    return apply(root, reader, () -> JsonTree.FACTORY.createParser(source.open()));
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

  /** Opens a parser on the document again, to find where a fault of shape is. */
  private interface Reparse {
    JsonParser open() throws IOException;
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

  private static Journal journal(JsonNode root) {
    return journal(JsonFields.of(root, JsonFields.Where.ROOT, "the journal"));
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
    config.members().keySet().forEach(key -> settings.put(key, config.string(key)));
    SortedMap<String, PlanJournal> plans = map(f.object("plans"), key -> key, JournalReader::plan);
    return new Journal(Journal.SCHEMA, settings, plans, f.unknown());
  }

  private static PlanJournal plan(JsonFields f) {
    return new PlanJournal(
        f.date("started"),
        f.date("scheduleStart"),
        map(f.object("days"), JournalReader::number, JournalReader::day),
        map(f.object("weeks"), JournalReader::number, w -> new WeekEntry(w.string("blogPost"), w.unknown())),
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
    Status status =
        label == null
            ? Status.TODO
            : Status.parse(label)
                .orElseThrow(
                    () ->
                        new ShapeException(
                            f.pointer("status"),
                            "\"status\" must be one of " + Status.allowed() + ", got \"" + label + "\""));
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
    return new Notes(
        f.strings("learned"),
        f.list("code", (node, at) -> snippet(JsonFields.of(node, at, "a code snippet"))),
        f.strings("questions"),
        f.strings("resources"),
        f.list("sessions", (node, at) -> session(JsonFields.of(node, at, "a session"))),
        f.strings("aha"),
        f.strings("struggles"),
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

  /** An object whose members are all read the same way, keyed as the key function says. */
  private static <K, V> SortedMap<K, V> map(
      JsonFields f, Function<String, K> key, Function<JsonFields, V> value) {
    SortedMap<K, V> result = new TreeMap<>();
    f.members()
        .forEach(
            (name, node) -> {
              K k;
              try {
                k = key.apply(name);
              } catch (IllegalArgumentException e) {
                throw new ShapeException(f.pointer(name), e.getMessage());
              }
              result.put(k, value.apply(JsonFields.member(node, f.where(), name)));
            });
    return result;
  }

  private static int number(String key) {
    if (!NUMBER_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("\"" + key + "\" is not a day or week number");
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
