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
import java.util.List;
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
            "2 learned, 1 snippet, 1 question, 1 resource, 1 aha, 35 min · doing");
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
    assertThat(drafts()).isEmpty();
  }

  @Test
  void aBufferThatCannotBeReadBackIsKeptInAFileWhosePathIsPrinted() throws IOException {
    byte[] before = file().bytes();
    String note = "### What I Learned\n- a long careful note\n\n### Feelings\n- proud\n";

    Result result = new Rustplan(home).env("EDITOR", writing("bad", note)).run("log", "--edit");

    assertThat(result).failsWith(1, "cannot read your note, line 4: unknown heading \"Feelings\"",
        "nothing was changed and your text is kept in " + home.resolve("drafts"));
    Path kept = keptIn(result);
    assertThat(Files.readString(kept)).isEqualTo(note);
    assertThat(result.err()).contains(kept + " (`rustplan log 1 --edit` opens it again)");
    // The draft and its companion (the notes it was written from) are the learner's alone.
    assertThat(privateFiles()).containsExactlyInAnyOrder(kept.getFileName().toString(),
        kept.getFileName().toString().replace(".md", ".base.json"));
    assertThat(file().bytes()).isEqualTo(before);
  }

  @Test
  void anEditorThatFailsChangesNothing() throws IOException {
    byte[] before = file().bytes();

    Result result = new Rustplan(home).env("EDITOR", editor("fails", "exit 3")).run("log", "--edit");

    assertThat(result).failsWith(1, "exited with status 3", "nothing was changed");
    assertThat(result.err()).doesNotContain("kept");
    assertThat(file().bytes()).isEqualTo(before);
    assertThat(drafts()).isEmpty();
  }

  @Test
  void withoutATerminalAndWithoutNoteOptionsLogSaysWhatToGive() {
    assertThat(new Rustplan(home).run("log"))
        .failsWith(2, "nothing to log: give --learned, --code, --question, --resource, --minutes, --aha or --struggle,"
            + " or --edit");
  }

  /** The draft a failed run names: "... your text is kept in PATH (`rustplan log N --edit` opens it again)". */
  private static Path keptIn(Result result) {
    String err = result.err();
    int from = err.indexOf("kept in ") + "kept in ".length();
    return Path.of(err.substring(from, err.indexOf(" (`rustplan log", from)));
  }

  /** The names of the files in the drafts folder, each checked to be readable by the learner alone. */
  private List<String> privateFiles() throws IOException {
    try (Stream<Path> files = Files.list(home.resolve("drafts"))) {
      List<Path> all = files.toList();
      for (Path p : all) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as("%s", p).isEqualTo("rw-------");
      }
      return all.stream().map(p -> p.getFileName().toString()).toList();
    }
  }

  /** A note under a heading rustplan does not know, so that it is kept as a draft. */
  private static final String UNREADABLE = "### What I Learned\n- a long careful note\n\n### Feelings\n- proud\n";

  /** An editor that takes the unknown heading out of UNREADABLE, so that the draft reads back. */
  private String fixing() throws IOException {
    return editor("fix", "sed -i -e '/^### Feelings$/d' -e '/^- proud$/d' \"$1\"");
  }

  /** Runs an edit that cannot be read back and returns the draft it leaves. */
  private Path leaveADraft() throws IOException {
    Result failed = new Rustplan(home).env("EDITOR", writing("unreadable", UNREADABLE)).run("log", "--edit");
    assertThat(failed).failsWith(1, "unknown heading \"Feelings\"");
    return keptIn(failed);
  }

  private JsonNode notes(int day) {
    return file().day(day).path("notes");
  }

  @Test
  void aSessionAddedUnderTimeSpentIsRecordedWhateverTheHeadingSays() throws IOException {
    assertThat(new Rustplan(home).run("log", "--minutes", "20")).succeeds();
    // What the brief of the buffer says, done as it says: a line added, the heading left at 20.
    String adding = editor("add", "sed -i 's/^- 2026-03-02: 20 minutes$/&\\n- 30 minutes/' \"$1\"");

    assertThat(new Rustplan(home).env("EDITOR", adding).run("log", "--edit")).succeeds().out()
        .contains("Saved your note for day 1", "50 min");

    assertThat(seen()).contains("under Time Spent,\n     add \"- 30 minutes\" for today's session: the total in its"
        + " heading is computed\n     from those lines.", "### Time Spent: 20 minutes\n- 2026-03-02: 20 minutes\n");
    assertThat(notes(1).path("sessions").toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":50}]");
    // A heading that says less than the lines is no error either: the lines are the record.
    String lowHeading = editor("low", "sed -i -e 's/^### Time Spent: 50 minutes$/### Time Spent: 5 minutes/'"
        + " -e 's/^- 2026-03-02: 50 minutes$/&\\n- 2026-03-01: 15 minutes/' \"$1\"");
    assertThat(new Rustplan(home).env("EDITOR", lowHeading).run("log", "--edit")).succeeds();
    assertThat(notes(1).path("sessions").toString())
        .isEqualTo("[{\"date\":\"2026-03-01\",\"minutes\":15},{\"date\":\"2026-03-02\",\"minutes\":50}]");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void aSessionLineDeletedUnderAnUnchangedHeadingIsGone() throws IOException {
    assertThat(new Rustplan(home).today("2026-03-01").run("log", "--minutes", "20")).succeeds();
    assertThat(new Rustplan(home).run("log", "--minutes", "15")).succeeds();
    String deleting = editor("delete", "sed -i '/^- 2026-03-01: 20 minutes$/d' \"$1\"");

    assertThat(new Rustplan(home).env("EDITOR", deleting).run("log", "--edit")).succeeds();

    assertThat(seen()).contains("### Time Spent: 35 minutes\n");
    // The heading still says 35, but it was not touched, so it does not put the 20 minutes back on today.
    assertThat(notes(1).path("sessions").toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":15}]");
  }

  @Test
  void aDraftThatCouldNotBeReadBackIsWhatTheNextEditOfThatDayOpens() throws IOException {
    Path kept = leaveADraft();

    Result again = new Rustplan(home).env("EDITOR", fixing()).run("log", "--edit");

    assertThat(again).succeeds();
    assertThat(again.out().lines().findFirst().orElse("")).isEqualTo("Opening day 1's draft, kept from an edit that"
        + " was not saved: " + kept + " (what it says when you quit is saved; `rustplan log 1 --edit --fresh` starts"
        + " over from the journal's note).");
    assertThat(again.out()).contains("Saved your note for day 1");
    assertThat(seen()).isEqualTo(UNREADABLE);
    assertThat(notes(1).path("learned").toString()).isEqualTo("[\"a long careful note\"]");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void aDraftOpenedAgainAndQuitUnchangedIsSavedIfItReadsBack() throws IOException {
    // A draft kept because the journal could not be written: a fine note, which the learner meant to save.
    Path kept = leaveADraft();
    Files.writeString(kept, "### What I Learned\n- meant to be saved\n");

    Result again = new Rustplan(home).env("EDITOR", editor("quit", "true")).run("log", "--edit");

    assertThat(again).succeeds().out().startsWith("Opening day 1's draft").contains("Saved your note for day 1");
    assertThat(notes(1).path("learned").toString()).isEqualTo("[\"meant to be saved\"]");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void anotherDaysEditDoesNotOpenTheDraft() throws IOException {
    leaveADraft();

    assertThat(new Rustplan(home).env("EDITOR", writing("two", "### What I Learned\n- day two\n")).run("log", "2", "--edit"))
        .succeeds().out().doesNotContain("draft");

    assertThat(seen()).startsWith("<!-- Your notes for day 2.");
    assertThat(notes(2).path("learned").toString()).isEqualTo("[\"day two\"]");
    assertThat(drafts()).isNotEmpty();
  }

  @Test
  void aDraftOpenedAgainAfterTheDayWasLoggedMeanwhileLosesNeitherSide() throws IOException {
    assertThat(new Rustplan(home).run("log", "--learned", "first", "--minutes", "20")).succeeds();
    // The draft: "first" kept, "from the draft" and ten more minutes added, and a heading that cannot be read.
    String drafting = editor("draft", "sed -i -e 's/^- first$/&\\n- from the draft/'"
        + " -e 's/^- 2026-03-02: 20 minutes$/- 2026-03-02: 30 minutes/' \"$1\" && printf '### Feelings\\n' >> \"$1\"");
    Result failed = new Rustplan(home).env("EDITOR", drafting).run("log", "--edit");
    assertThat(failed).failsWith(1, "unknown heading \"Feelings\"");
    assertThat(new Rustplan(home).run("log", "--learned", "meanwhile", "--minutes", "5")).succeeds();

    String fix = editor("fix2", "sed -i '/^### Feelings$/d' \"$1\"");
    assertThat(new Rustplan(home).env("EDITOR", fix).run("log", "--edit")).succeeds().out()
        .startsWith("Opening day 1's draft").contains("Saved your note for day 1");

    assertThat(seen()).contains("- first\n- from the draft\n").doesNotContain("meanwhile");
    // The draft was merged from the notes it was written from: its own change, and what was logged meanwhile.
    assertThat(notes(1).path("learned").toString()).isEqualTo("[\"first\",\"meanwhile\",\"from the draft\"]");
    assertThat(notes(1).path("sessions").toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":35}]");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void aDraftWithoutItsCompanionIsMergedSoThatNothingIsLostOrCountedTwice() throws IOException {
    assertThat(new Rustplan(home).run("log", "--learned", "first", "--minutes", "20")).succeeds();
    String drafting = editor("draft", "sed -i -e 's/^- first$/&\\n- from the draft/' \"$1\""
        + " && printf '### Feelings\\n' >> \"$1\"");
    Path kept = keptIn(new Rustplan(home).env("EDITOR", drafting).run("log", "--edit"));
    // As an older rustplan left its drafts: no record of the notes it was written from.
    Files.delete(kept.resolveSibling(kept.getFileName().toString().replace(".md", ".base.json")));
    assertThat(new Rustplan(home).run("log", "--learned", "meanwhile", "--minutes", "5")).succeeds();

    String fix = editor("fix2", "sed -i '/^### Feelings$/d' \"$1\"");
    assertThat(new Rustplan(home).env("EDITOR", fix).run("log", "--edit")).succeeds().out().startsWith("Opening day 1's draft");

    assertThat(notes(1).path("learned").toString()).isEqualTo("[\"first\",\"meanwhile\",\"from the draft\"]");
    assertThat(notes(1).path("sessions").toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":25}]");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void freshStartsOverFromTheJournalsNoteAndTheEarlierDraftGoesOnceTheNewEditIsSaved() throws IOException {
    assertThat(new Rustplan(home).run("log", "--learned", "in the journal")).succeeds();
    Path kept = leaveADraft();

    Result fresh = new Rustplan(home).env("EDITOR", editor("add", "printf '\\n- added afresh\\n' >> \"$1\""))
        .run("log", "--edit", "--fresh");

    assertThat(fresh).succeeds().out().doesNotContain("Opening")
        .contains("Saved your note for day 1", "Removed the draft of an earlier edit, " + kept + ", as --fresh asks.");
    assertThat(seen()).startsWith("<!-- Your notes for day 1.").contains("- in the journal\n").doesNotContain("careful");
    assertThat(notes(1).path("learned").toString()).isEqualTo("[\"in the journal\"]");
    assertThat(notes(1).path("struggles").toString()).isEqualTo("[\"added afresh\"]");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void freshQuitUnchangedGivesUpTheEarlierDraftButAFailingEditorKeepsIt() throws IOException {
    Path kept = leaveADraft();

    Result failing = new Rustplan(home).env("EDITOR", editor("fails", "exit 1")).run("log", "--edit", "--fresh");
    assertThat(failing).failsWith(1, "exited with status 1", "nothing was changed");
    assertThat(privateFiles()).containsExactlyInAnyOrder(kept.getFileName().toString(),
        kept.getFileName().toString().replace(".md", ".base.json"));
    assertThat(Files.readString(kept)).isEqualTo(UNREADABLE);

    Result unchanged = new Rustplan(home).env("EDITOR", editor("same", "true")).run("log", "--edit", "--fresh");
    assertThat(unchanged).succeeds().out().isEqualTo("The note is unchanged: nothing changed for day 1.\n"
        + "Removed the draft of an earlier edit, " + kept + ", as --fresh asks.\n");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void freshWhoseEditCannotBeReadBackEitherReplacesTheEarlierDraft() throws IOException {
    Path first = leaveADraft();

    Result again = new Rustplan(home).env("EDITOR", writing("worse", "### Moods\n- meh\n")).run("log", "--edit", "--fresh");

    assertThat(again).failsWith(1, "unknown heading \"Moods\"");
    Path second = keptIn(again);
    assertThat(second).isNotEqualTo(first).exists();
    assertThat(first).doesNotExist();
    assertThat(Files.readString(second)).isEqualTo("### Moods\n- meh\n");
  }

  @Test
  void anEditorKilledByASignalChangesNothingAndLeavesNoDraft() throws IOException {
    byte[] before = file().bytes();

    Result result = new Rustplan(home).env("EDITOR", editor("interrupted", "kill -INT $$")).run("log", "--edit");

    assertThat(result).failsWith(130, "was interrupted (Ctrl-C); nothing was changed");
    assertThat(file().bytes()).isEqualTo(before);
    assertThat(drafts()).isEmpty();
  }

  @Test
  void anEditorThatFailsAfterTheLearnerSavedKeepsTheirTypingAndTheNextEditOpensIt() throws IOException {
    String savedThenFailed = editor("saved", "printf '\\n- typed before the crash\\n' >> \"$1\"; exit 2");

    Result failed = new Rustplan(home).env("EDITOR", savedThenFailed).run("log", "--edit");

    assertThat(failed).failsWith(1, "exited with status 2; nothing was changed and your text is kept in");
    assertThat(Files.readString(keptIn(failed))).endsWith("- typed before the crash\n");
    assertThat(new Rustplan(home).env("EDITOR", editor("quit", "true")).run("log", "--edit")).succeeds();
    assertThat(notes(1).path("struggles").toString()).isEqualTo("[\"typed before the crash\"]");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void aReopenedDraftIsKeptWhenTheEditorFailsAndGoneWhenEmptied() throws IOException {
    Path kept = leaveADraft();

    Result failing = new Rustplan(home).env("EDITOR", editor("fails", "exit 1")).run("log", "--edit");
    assertThat(failing).failsWith(1, "exited with status 1; nothing was changed and your text is kept in " + kept);
    assertThat(Files.readString(kept)).isEqualTo(UNREADABLE);

    Result emptied = new Rustplan(home).env("EDITOR", editor("empty", ": > \"$1\"")).run("log", "--edit");
    assertThat(emptied).succeeds().out().endsWith("The note was emptied: nothing changed for day 1.\n");
    assertThat(drafts()).isEmpty();
  }

  @Test
  void aDraftLeftByAnEditThatWasCutShortIsNotOpenedAgain() throws IOException {
    assertThat(new Rustplan(home).run("log", "--learned", "first")).succeeds();
    // What a rustplan killed while the editor was open leaves: the draft as written, and its companion.
    Path copies = Files.createDirectories(scripts.resolve("copies"));
    String copying = editor("copy", "cp \"$1\" \"${1%.md}.base.json\" '" + copies + "'");
    assertThat(new Rustplan(home).env("EDITOR", copying).run("log", "--edit")).succeeds();
    try (Stream<Path> files = Files.list(copies)) {
      for (Path p : files.toList()) {
        Files.copy(p, home.resolve("drafts").resolve(p.getFileName()));
      }
    }
    assertThat(new Rustplan(home).run("log", "--learned", "second")).succeeds();

    Result next = new Rustplan(home).env("EDITOR", editor("same", "true")).run("log", "--edit");

    assertThat(next).succeeds().out().isEqualTo("The note is unchanged: nothing changed for day 1.\n");
    assertThat(seen()).contains("- first\n- second\n");
    assertThat(drafts()).isEmpty();
  }
}
