package dev.rustplan.plan.load;

import dev.rustplan.plan.Appendices;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.Outline;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.catalog.ResourceCatalog;
import dev.rustplan.plan.check.Mojibake;
import dev.rustplan.plan.check.PlanChecks;
import dev.rustplan.plan.markdown.AppendixReader;
import dev.rustplan.plan.markdown.DaysTableReader;
import dev.rustplan.plan.markdown.OutlineReader;
import dev.rustplan.plan.markdown.PlanMarkdown;
import dev.rustplan.plan.markdown.PrimaryResourcesReader;
import dev.rustplan.plan.markdown.Section;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Loads a plan file: reads it as UTF-8, parses its Markdown, reads the outline, the primary
 * resources and the appendices, and runs the checks. A plan with errors yields only diagnostics.
 */
public final class PlanLoader {

  private PlanLoader() {}

  /** The plan and its diagnostics; throws RustplanException only when the file cannot be read. */
  public static PlanReport load(PlanSource source) {
    return load(source, source.read());
  }

  /** The plan and its diagnostics from bytes already read from the source. */
  public static PlanReport load(PlanSource source, byte[] bytes) {
    ResourceCatalog catalog = ResourceCatalog.forPlan(source);
    Diagnostics diagnostics = new Diagnostics(source.name());
    Optional<String> text = utf8(bytes, diagnostics);
    if (text.isEmpty()) {
      return new PlanReport(source, Optional.empty(), catalog, diagnostics.sorted());
    }
    PlanMarkdown md = PlanMarkdown.parse(text.get());
    List<Section> sections = Section.split(md.document());
    Outline outline = new OutlineReader(new DaysTableReader(md, catalog, diagnostics), diagnostics).read(sections);
    AppendixReader appendixReader = new AppendixReader(md);
    Appendices appendices = appendixReader.read(sections);
    List<Resource> primary = new PrimaryResourcesReader(appendixReader, catalog).read(sections);
    new PlanChecks(diagnostics).run(outline, appendices.progressLog());
    Mojibake.check(text.get(), diagnostics);
    if (diagnostics.hasErrors()) {
      return new PlanReport(source, Optional.empty(), catalog, diagnostics.sorted());
    }
    Plan plan = new Plan(
        source.id(),
        title(md, source),
        primary,
        outline.phases().stream().map(Outline.PhaseDraft::toPhase).toList(),
        appendices);
    return new PlanReport(source, Optional.of(plan), catalog, diagnostics.sorted());
  }

  /**
   * The plan's own first-level heading; else the front matter's title; else the id. The bundled
   * file is a blog post that carries the plan: its front matter names the post ("An AI-generated
   * Rust Learning Plan"), its H1 names the plan, and a plan generated elsewhere has an H1 too.
   */
  private static String title(PlanMarkdown md, PlanSource source) {
    for (Section section : Section.split(md.document())) {
      if (section.heading().isPresent() && section.level() == 1) {
        return section.title();
      }
      for (var block : section.blocks()) {
        if (block instanceof org.commonmark.node.Heading h && h.getLevel() == 1) {
          return PlanMarkdown.plain(h);
        }
      }
    }
    return md.frontMatter().title().orElse(source.id());
  }

  /** The text, or an error at the line of the first byte that is not UTF-8. */
  private static Optional<String> utf8(byte[] bytes, Diagnostics diagnostics) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      for (int i = 0; i < bad; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      diagnostics.error(line, 1, String.format(
          "not UTF-8 text (byte 0x%02X), so not a plan file; a plan is a Markdown file saved as UTF-8", bytes[bad] & 0xFF));
      return Optional.empty();
    }
    decoder.flush(out);
    return Optional.of(out.flip().toString());
  }
}
