package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.Unknown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** The note options of `log`, checked and turned into the notes they add. */
final class NoteOptions {

  static final int MAX_MINUTES = 24 * 60;

  private static final Map<String, String> LANGUAGES =
      Map.ofEntries(
          Map.entry("rs", "rust"), Map.entry("toml", "toml"), Map.entry("c", "c"), Map.entry("h", "c"),
          Map.entry("cpp", "cpp"), Map.entry("py", "python"), Map.entry("sh", "sh"), Map.entry("go", "go"),
          Map.entry("java", "java"), Map.entry("js", "javascript"), Map.entry("ts", "typescript"),
          Map.entry("json", "json"), Map.entry("yaml", "yaml"), Map.entry("yml", "yaml"),
          Map.entry("proto", "protobuf"), Map.entry("s", "asm"), Map.entry("asm", "asm"), Map.entry("md", "markdown"));

  @Option(names = "--learned", paramLabel = "TEXT", description = "Something you learned (repeatable).")
  List<String> learned = new ArrayList<>();

  @Option(names = "--code", paramLabel = "FILE|-", description = "Code you wrote, from a file or (-) from stdin.")
  String code;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "The language of --code (default: from the file's extension, e.g. .rs is rust).")
  String lang;

  @Option(names = "--question", paramLabel = "TEXT", description = "A question that arose (repeatable).")
  List<String> questions = new ArrayList<>();

  @Option(names = "--resource", paramLabel = "TEXT", description = "A resource you used (repeatable).")
  List<String> resources = new ArrayList<>();

  @Option(names = "--minutes", paramLabel = "N", description = "Minutes you spent today (added to the day's time).")
  String minutes;

  @Option(names = "--aha", paramLabel = "TEXT", description = "An aha moment, for the weekly post (repeatable).")
  List<String> aha = new ArrayList<>();

  @Option(names = "--struggle", paramLabel = "TEXT", description = "A struggle, for the weekly post (repeatable).")
  List<String> struggles = new ArrayList<>();

  boolean any() {
    return !learned.isEmpty() || code != null || !questions.isEmpty() || !resources.isEmpty() || minutes != null
        || !aha.isEmpty() || !struggles.isEmpty() || lang != null;
  }

  /** The notes these options add today; every fault is found here, before anything is written. */
  Notes toNotes(LocalDate today, InputStream stdin) {
    if (lang != null && code == null) {
      throw RustplanException.usage("--lang names the language of --code; give --code FILE (or - for stdin) too");
    }
    List<CodeSnippet> snippets = code == null ? List.of() : List.of(snippet(stdin));
    Notes notes =
        new Notes(texts("--learned", learned), snippets, texts("--question", questions),
            texts("--resource", resources), List.of(), texts("--aha", aha), texts("--struggle", struggles),
            Unknown.NONE);
    // A session of 0 minutes still marks the date as one the learner studied, for the streak.
    return notes.withSession(today, minutes == null ? 0 : minutes());
  }

  private int minutes() {
    try {
      int n = Integer.parseInt(minutes.trim());
      if (n >= 1 && n <= MAX_MINUTES) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw RustplanException.usage(
        "--minutes must be a whole number from 1 to " + MAX_MINUTES + " (one day), got '" + minutes + "'");
  }

  private static List<String> texts(String option, List<String> values) {
    for (String value : values) {
      if (value.isBlank()) {
        throw RustplanException.usage(option + " needs some text: a note cannot be empty");
      }
    }
    return values.stream().map(Notes::clean).toList();
  }

  private CodeSnippet snippet(InputStream stdin) {
    String text;
    String language = lang;
    if (code.equals("-")) {
      try {
        text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw RustplanException.failure("cannot read the code from stdin: " + e.getMessage(), e);
      }
    } else {
      Path file = Path.of(code);
      text = read(file);
      if (language == null) {
        language = languageOf(file);
      }
    }
    if (text.isBlank()) {
      throw RustplanException.usage("--code " + code + " holds no code: a note cannot be empty");
    }
    return new CodeSnippet(language, text.endsWith("\n") ? text : text + "\n");
  }

  private String read(Path file) {
    if (Files.isDirectory(file)) {
      throw RustplanException.usage("--code " + code + " is a folder; give a file, or - to read the code from stdin");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw RustplanException.usage("--code " + code + ": no such file; give a file that exists, or - for stdin");
    } catch (CharacterCodingException e) {
      throw RustplanException.usage("--code " + code + " is not UTF-8 text; rustplan keeps code as text");
    } catch (IOException e) {
      throw RustplanException.failure("cannot read --code " + code + ": " + e.getMessage(), e);
    }
  }

  private static String languageOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : LANGUAGES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
