package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.OptionValue;
import dev.rustplan.cli.SpecBuilder;
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

  private final OptionValue<List<String>> learned = new OptionValue<>(List.of());
  private final OptionValue<String> code = new OptionValue<>(null);
  private final OptionValue<String> lang = new OptionValue<>(null);
  private final OptionValue<List<String>> questions = new OptionValue<>(List.of());
  private final OptionValue<List<String>> resources = new OptionValue<>(List.of());
  private final OptionValue<String> minutes = new OptionValue<>(null);
  private final OptionValue<List<String>> aha = new OptionValue<>(List.of());
  private final OptionValue<List<String>> struggles = new OptionValue<>(List.of());

  /** Adds these options to the command being declared. */
  SpecBuilder addTo(SpecBuilder command) {
    return command
        .add(SpecBuilder.repeatable("--learned", "TEXT", "Something you learned (repeatable).", learned))
        .add(SpecBuilder.option("--code", "FILE|-", String.class, "Code you wrote, from a file or (-) from stdin.", code))
        .add(SpecBuilder.option("--lang", "LANG", String.class,
            "The language of --code (default: from the file's extension, e.g. .rs is rust).", lang))
        .add(SpecBuilder.repeatable("--question", "TEXT", "A question that arose (repeatable).", questions))
        .add(SpecBuilder.repeatable("--resource", "TEXT", "A resource you used (repeatable).", resources))
        .add(SpecBuilder.option("--minutes", "N", String.class,
            "Minutes you spent today (added to the day's time).", minutes))
        .add(SpecBuilder.repeatable("--aha", "TEXT", "An aha moment, for the weekly post (repeatable).", aha))
        .add(SpecBuilder.repeatable("--struggle", "TEXT", "A struggle, for the weekly post (repeatable).", struggles));
  }

  boolean any() {
    return !learned.value().isEmpty() || code.value() != null || !questions.value().isEmpty()
        || !resources.value().isEmpty() || minutes.value() != null || !aha.value().isEmpty()
        || !struggles.value().isEmpty() || lang.value() != null;
  }

  /** The notes these options add today; every fault is found here, before anything is written. */
  Notes toNotes(LocalDate today, InputStream stdin) {
    if (lang.value() != null && code.value() == null) {
      throw RustplanException.usage("--lang names the language of --code; give --code FILE (or - for stdin) too");
    }
    List<CodeSnippet> snippets = code.value() == null ? List.of() : List.of(snippet(code.value(), stdin));
    Notes notes =
        new Notes(texts("--learned", learned.value()), snippets, texts("--question", questions.value()),
            texts("--resource", resources.value()), List.of(), texts("--aha", aha.value()),
            texts("--struggle", struggles.value()), Unknown.NONE);
    // A session of 0 minutes still marks the date as one the learner studied, for the streak.
    return notes.withSession(today, minutes.value() == null ? 0 : minutes(minutes.value()));
  }

  private static int minutes(String minutes) {
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
    List<String> clean = new ArrayList<>(values.size()); // a loop: log's start-up, and a lambda costs 0.3 ms to link
    for (String value : values) {
      clean.add(Notes.clean(value));
    }
    return clean;
  }

  private CodeSnippet snippet(String code, InputStream stdin) {
    String text;
    String language = lang.value();
    if (code.equals("-")) {
      try {
        text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw RustplanException.failure("cannot read the code from stdin: " + e.getMessage(), e);
      }
    } else {
      Path file = Path.of(code);
      text = read(code, file);
      if (language == null) {
        language = languageOf(file);
      }
    }
    if (text.isBlank()) {
      throw RustplanException.usage("--code " + code + " holds no code: a note cannot be empty");
    }
    return new CodeSnippet(language, text.endsWith("\n") ? text : text + "\n");
  }

  private static String read(String code, Path file) {
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
