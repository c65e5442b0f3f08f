package dev.rustplan.startup;

import dev.rustplan.plan.Appendices.BonusTopic;
import dev.rustplan.plan.Appendices.ProgressLogEntry;
import dev.rustplan.plan.Appendices.ReadingList;
import dev.rustplan.plan.Appendices;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanMeta;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.Week;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a loaded {@link Plan} to bytes and reads it back, field by field, for {@link PlanCache}.
 * Hand-written on purpose: it is read on every start-up, where reflection-based binding costs more
 * than parsing the Markdown would.
 */
final class PlanCodec {

  /** Bump whenever the model or this layout changes, so that old caches are not read. */
  static final int VERSION = 3;

  private PlanCodec() {}

  static void write(Plan plan, DataOutputStream out) throws IOException {
    out.writeInt(VERSION);
    string(out, plan.id());
    meta(out, plan.meta());
    list(out, plan.primaryResources(), PlanCodec::resource);
    list(out, plan.phases(), PlanCodec::phase);
    Appendices a = plan.appendices();
    list(out, a.bonusTopics(), (o, t) -> {
      string(o, t.name());
      string(o, t.description());
    });
    boolean reading = a.readingList() != null;
    out.writeBoolean(reading);
    if (reading) {
      list(out, a.readingList().books(), PlanCodec::string);
      list(out, a.readingList().posts(), PlanCodec::string);
      list(out, a.readingList().rfcs(), PlanCodec::string);
    }
    string(out, a.dailyTemplate());
    string(out, a.weeklyTemplate());
    list(out, a.progressLog(), (o, e) -> {
      o.writeInt(e.week());
      string(o, e.days());
      string(o, e.theme());
      o.writeInt(e.line());
    });
    list(out, a.tips(), PlanCodec::string);
  }

  static Plan read(DataInputStream in) throws IOException {
    if (in.readInt() != VERSION) {
      throw new IOException("cache written by another version");
    }
    String id = string(in);
    PlanMeta meta = meta(in);
    List<Resource> primary = resources(in);
    List<Phase> phases = phases(in);
    List<BonusTopic> bonus = bonusTopics(in);
    ReadingList reading =
        in.readBoolean()
            ? new ReadingList(strings(in), strings(in), strings(in))
            : null;
    String daily = string(in);
    String weekly = string(in);
    List<ProgressLogEntry> log =
        logEntries(in);
    List<String> tips = strings(in);
    return new Plan(id, meta, primary, phases, new Appendices(bonus, reading, daily, weekly, log, tips));
  }

  private static void meta(DataOutputStream out, PlanMeta m) throws IOException {
    string(out, m.name());
    string(out, m.shortName());
    out.writeInt(m.budget().minMinutes());
    out.writeInt(m.budget().maxMinutes());
    string(out, m.posts().title());
    list(out, m.posts().tags(), PlanCodec::string);
  }

  /** The records' own checks run here too: a damaged entry fails them and is loaded again. */
  private static PlanMeta meta(DataInputStream in) throws IOException {
    try {
      return new PlanMeta(
          string(in), string(in), new PlanMeta.Budget(in.readInt(), in.readInt()),
          new PlanMeta.Posts(string(in), strings(in)));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException("not a plan cache", e);
    }
  }

  private static void phase(DataOutputStream out, Phase p) throws IOException {
    out.writeInt(p.number());
    string(out, p.name());
    out.writeInt(p.declaredFirst());
    out.writeInt(p.declaredLast());
    list(out, p.weeks(), PlanCodec::week);
    out.writeInt(p.line());
    out.writeBoolean(p.headed());
  }

  private static Phase phase(DataInputStream in) throws IOException {
    return new Phase(in.readInt(), string(in), in.readInt(), in.readInt(), weeks(in), in.readInt(),
        in.readBoolean());
  }

  private static void week(DataOutputStream out, Week w) throws IOException {
    out.writeInt(w.number());
    string(out, w.theme());
    list(out, w.days(), PlanCodec::day);
    out.writeInt(w.line());
    out.writeInt(w.lastNumber());
  }

  private static Week week(DataInputStream in) throws IOException {
    return new Week(in.readInt(), string(in), days(in), in.readInt(), in.readInt());
  }

  private static void day(DataOutputStream out, Day d) throws IOException {
    out.writeInt(d.number());
    string(out, d.topic());
    string(out, d.activity());
    string(out, d.resourceText());
    list(out, d.resources(), PlanCodec::resource);
    out.writeByte(d.kind().ordinal());
    out.writeInt(d.line());
    out.writeBoolean(d.budget() != null);
    if (d.budget() != null) {
      out.writeInt(d.budget().minMinutes());
      out.writeInt(d.budget().maxMinutes());
    }
    list(out, d.extras(), (o, e) -> {
      string(o, e.name());
      string(o, e.text());
    });
  }

  private static Day day(DataInputStream in) throws IOException {
    int number = in.readInt();
    String topic = string(in);
    String activity = string(in);
    String resourceText = string(in);
    List<Resource> resources = resources(in);
    DayKind kind = DayKind.values()[in.readByte()];
    int line = in.readInt();
    PlanMeta.Budget budget = null;
    if (in.readBoolean()) {
      try {
        budget = new PlanMeta.Budget(in.readInt(), in.readInt());
      } catch (IllegalArgumentException e) {
        throw new IOException("not a plan cache", e);
      }
    }
    List<Day.Extra> extras = extras(in);
    return new Day(number, topic, activity, resourceText, resources, kind, line, budget, extras);
  }

  private static void resource(DataOutputStream out, Resource r) throws IOException {
    string(out, r.text());
    string(out, r.title());
    string(out, r.url());
    string(out, r.note());
  }

  private static Resource resource(DataInputStream in) throws IOException {
    return new Resource(string(in), string(in), string(in), string(in));
  }

  /** A string that may be null; writeUTF would stop at 64 KB. */
  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String string(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  private interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  private static <T> void list(DataOutputStream out, List<T> values, Writer<T> writer) throws IOException {
    out.writeInt(values.size());
    for (T value : values) {
      writer.write(out, value);
    }
  }

  // The lists are read by one loop per kind rather than one generic loop given a lambda: each
  // lambda or method reference costs a cold start about 0.3 ms to link on first use, even from
  // the class-data archive, and this runs on every start that has no saved answer.

  private static List<Resource> resources(DataInputStream in) throws IOException {
    int size = size(in);
    List<Resource> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(resource(in));
    }
    return values;
  }

  private static List<Phase> phases(DataInputStream in) throws IOException {
    int size = size(in);
    List<Phase> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(phase(in));
    }
    return values;
  }

  private static List<Week> weeks(DataInputStream in) throws IOException {
    int size = size(in);
    List<Week> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(week(in));
    }
    return values;
  }

  private static List<Day> days(DataInputStream in) throws IOException {
    int size = size(in);
    List<Day> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(day(in));
    }
    return values;
  }

  private static List<Day.Extra> extras(DataInputStream in) throws IOException {
    int size = size(in);
    List<Day.Extra> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(new Day.Extra(string(in), string(in)));
    }
    return values;
  }

  private static List<BonusTopic> bonusTopics(DataInputStream in) throws IOException {
    int size = size(in);
    List<BonusTopic> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(new BonusTopic(string(in), string(in)));
    }
    return values;
  }

  private static List<ProgressLogEntry> logEntries(DataInputStream in) throws IOException {
    int size = size(in);
    List<ProgressLogEntry> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(new ProgressLogEntry(in.readInt(), string(in), string(in), in.readInt()));
    }
    return values;
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int size = size(in);
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(string(in));
    }
    return values;
  }

  private static int size(DataInputStream in) throws IOException {
    int size = in.readInt();
    if (size < 0 || size > 1_000_000) {
      throw new IOException("not a plan cache");
    }
    return size;
  }
}
