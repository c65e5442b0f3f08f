package dev.rustplan.note;

import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Unknown;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads an edited note (as {@link NoteDocument} wrote it) back into {@link Notes} by parsing the
 * Markdown with commonmark. Items keep their Markdown source exactly as typed; a section missing
 * from the buffer keeps what it held before; anything it cannot place is an error with its line.
 */
public final class NoteParser {

  private static final Parser MARKDOWN =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();


  private final String[] lines;
  private final Map<NoteSection, List<Node>> sections = new EnumMap<>(NoteSection.class);
  private String total = "";
  private int totalLine;

  private NoteParser(String buffer) {
    // Lines as commonmark counts them (a lone CR ends a line too), so that its source spans index them.
    this.lines = buffer.split("\r\n|\r|\n", -1);
  }

  /**
   * The notes the buffer holds: sections it has replace those of {@code before}, sections it lacks
   * keep theirs. Minutes typed without a date count for {@code today}.
   */
  public static Notes parse(String buffer, Notes before, LocalDate today) {
    NoteParser parser = new NoteParser(buffer.replace("\r\n", "\n"));
    parser.split(MARKDOWN.parse(buffer.replace("\r\n", "\n")));
    return parser.notes(before, today);
  }

  /** Files each top-level block under the section heading above it. */
  private void split(Node document) {
    NoteSection current = null;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof HtmlBlock) {
        continue;
      }
      if (block instanceof Heading heading) {
        String text = text(heading);
        if (heading.getLevel() <= 2 && text.startsWith("Day ")) {
          current = null;
          continue;
        }
        current =
            NoteSection.named(text)
                .orElseThrow(
                    () -> new NoteFormatException(line(heading), "unknown heading \"" + text
                        + "\"; the sections are " + NoteSection.headings()));
        if (sections.containsKey(current)) {
          throw new NoteFormatException(line(heading), "\"" + current.heading() + "\" appears twice");
        }
        sections.put(current, new ArrayList<>());
        if (current == NoteSection.TIME) {
          total = TimeSpent.total(text, line(heading));
          totalLine = line(heading);
        }
        continue;
      }
      if (current == null) {
        throw new NoteFormatException(line(block), "text outside any section; put it under one of "
            + NoteSection.headings());
      }
      sections.get(current).add(block);
    }
  }

  private Notes notes(Notes before, LocalDate today) {
    return new Notes(
        items(NoteSection.LEARNED, before.learned()),
        code(before.code()),
        items(NoteSection.QUESTIONS, before.questions()),
        items(NoteSection.RESOURCES, before.resources()),
        sessions(before.sessions(), today),
        items(NoteSection.AHA, before.aha()),
        items(NoteSection.STRUGGLES, before.struggles()),
        before.unknown());
  }

  private List<String> items(NoteSection section, List<String> before) {
    List<Node> blocks = sections.get(section);
    if (blocks == null) {
      return before;
    }
    List<String> items = new ArrayList<>();
    for (Node block : blocks) {
      if (block instanceof ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          addNonBlank(items, childrenSource(item));
        }
      } else {
        addNonBlank(items, source(block));
      }
    }
    return items;
  }

  private List<CodeSnippet> code(List<CodeSnippet> before) {
    List<Node> blocks = sections.get(NoteSection.CODE);
    if (blocks == null) {
      return before;
    }
    List<CodeSnippet> code = new ArrayList<>();
    for (Node block : blocks) {
      if (block instanceof FencedCodeBlock fenced) {
        String info = fenced.getInfo() == null ? "" : fenced.getInfo().trim();
        String language = info.isEmpty() ? null : info.split("\\s+")[0];
        String literal = fenced.getLiteral();
        if (!literal.isBlank() && !literal.equals(NoteDocument.CODE_PLACEHOLDER)) {
          code.add(known(new CodeSnippet(language, literal), before));
        }
      } else if (block instanceof IndentedCodeBlock indented) {
        code.add(known(new CodeSnippet(null, indented.getLiteral()), before));
      } else {
        throw new NoteFormatException(line(block), "under \"" + NoteSection.CODE.heading()
            + "\" put code between ``` fences, e.g. ```rust on the line before and ``` after");
      }
    }
    return code;
  }

  /**
   * The snippet as it was before, fields unknown to this version included, if the learner left it
   * as it was. "As it was" is also as it reads back from the editor's layout: Markdown turns a CR
   * into a line end and a NUL into U+FFFD, and an untouched snippet must not change because of it.
   */
  private static CodeSnippet known(CodeSnippet parsed, List<CodeSnippet> before) {
    return before.stream()
        .filter(b -> same(b, parsed) || same(readBack(b), parsed))
        .findFirst()
        .orElse(parsed);
  }

  private static boolean same(CodeSnippet a, CodeSnippet b) {
    return a != null && a.code().equals(b.code()) && java.util.Objects.equals(a.language(), b.language());
  }

  /** The snippet as the editor's layout gives it back when nobody touches it. */
  private static CodeSnippet readBack(CodeSnippet snippet) {
    Notes alone = Notes.EMPTY.plus(new Notes(List.of(), List.of(snippet), List.of(), List.of(), List.of(), List.of(),
        List.of(), Unknown.NONE));
    List<CodeSnippet> back = parse(NoteDocument.render(1, "", alone), Notes.EMPTY, LocalDate.EPOCH).code();
    return back.size() == 1 ? back.get(0) : null;
  }

  private List<Session> sessions(List<Session> before, LocalDate today) {
    List<Node> blocks = sections.get(NoteSection.TIME);
    if (blocks == null) {
      return before;
    }
    List<TimeSpent.Entry> entries = new ArrayList<>();
    for (Node block : blocks) {
      List<String> texts = new ArrayList<>();
      if (block instanceof ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          addNonBlank(texts, childrenSource(item));
        }
      } else {
        texts.addAll(List.of(source(block).split("\n")));
      }
      texts.forEach(t -> entries.add(new TimeSpent.Entry(t.strip(), line(block))));
    }
    return TimeSpent.sessions(entries, total, totalLine, before, today);
  }

  private static void addNonBlank(List<String> items, String text) {
    if (!text.isBlank()) {
      items.add(text.strip());
    }
  }

  /** The Markdown source of a list item's content, without its marker and indentation. */
  private String childrenSource(Node item) {
    List<SourceSpan> spans = new ArrayList<>();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      spans.addAll(child.getSourceSpans());
    }
    return join(spans);
  }

  private String source(Node block) {
    return join(block.getSourceSpans());
  }

  /** Joins spans line by line; lines between them that no span covers (blank lines) stay blank. */
  private String join(List<SourceSpan> spans) {
    if (spans.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    int previous = spans.get(0).getLineIndex();
    for (SourceSpan span : spans) {
      while (previous < span.getLineIndex()) {
        text.append("\n");
        previous++;
      }
      String line = lines[span.getLineIndex()];
      text.append(line, span.getColumnIndex(), Math.min(line.length(), span.getColumnIndex() + span.getLength()));
    }
    return text.toString();
  }

  private static int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
  }

  private static String text(Heading heading) {
    StringBuilder text = new StringBuilder();
    for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        text.append(t.getLiteral());
      } else if (n instanceof Code c) {
        text.append('`').append(c.getLiteral()).append('`');
      } else if (n.getFirstChild() instanceof Text inner) {
        text.append(inner.getLiteral());
      }
    }
    return text.toString().trim();
  }
}
