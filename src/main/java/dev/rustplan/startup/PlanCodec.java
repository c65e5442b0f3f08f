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
    List<Resource> primary = list(in, PlanCodec::resource);
    List<Phase> phases = list(in, PlanCodec::phase);
    List<BonusTopic> bonus = list(in, i -> new BonusTopic(string(i), string(i)));
    ReadingList reading =
        in.readBoolean()
            ? new ReadingList(list(in, PlanCodec::string), list(in, PlanCodec::string), list(in, PlanCodec::string))
            : null;
    String daily = string(in);
    String weekly = string(in);
    List<ProgressLogEntry> log =
        list(in, i -> new ProgressLogEntry(i.readInt(), string(i), string(i), i.readInt()));
    List<String> tips = list(in, PlanCodec::string);
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
          new PlanMeta.Posts(string(in), list(in, PlanCodec::string)));
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
    return new Phase(in.readInt(), string(in), in.readInt(), in.readInt(), list(in, PlanCodec::week), in.readInt(),
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
    return new Week(in.readInt(), string(in), list(in, PlanCodec::day), in.readInt(), in.readInt());
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
    List<Resource> resources = list(in, PlanCodec::resource);
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
    List<Day.Extra> extras = list(in, i -> new Day.Extra(string(i), string(i)));
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

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static <T> void list(DataOutputStream out, List<T> values, Writer<T> writer) throws IOException {
    out.writeInt(values.size());
    for (T value : values) {
      writer.write(out, value);
    }
  }

  private static <T> List<T> list(DataInputStream in, Reader<T> reader) throws IOException {
    int size = in.readInt();
    if (size < 0 || size > 1_000_000) {
      throw new IOException("not a plan cache");
    }
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(reader.read(in));
    }
    return values;
  }
}
