package dev.rustplan.plan.convert;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.rustplan.plan.Appendices;
import dev.rustplan.plan.Appendices.BonusTopic;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanMeta;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.Week;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A plan as YAML in the schema the YAML reader reads (see {@code YamlPlanReader}): its metadata,
 * phases (when its headings name any) or weeks, days with their topic, activity, resources,
 * budget and kind, and the appendices. A resource the catalog or the plan linked is written with
 * its title and link, so that the file needs no catalog. Written with Jackson's YAML generator,
 * which quotes whatever YAML would misread.
 */
public final class YamlPlanWriter {

  /** Built once: quotes only where YAML needs them, literal blocks for the templates, no "---". */
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .build();

  private YamlPlanWriter() {}

  public static String write(Plan plan) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = YAML.createGenerator(out)) {
      g.writeStartObject();
      meta(g, plan.meta());
      if (!plan.primaryResources().isEmpty()) {
        g.writeArrayFieldStart("resources");
        for (Resource r : plan.primaryResources()) {
          g.writeString(r.text());
        }
        g.writeEndArray();
      }
      if (plan.hasPhases()) {
        g.writeArrayFieldStart("phases");
        for (Phase phase : plan.phases()) {
          g.writeStartObject();
          g.writeStringField("name", phase.name());
          weeks(g, phase.weeks());
          g.writeEndObject();
        }
        g.writeEndArray();
      } else {
        weeks(g, plan.weeks());
      }
      appendices(g, plan.appendices());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void meta(JsonGenerator g, PlanMeta meta) throws IOException {
    g.writeStringField("name", meta.name());
    g.writeStringField("short", meta.shortName());
    g.writeStringField("budget", meta.budget().text());
    g.writeObjectFieldStart("posts");
    g.writeStringField("title", meta.posts().title());
    g.writeArrayFieldStart("tags");
    for (String tag : meta.posts().tags()) {
      g.writeString(tag);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void weeks(JsonGenerator g, List<Week> weeks) throws IOException {
    g.writeArrayFieldStart("weeks");
    for (Week week : weeks) {
      g.writeStartObject();
      if (week.lastNumber() > week.number()) {
        g.writeStringField("week", week.label());
      } else {
        g.writeNumberField("week", week.number());
      }
      g.writeStringField("theme", week.theme());
      g.writeArrayFieldStart("days");
      for (Day day : week.days()) {
        day(g, day);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void day(JsonGenerator g, Day day) throws IOException {
    g.writeStartObject();
    g.writeNumberField("day", day.number());
    g.writeStringField("topic", day.topic());
    if (day.kind() != DayKind.LESSON) {
      g.writeStringField("kind", day.kind().label());
    }
    g.writeStringField("activity", day.activity());
    if (!day.resources().isEmpty()) {
      g.writeArrayFieldStart("resources");
      for (Resource r : day.resources()) {
        boolean ownLink = r.url() != null && (r.text().contains("](" + r.url()) || r.text().contains("<" + r.url() + ">"));
        if (r.url() == null || ownLink) {
          g.writeString(r.text());
        } else {
          g.writeStartObject();
          if (!r.text().equals(r.title())) {
            g.writeStringField("text", r.text());
          }
          g.writeStringField("title", r.title());
          g.writeStringField("url", r.url());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    if (day.budget() != null) {
      g.writeStringField("budget", day.budget().text());
    }
    if (!day.extras().isEmpty()) {
      g.writeObjectFieldStart("extra");
      for (Day.Extra e : day.extras()) {
        g.writeStringField(e.name(), e.text());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void appendices(JsonGenerator g, Appendices a) throws IOException {
    if (!a.bonusTopics().isEmpty()) {
      g.writeArrayFieldStart("bonus-topics");
      for (BonusTopic t : a.bonusTopics()) {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeStringField("description", t.description());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    Appendices.ReadingList reading = a.readingList();
    if (reading != null && !(reading.books().isEmpty() && reading.posts().isEmpty() && reading.rfcs().isEmpty())) {
      g.writeObjectFieldStart("reading-list");
      strings(g, "books", reading.books());
      strings(g, "posts", reading.posts());
      strings(g, "rfcs", reading.rfcs());
      g.writeEndObject();
    }
    if (!a.dailyTemplate().isEmpty()) {
      g.writeStringField("daily-template", a.dailyTemplate());
    }
    if (!a.weeklyTemplate().isEmpty()) {
      g.writeStringField("weekly-template", a.weeklyTemplate());
    }
    strings(g, "tips", a.tips());
  }

  private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
