package dev.rustplan.plan.load;

import dev.rustplan.plan.Appendices;
import dev.rustplan.plan.Diagnostic;
import dev.rustplan.plan.Diagnostics;
import dev.rustplan.plan.Outline;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.catalog.ResourceCatalog;
import dev.rustplan.plan.check.Mojibake;
import dev.rustplan.plan.check.PlanChecks;
import dev.rustplan.plan.markdown.AppendixReader;
import dev.rustplan.plan.markdown.DaysTableReader;
import dev.rustplan.plan.markdown.Headings;
import dev.rustplan.plan.markdown.NestedFences;
import dev.rustplan.plan.markdown.OutlineReader;
import dev.rustplan.plan.markdown.PlanBudget;
import dev.rustplan.plan.markdown.PlanMarkdown;
import dev.rustplan.plan.markdown.PrimaryResourcesReader;
import dev.rustplan.plan.markdown.Section;
import dev.rustplan.plan.yaml.YamlPlanReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads a plan file: reads it as UTF-8, parses its Markdown, reads the outline, the primary
 * resources, the appendices and its metadata file, and runs the checks. A plan with errors yields
 * only diagnostics.
 */
public final class PlanLoader {

  private PlanLoader() {}

  /** The plan and its diagnostics; throws RustplanException only when the file cannot be read. */
  public static PlanReport load(PlanSource source) {
    return load(source, source.read());
  }

  /**
   * The plan and its diagnostics from bytes already read from the source. The diagnostics of its
   * metadata file (NAME.yaml) follow the plan file's, each file's in line order. A .yaml or .yml
   * plan file is a plan written in YAML and holds its metadata itself.
   */
  public static PlanReport load(PlanSource source, byte[] bytes) {
    if (source.isYaml()) {
      return loadYaml(source, bytes);
    }
    Diagnostics diagnostics = new Diagnostics(source.name());
    List<Diagnostics> metaDiagnostics = new ArrayList<>();
    PlanMetaFile.Fields meta = PlanMetaFile.read(PlanMetaFile.find(source), metaDiagnostics);
    ResourceCatalog catalog = ResourceCatalog.forPlan(source, meta.catalog());
    Optional<String> text = utf8(bytes, diagnostics, "so not a plan file; a plan is a Markdown file saved as UTF-8");
    if (text.isEmpty()) {
      return new PlanReport(source, Optional.empty(), catalog, all(diagnostics, metaDiagnostics));
    }
    PlanMarkdown md = PlanMarkdown.parse(text.get());
    List<Section> sections = Section.split(md.document());
    DaysTableReader rows = new DaysTableReader(md, catalog, diagnostics);
    Outline outline = new OutlineReader(md, rows, diagnostics).read(sections);
    AppendixReader appendixReader = new AppendixReader(md);
    Appendices appendices = appendixReader.read(sections);
    List<Resource> primary = new PrimaryResourcesReader(appendixReader, catalog).read(sections);
    new PlanChecks(diagnostics).run(outline, appendices.progressLog());
    nestedFences(md, diagnostics);
    Mojibake.check(text.get(), diagnostics);
    Optional<Budget> stated = PlanBudget.stated(md, sections, diagnostics);
    List<Diagnostic> found = all(diagnostics, metaDiagnostics);
    if (found.stream().anyMatch(Diagnostic::isError)) {
      return new PlanReport(source, Optional.empty(), catalog, found);
    }
    Plan plan = new Plan(
        source.id(),
        meta.resolve(title(md, source), source.id(), stated),
        primary,
        outline.phases().stream().map(Outline.PhaseDraft::toPhase).toList(),
        appendices);
    return new PlanReport(source, Optional.of(plan), catalog, found);
  }

  /** A plan written in YAML: its metadata keys read as a metadata file's, the rest by its own reader. */
  private static PlanReport loadYaml(PlanSource source, byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    Optional<String> text = utf8(bytes, diagnostics, "so not a plan file; a plan is a YAML file saved as UTF-8");
    if (text.isEmpty()) {
      return new PlanReport(source, Optional.empty(), ResourceCatalog.none(), diagnostics.sorted());
    }
    PlanMetaFile.Fields meta = PlanMetaFile.read(text.get(), diagnostics, true);
    ResourceCatalog catalog = diagnostics.hasErrors()
        ? ResourceCatalog.none() : ResourceCatalog.forPlan(source, meta.catalog());
    Optional<YamlPlanReader.Read> read = diagnostics.hasErrors()
        ? Optional.empty() : new YamlPlanReader(catalog, diagnostics).read(text.get());
    read.ifPresent(r -> new PlanChecks(diagnostics).run(r.outline(), List.of()));
    if (read.isEmpty() || diagnostics.hasErrors()) {
      if (!diagnostics.hasErrors()) {
        diagnostics.error(1, 1, "not a plan: the file is empty; a plan written in YAML has a 'weeks' list");
      }
      return new PlanReport(source, Optional.empty(), catalog, diagnostics.sorted());
    }
    String stem = PlanSource.stem(source.path().map(p -> String.valueOf(p.getFileName())).orElse(source.id()));
    Plan plan = new Plan(
        source.id(),
        meta.resolve(stem, source.id(), Optional.empty()),
        read.get().primary(),
        read.get().outline().phases().stream().map(Outline.PhaseDraft::toPhase).toList(),
        read.get().appendices());
    return new PlanReport(source, Optional.of(plan), catalog, diagnostics.sorted());
  }

  /**
   * A fenced block that holds fenced blocks reads right here (the pre-pass lengthens it), but
   * GitHub and other CommonMark renderers end it at the inner block's closing fence and show what
   * follows as code: a warning, so that the file can be fixed for them too.
   */
  private static void nestedFences(PlanMarkdown md, Diagnostics diagnostics) {
    for (NestedFences.Repair r : md.nestedFences()) {
      diagnostics.warning(r.openLine(), 1, "the " + r.written() + " block here holds fenced blocks of its own, so GitHub and"
          + " other CommonMark renderers end it at line " + r.endsAtLine() + " and show the rest as code (rustplan"
          + " reads it whole); open and close it with " + r.fence() + " (lines " + r.openLine() + " and "
          + r.closeLine() + ")");
    }
  }

  /** The plan file's diagnostics, then its metadata file's. */
  private static List<Diagnostic> all(Diagnostics plan, List<Diagnostics> meta) {
    List<Diagnostic> all = new ArrayList<>(plan.sorted());
    meta.forEach(d -> all.addAll(d.sorted()));
    return all;
  }

  /**
   * The name of a plan without a metadata file that names it: its own first-level heading; else
   * the front matter's title; else the id. A plan file is often a blog post that carries the plan:
   * its front matter names the post ("An AI-generated Rust Learning Plan") and its H1 the plan, or
   * the post again (the bundled one's "Asking Copilot for 100 days of Rust learning", which is why
   * the bundled plan's metadata names it).
   */
  private static String title(PlanMarkdown md, PlanSource source) {
    for (Section section : Section.split(md.document())) {
      if (section.heading().isPresent() && section.level() == 1) {
        return Headings.withoutPictographs(section.title());
      }
      for (var block : section.blocks()) {
        if (block instanceof org.commonmark.node.Heading h && h.getLevel() == 1) {
          return Headings.withoutPictographs(PlanMarkdown.plain(h));
        }
      }
    }
    return md.frontMatter().title().orElse(source.id());
  }

  /** The text, or an error at the line of the first byte that is not UTF-8, ending with what it means. */
  static Optional<String> utf8(byte[] bytes, Diagnostics diagnostics, String meaning) {
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
      diagnostics.error(line, 1, String.format("not UTF-8 text (byte 0x%02X), %s", bytes[bad] & 0xFF, meaning));
      return Optional.empty();
    }
    decoder.flush(out);
    return Optional.of(out.flip().toString());
  }
}
