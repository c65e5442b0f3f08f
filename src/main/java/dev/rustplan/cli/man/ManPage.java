package dev.rustplan.cli.man;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * One command's manual page in man(7) troff, read from its picocli model as `--help` is: the name
 * and summary, a synopsis, the description, options, arguments, commands, exit status, and the
 * help's footer (its Examples: section); rustplan(1) also has the environment and files.
 */
public final class ManPage {

  private final CommandSpec spec;
  private final String version;
  private final String date;
  private final Map<String, List<String>> groups;
  private final List<String> out = new ArrayList<>();

  /**
   * The page of {@code spec}; {@code version} and {@code date} (YYYY-MM-DD) go in its header and
   * footer; {@code groups} are the help's groups of commands, for the root's list of them.
   */
  public ManPage(CommandSpec spec, String version, String date, Map<String, List<String>> groups) {
    this.spec = spec;
    this.version = version;
    this.date = date;
    this.groups = groups;
  }

  /** The command this page is of. */
  public CommandSpec spec() {
    return spec;
  }

  /** The page's name: rustplan, rustplan-log, rustplan-plan-check. */
  public String name() {
    return pageName(spec);
  }

  /** Its file's name in man1/. */
  public String fileName() {
    return name() + ".1";
  }

  /** The options this page documents: the command's own (the root's for rustplan(1)), not the global ones. */
  public List<OptionSpec> options() {
    return spec.options().stream().filter(o -> !o.hidden() && !o.inherited() && !(isSub() && helpOption(o))).toList();
  }

  /** The page's troff source. */
  public String render() {
    out.clear();
    out.add(".\\\" " + fileName() + ": written by rustplan's build from its picocli model (dev.rustplan.cli.man); do not edit.");
    out.add(".TH " + Troff.literal(name().toUpperCase(Locale.ROOT)) + " 1 " + date + " \"rustplan " + Troff.literal(version)
        + "\" \"rustplan manual\"");
    // Left-aligned and unhyphenated, as --help is: a command or an option is never split at a hyphen.
    out.add(".nh");
    out.add(".nr HY 0"); // groff's man macros turn hyphenation on again at each paragraph from HY
    out.add(".ad l");
    out.add(".SH NAME");
    out.add(Troff.line(Troff.literal(name()) + " \\- " + Troff.prose(summary(spec))));
    synopsis();
    description();
    optionsSection();
    arguments();
    commands();
    exitStatus();
    if (!isSub()) {
      entries("ENVIRONMENT", RootSections.ENVIRONMENT);
      entries("FILES", RootSections.FILES);
    }
    footer();
    seeAlso();
    return String.join("\n", out) + "\n";
  }

  private boolean isSub() {
    return spec.parent() != null;
  }

  private void synopsis() {
    out.add(".SH SYNOPSIS");
    out.add(".SY \"" + Troff.literal(spec.qualifiedName()) + "\"");
    List<ArgGroupSpec> shownGroups = new ArrayList<>();
    for (OptionSpec option : options()) {
      ArgGroupSpec group = option.group();
      if (group != null && group.exclusive()) {
        if (!shownGroups.contains(group)) {
          shownGroups.add(group);
          List<String> choices = group.options().stream().filter(o -> !o.hidden()).map(ManPage::usage).toList();
          out.add(Troff.line(bracketed(String.join(" | ", choices), group.multiplicity().min() == 0)));
        }
        continue;
      }
      out.add(Troff.line(bracketed(usage(option), !option.required()) + (option.isMultiValue() ? "..." : "")));
    }
    for (PositionalParamSpec positional : positionals()) {
      out.add(Troff.line(bracketed(Troff.italic(Troff.literal(positional.paramLabel())), !positional.required())
          + (positional.arity().max() > 1 ? "..." : "")));
    }
    if (!subcommands().isEmpty()) {
      out.add("[\\fICOMMAND\\fR]");
    }
    out.add(".YS");
  }

  private static String bracketed(String text, boolean optional) {
    return optional ? "[" + text + "]" : text;
  }

  /** An option as the synopsis shows it: its longest name, and its value's label. */
  private static String usage(OptionSpec option) {
    String longest = option.longestName();
    return Troff.bold(Troff.literal(longest)) + value(option);
  }

  /** "=LABEL", "[=LABEL]" for a value that may be left out, "" for a flag. */
  private static String value(OptionSpec option) {
    if (option.arity().max() == 0) {
      return "";
    }
    String label = "=" + Troff.italic(Troff.literal(option.paramLabel()));
    return option.arity().min() == 0 ? "[" + label + "]" : label;
  }

  private void description() {
    out.add(".SH DESCRIPTION");
    for (String element : spec.usageMessage().description()) {
      paragraphs(format(element));
    }
  }

  private void optionsSection() {
    List<OptionSpec> options = options();
    Map<String, List<OptionSpec>> headed = new LinkedHashMap<>();
    List<OptionSpec> plain = new ArrayList<>();
    for (OptionSpec option : options) {
      String heading = heading(option);
      if (heading == null) {
        plain.add(option);
      } else {
        headed.computeIfAbsent(heading, h -> new ArrayList<>()).add(option);
      }
    }
    boolean helpHere = isSub() && spec.options().stream().anyMatch(OptionSpec::usageHelp);
    List<String> globals = globalOptions();
    if (options.isEmpty() && !helpHere && globals.isEmpty()) {
      return;
    }
    out.add(".SH OPTIONS");
    plain.forEach(this::option);
    headed.forEach((heading, list) -> {
      out.add(".SS \"" + Troff.prose(format(heading).strip().replaceAll(":$", "")) + "\"");
      list.forEach(this::option);
    });
    if (isSub()) {
      StringBuilder note = new StringBuilder();
      if (!globals.isEmpty()) {
        List<String> named = globals.stream().map(n -> Troff.bold(Troff.literal(n))).toList();
        String list = named.size() == 1 ? named.get(0)
            : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        note.append("The global option").append(named.size() == 1 ? " " : "s ").append(list)
            .append(named.size() == 1 ? " works" : " work").append(" here as everywhere (see ").append(Troff.bold("rustplan")).append("(1))");
      }
      if (helpHere) {
        note.append(note.length() == 0 ? "" : "; ").append(Troff.bold("\\-h")).append(", ")
            .append(Troff.bold("\\-\\-help")).append(" shows this command's help");
      }
      note.append('.');
      out.add(".PP");
      out.add(Troff.line(note.toString()));
    }
  }

  /**
   * The root's options that every command takes (--plan, --color, --verbose), but for one the
   * command has an option of its own of that name (search's --plan).
   */
  private List<String> globalOptions() {
    if (!isSub()) {
      return List.of();
    }
    List<String> own = options().stream().flatMap(o -> List.of(o.names()).stream()).toList();
    return spec.root().options().stream()
        .filter(o -> !o.hidden() && o.scopeType() == ScopeType.INHERIT && !helpOption(o))
        .map(OptionSpec::longestName)
        .filter(name -> !own.contains(name))
        .toList();
  }

  private static boolean helpOption(OptionSpec option) {
    return option.usageHelp() || option.versionHelp();
  }

  private static String heading(OptionSpec option) {
    for (ArgGroupSpec group = option.group(); group != null; group = group.parentGroup()) {
      if (group.heading() != null) {
        return group.heading();
      }
    }
    return null;
  }

  private void option(OptionSpec option) {
    out.add(".TP");
    String value = value(option);
    List<String> names = new ArrayList<>();
    for (String name : option.names()) {
      names.add(Troff.bold(Troff.literal(name)) + (name.startsWith("--") ? value : ""));
    }
    // A value shown on the long name only, as --help does: -y, --yes; -o, --out=FILE.
    if (names.stream().noneMatch(n -> n.contains("="))) {
      names.set(names.size() - 1, names.get(names.size() - 1) + value);
    }
    out.add(Troff.line(String.join(", ", names)));
    text(String.join(" ", option.description()));
  }

  private void arguments() {
    List<PositionalParamSpec> positionals = positionals();
    if (positionals.isEmpty()) {
      return;
    }
    out.add(".SH ARGUMENTS");
    for (PositionalParamSpec positional : positionals) {
      out.add(".TP");
      out.add(Troff.line(Troff.italic(Troff.literal(positional.paramLabel()))
          + (positional.arity().max() > 1 ? "..." : "")));
      text(String.join(" ", positional.description()));
    }
  }

  private List<PositionalParamSpec> positionals() {
    return spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
  }

  private void commands() {
    Map<String, CommandSpec> subs = subcommands();
    if (subs.isEmpty()) {
      return;
    }
    out.add(".SH COMMANDS");
    if (isSub()) {
      subs.values().forEach(this::command);
      return;
    }
    List<String> listed = new ArrayList<>();
    groups.forEach((group, names) -> {
      List<CommandSpec> inGroup = names.stream().filter(subs::containsKey).map(subs::get).toList();
      if (!inGroup.isEmpty()) {
        out.add(".SS \"" + Troff.prose(group) + "\"");
        inGroup.forEach(this::command);
        listed.addAll(names);
      }
    });
    // A command missing from the groups is still on the page, as it is in the help.
    List<CommandSpec> rest = subs.entrySet().stream().filter(e -> !listed.contains(e.getKey())).map(Map.Entry::getValue).toList();
    if (!rest.isEmpty()) {
      if (!listed.isEmpty()) {
        out.add(".SS More");
      }
      rest.forEach(this::command);
    }
  }

  private void command(CommandSpec sub) {
    out.add(".TP");
    out.add(Troff.line(Troff.bold(Troff.literal(sub.name()))));
    String[] description = sub.usageMessage().description();
    String first = description.length == 0 ? "" : format(description[0]).split("\n", -1)[0];
    text(first + (first.isBlank() ? "" : " ") + "See " + "\u0000" + pageName(sub) + "\u0000(1).");
  }

  /** The visible subcommands by name, each once (picocli lists an alias under its own name too). */
  private Map<String, CommandSpec> subcommands() {
    Map<String, CommandSpec> subs = new LinkedHashMap<>();
    for (Map.Entry<String, CommandLine> entry : spec.subcommands().entrySet()) {
      CommandSpec sub = entry.getValue().getCommandSpec();
      if (!sub.usageMessage().hidden() && entry.getKey().equals(sub.name())) {
        subs.put(entry.getKey(), sub);
      }
    }
    return subs;
  }

  private void exitStatus() {
    Map<String, String> codes = spec.usageMessage().exitCodeList();
    if (codes.isEmpty()) {
      return;
    }
    out.add(".SH \"EXIT STATUS\"");
    codes.forEach((code, meaning) -> {
      out.add(".TP");
      out.add(Troff.line(Troff.bold(Troff.literal(code.strip()))));
      text(format(meaning));
    });
  }

  private void entries(String section, List<RootSections.Entry> entries) {
    out.add(".SH " + section);
    for (RootSections.Entry entry : entries) {
      out.add(".TP");
      out.add(Troff.line(Troff.bold(Troff.literal(entry.term()))));
      text(entry.text());
    }
  }

  /**
   * The help's footer: a heading line ("Examples:") starts a section of that name; lines indented
   * under it (the examples) are kept as they are, one a line; other lines are paragraphs.
   */
  private void footer() {
    String text = format(spec.usageMessage().footerHeading()) + String.join("\n",
        List.of(spec.usageMessage().footer()).stream().map(ManPage::format).toList());
    List<String> block = new ArrayList<>();
    List<String> prose = new ArrayList<>();
    boolean inSection = false;
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        flush(block, prose);
      } else if (isHeading(line)) {
        flush(block, prose);
        String title = line.strip().replaceAll(":$", "").toUpperCase(Locale.ROOT);
        out.add(".SH " + (title.contains(" ") ? "\"" + Troff.prose(title) + "\"" : Troff.prose(title)));
        inSection = true;
      } else {
        if (!inSection) {
          out.add(".SH NOTES");
          inSection = true;
        }
        if (Character.isWhitespace(line.charAt(0))) {
          if (!prose.isEmpty()) {
            flush(block, prose);
          }
          block.add(line);
        } else {
          if (!block.isEmpty()) {
            flush(block, prose);
          }
          prose.add(line.strip());
        }
      }
    }
    flush(block, prose);
  }

  /** A line of its own, not indented, ending with a colon, of a few words: "Examples:", "Exit status:". */
  private static boolean isHeading(String line) {
    return !Character.isWhitespace(line.charAt(0)) && line.strip().endsWith(":") && line.strip().split(" ").length <= 4;
  }

  private void flush(List<String> block, List<String> prose) {
    if (!block.isEmpty()) {
      int indent = block.stream().mapToInt(ManPage::indent).min().orElse(0);
      out.add(".PP");
      out.add(".RS 2");
      out.add(".nf");
      for (String line : block) {
        out.add(Troff.line(Troff.literal(line.substring(indent).stripTrailing())));
      }
      out.add(".fi");
      out.add(".RE");
      block.clear();
    }
    if (!prose.isEmpty()) {
      out.add(".PP");
      text(String.join(" ", prose));
      prose.clear();
    }
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private void seeAlso() {
    List<String> pages = new ArrayList<>();
    if (isSub()) {
      for (CommandSpec up = spec.parent(); up != null; up = up.parent()) {
        pages.add(0, pageName(up));
      }
    }
    subcommands().values().forEach(sub -> pages.add(pageName(sub)));
    if (pages.isEmpty()) {
      return;
    }
    out.add(".SH \"SEE ALSO\"");
    for (int i = 0; i < pages.size(); i++) {
      out.add(".BR " + Troff.literal(pages.get(i)) + " (1)" + (i < pages.size() - 1 ? "," : ""));
    }
  }

  /** A description's paragraphs: each line of a help element (they end at %n) one paragraph. */
  private void paragraphs(String element) {
    for (String paragraph : element.split("\n")) {
      if (!paragraph.isBlank()) {
        out.add(".PP");
        text(paragraph);
      }
    }
  }

  /** One paragraph of help text as one line of troff, its markup and `commands` in bold. */
  private void text(String help) {
    String oneLine = help.replace('\n', ' ').strip();
    if (!oneLine.isEmpty()) {
      out.add(Troff.line(inline(oneLine)));
    }
  }

  /**
   * picocli's markup (@|bold text|@, @|italic text|@), `quoted commands` and page references
   * (between NULs, from {@link #command}) in their fonts; the rest as prose.
   */
  static String inline(String text) {
    StringBuilder result = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int markup = text.indexOf("@|", i);
      int tick = text.indexOf('`', i);
      int page = text.indexOf('\u0000', i);
      int next = min(min(markup, tick), page);
      if (next < 0) {
        result.append(Troff.prose(text.substring(i)));
        break;
      }
      result.append(Troff.prose(text.substring(i, next)));
      if (next == markup) {
        int space = text.indexOf(' ', next);
        int end = text.indexOf("|@", next);
        if (space < 0 || end < 0 || space > end) {
          result.append(Troff.prose("@|"));
          i = next + 2;
          continue;
        }
        String styles = text.substring(next + 2, space);
        Function<String, String> font = styles.contains("bold") ? Troff::bold
            : styles.contains("italic") || styles.contains("underline") ? Troff::italic : s -> s;
        result.append(font.apply(Troff.prose(text.substring(space + 1, end))));
        i = end + 2;
      } else {
        char mark = text.charAt(next);
        int end = text.indexOf(mark, next + 1);
        if (end < 0) {
          result.append(mark == '`' ? "`" : "");
          i = next + 1;
          continue;
        }
        result.append(Troff.bold(Troff.literal(text.substring(next + 1, end))));
        i = end + 1;
      }
    }
    return result.toString();
  }

  private static int min(int a, int b) {
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }

  /** A help string as picocli prints it: %n a new line, %% a per cent sign. */
  static String format(String text) {
    return text == null ? "" : text.replace("%n", "\n").replace("%%", "%");
  }

  /** The first line of a command's description, without its full stop, in lower case as NAME lines are. */
  private static String summary(CommandSpec spec) {
    String[] description = spec.usageMessage().description();
    String first = description.length == 0 ? "" : format(description[0]).split("\n", -1)[0].strip();
    first = first.replaceAll("@\\|[\\w,]+ (.*?)\\|@", "$1").replace("`", "");
    if (first.endsWith(".")) {
      first = first.substring(0, first.length() - 1);
    }
    // "Show one day" reads "show one day"; "JSON ..." stays as it is.
    if (first.length() > 1 && Character.isUpperCase(first.charAt(0))
        && (Character.isLowerCase(first.charAt(1)) || first.charAt(1) == ' ')) {
      first = Character.toLowerCase(first.charAt(0)) + first.substring(1);
    }
    return first;
  }

  /** rustplan, rustplan-log, rustplan-plan-check. */
  static String pageName(CommandSpec spec) {
    return spec.qualifiedName("-");
  }
}
