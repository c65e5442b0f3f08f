package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `log --edit` with a small shell script as the editor: it keeps a copy of what it was shown
 * (seen.md) and then does to the buffer what the test asks.
 */
class LogEditorTest {

  @TempDir Path home;
  @TempDir Path scripts;

  private JournalFile file() {
    return new JournalFile(home);
  }

  @BeforeEach
  void start() {
    assertThat(new Rustplan(home).run("start")).succeeds();
  }

  /** An editor that copies the buffer to seen.md, then runs the given shell lines on "$1". */
  private String editor(String name, String body) throws IOException {
    Path script = scripts.resolve(name);
    Files.writeString(script, "#!/bin/sh\ncp \"$1\" '" + scripts.resolve("seen.md") + "'\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }

  private String seen() throws IOException {
    return Files.readString(scripts.resolve("seen.md"));
  }

  private String writing(String name, String note) throws IOException {
    Path answer = scripts.resolve(name + ".md");
    Files.writeString(answer, note);
    return editor(name, "cat '" + answer + "' > \"$1\"");
  }

  private String drafts() throws IOException {
    Path folder = home.resolve("drafts");
    if (!Files.isDirectory(folder)) {
      return "";
    }
    try (Stream<Path> files = Files.list(folder)) {
      return String.join(",", files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void withNoNoteOptionAtATerminalTheEditorOpensOnTheTemplateAndItsSectionsAreRead() throws IOException {
    String note = """
        ## Day 1: Rust memory layout fundamentals

        ### What I Learned
        - `repr(C)` keeps the declared field order
        - `repr(Rust)` may reorder fields
          to save padding

        ### Code I Wrote
        ```rust
        #[repr(C)]
        struct A { a: u8, b: u32 }
        ```

        ### Questions That Arose
        - When is `repr(transparent)` needed?

        ### Resources Used
        - RfR Ch. 1

        ### Time Spent: 35 minutes

        ### Aha Moments
        - size_of shows the padding

        ### Struggles
        -
        """;
    Result result = new Rustplan(home).interactive(true).env("EDITOR", writing("full", note)).run("log");

    assertThat(result).succeeds().out()
        .contains("Saved your note for day 1 (Rust memory layout fundamentals).",
            "2 learned, 1 snippet, 1 question, 1 resource, 1 aha, 35 minutes · doing");
    assertThat(seen()).contains("## Day 1: Rust memory layout fundamentals", "### What I Learned\n- \n",
        "### Code I Wrote\n```rust\n// paste code here\n```", "### Questions That Arose", "### Resources Used",
        "### Time Spent: __ minutes");
    JsonNode day = file().day(1);
    assertThat(day.path("status").asText()).isEqualTo("doing");
    assertThat(day.path("notes").path("learned").get(1).asText()).isEqualTo("`repr(Rust)` may reorder fields\nto save padding");
    assertThat(day.path("notes").path("code").get(0).path("language").asText()).isEqualTo("rust");
    assertThat(day.path("notes").path("code").get(0).path("code").asText()).isEqualTo("#[repr(C)]\nstruct A { a: u8, b: u32 }\n");
    assertThat(day.path("notes").path("questions").get(0).asText()).isEqualTo("When is `repr(transparent)` needed?");
    assertThat(day.path("notes").path("sessions").toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":35}]");
    assertThat(day.path("notes").has("struggles")).isFalse();
    assertThat(drafts()).isEmpty();
  }

  @Test
  void theEditorShowsWhatWasLoggedAndEditsIt() throws IOException {
    assertThat(new Rustplan(home).run("log", "--learned", "first", "--question", "why?", "--minutes", "20")).succeeds();
    String editor = editor("sed", "sed -i -e 's/^- first$/- first, corrected/' -e 's/^- why?$/- why, really?/' \"$1\"");

    assertThat(new Rustplan(home).env("EDITOR", editor).run("log", "--edit")).succeeds();

    assertThat(seen()).contains("### What I Learned\n- first\n", "### Questions That Arose\n- why?\n",
        "### Time Spent: 20 minutes\n- 2026-03-02: 20 minutes\n");
    assertThat(file().day(1).path("notes").path("learned").toString()).isEqualTo("[\"first, corrected\"]");
    assertThat(file().day(1).path("notes").path("questions").toString()).isEqualTo("[\"why, really?\"]");
    assertThat(file().day(1).path("notes").path("sessions").get(0).path("minutes").asInt()).isEqualTo(20);
  }

  @Test
  void visualComesBeforeEditor() throws IOException {
    String visual = writing("visual", "### What I Learned\n- from VISUAL\n");
    String editor = writing("editor", "### What I Learned\n- from EDITOR\n");

    assertThat(new Rustplan(home).env("VISUAL", visual).env("EDITOR", editor).run("log", "--edit")).succeeds();

    assertThat(file().day(1).path("notes").path("learned").toString()).isEqualTo("[\"from VISUAL\"]");
  }

  @Test
  void anUnchangedBufferChangesNothingAndSaysSo() throws IOException {
    byte[] before = file().bytes();

    assertThat(new Rustplan(home).env("EDITOR", editor("same", "true")).run("log", "--edit")).succeeds().out()
        .isEqualTo("The note is unchanged: nothing changed for day 1.\n");

    assertThat(file().bytes()).isEqualTo(before);
    assertThat(drafts()).isEmpty();
  }

  @Test
  void anEmptiedBufferChangesNothingAndSaysSo() throws IOException {
    assertThat(new Rustplan(home).run("log", "--learned", "keep me")).succeeds();
    byte[] before = file().bytes();

    assertThat(new Rustplan(home).env("EDITOR", editor("empty", ": > \"$1\"")).run("log", "--edit")).succeeds().out()
        .isEqualTo("The note was emptied: nothing changed for day 1.\n");

    assertThat(file().bytes()).isEqualTo(before);
  }

  @Test
  void aBufferThatCannotBeReadBackIsKeptInAFileWhosePathIsPrinted() throws IOException {
    byte[] before = file().bytes();
    String note = "### What I Learned\n- a long careful note\n\n### Feelings\n- proud\n";

    Result result = new Rustplan(home).env("EDITOR", writing("bad", note)).run("log", "--edit");

    assertThat(result).failsWith(1, "cannot read your note, line 4: unknown heading \"Feelings\"",
        "nothing was changed and your text is kept in " + home.resolve("drafts"));
    Path kept = Path.of(result.err().substring(result.err().indexOf(home.resolve("drafts").toString())).trim());
    assertThat(Files.readString(kept)).isEqualTo(note);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
    assertThat(file().bytes()).isEqualTo(before);
  }

  @Test
  void anEditorThatFailsChangesNothing() throws IOException {
    byte[] before = file().bytes();

    Result result = new Rustplan(home).env("EDITOR", editor("fails", "exit 3")).run("log", "--edit");

    assertThat(result).failsWith(1, "exited with status 3", "nothing was changed");
    assertThat(file().bytes()).isEqualTo(before);
  }

  @Test
  void withoutATerminalAndWithoutNoteOptionsLogSaysWhatToGive() {
    assertThat(new Rustplan(home).run("log"))
        .failsWith(2, "nothing to log: give --learned, --code, --question, --resource, --minutes, --aha or --struggle,"
            + " or --edit");
  }
}
