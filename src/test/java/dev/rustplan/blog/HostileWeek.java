package dev.rustplan.blog;

import static dev.rustplan.testing.ResultAssert.assertThat;

import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A first week of ordinary Rust notes that static-site generators like to mangle, logged through
 * the real command line as a learner types them in a shell (single quotes: what is typed is what
 * arrives). Day 4 is skipped; day 7 gets a practice project. Each note knows what a reader of the
 * published page must see.
 */
final class HostileWeek {

  /** A note as logged, and the text the published page must show for it (the same, but for Markdown typed on purpose). */
  record Note(int day, String kind, String typed, String shown) {
    Note(int day, String kind, String typed) {
      this(day, kind, typed, typed);
    }
  }

  /** A snippet as logged with --code, and its language. */
  record Snippet(int day, String language, String code) {}

  /** The Monday the week starts on: long past, so that no generator holds the post back as dated in the future. */
  static final String START = "2025-03-03";

  /** The date the post is dated: when day 7 was done. */
  static final String POST_DATE = "2025-03-09";

  static final String WEEK_ONE_FILE = POST_DATE + "-100-days-of-rust-week-1.md";

  static final String TITLE = "100 Days of Rust: Week 1 - Memory Layout & Representations";

  /** The post's headings: the template's, and none made of a note. */
  static final List<String> HEADINGS = List.of(
      "Week 1: Memory Layout & Representations", "The Big Picture", "Key Concepts",
      "Day 1: Rust memory layout fundamentals", "Day 2: Size, alignment, and padding", "Day 3: Zero-sized types (ZSTs)",
      "Day 4: Dynamically sized types (DSTs)", "Day 5: Fat pointers", "Day 6: Option<&T> niche optimization",
      "Day 7: Build a memory inspector", "Code That Clicked", "Aha Moments 💡", "Struggles & How I Worked Through Them",
      "Practical Applications", "Resources That Helped Most", "Questions I'm Still Chewing On", "Next Week Preview");

  static final List<Note> NOTES = List.of(
      new Note(1, "learned", "Vec<T> is three words on the stack: pointer, capacity, length."),
      new Note(1, "learned", "size_of::<T>() is known at compile time, and Option<Box<T>> is as big as Box<T>."),
      new Note(2, "learned", "iter().map(|x| x * 2) doubles each item; a*b*c and __private__ are not emphasis."),
      new Note(2, "question", "What does {{ page.title }} print, and what would {% raw %} do?"),
      new Note(3, "learned", "cargo test -- --nocapture shows println! output; &'a str borrows for 'a."),
      new Note(3, "learned", "Two lines about <T>:\nwhere T: 'static, and b'a' is a byte."),
      new Note(3, "aha", "\"Quoted\" text stays straight... and so do ellipses."),
      new Note(5, "learned", "<script>alert(1)</script> in a note is only text."),
      new Note(5, "learned", "Emoji stay: 🦀 ✅ 💡"),
      new Note(5, "learned", "See [the book](https://doc.rust-lang.org/book/) and `Pin<&mut T>`; **bold** stays bold.",
          "See the book and Pin<&mut T>; bold stays bold."),
      new Note(5, "struggle", "Backslashes stay: C:\\Users\\me, \\n and \\\\."),
      new Note(6, "learned", "A | B | C is one line, not a table."),
      new Note(6, "learned", "#[derive(Debug)] and {:?} print with Debug."),
      new Note(6, "learned", "# is not a heading here"),
      new Note(6, "learned", "- is not a list marker here, nor is 1. in the next note"),
      new Note(6, "learned", "1. not a list either"),
      new Note(6, "question", "Is ~/.cargo/bin on PATH, and is ~~this~~ struck through?"),
      new Note(6, "learned", "$$x$$ is not math; &amp; and &lt; are shown as typed."),
      new Note(6, "learned", "Hugo's {{< figure >}} and {{% note %}} and Zola's {{ youtube(id=\"x\") }} are text."),
      new Note(7, "learned", "term\n: not a definition\n<!-- not a comment -->"),
      new Note(7, "learned", "x --- y and 1...10 and <<x>> and [x] stay as typed."),
      new Note(7, "learned", "> not a quote, and 2**10 and ***not bold*** either"),
      new Note(7, "learned", "* not a list\nA line\n===\nand another\n---\nno headings"),
      // A list in the lines after the first is Markdown typed on purpose (in `log --edit`, say).
      new Note(7, "learned", "Steps:\n- one\n- two", "Steps: one two"),
      new Note(7, "resource", "RfR Ch. 1 | layout"),
      new Note(7, "resource", "https://doc.rust-lang.org/nomicon/"));

  static final List<Snippet> CODE = List.of(
      new Snippet(2, "rust", """
          fn main() {
              let x = 5;
              println!("{{x}} is {x}");
              let v: Vec<u8> = Vec::with_capacity(4);
              assert!(v.capacity() >= 4 && 1 < 2);
          }
          """),
      new Snippet(3, "jinja", """
          {% extends "base.html" %}
          {% block content %}<h1>{{ title }}</h1>{% endblock %}
          """));

  private HostileWeek() {}

  /** Logs the week day by day (day 4 skipped), makes day 7's practice project in projects, and returns the learner. */
  static Rustplan logged(Path home, Path projects) {
    Rustplan r = new Rustplan(home);
    assertThat(r.today(START).run("start")).succeeds();
    for (int day = 1; day <= 7; day++) {
      // One day of the plan a calendar day.
      r.today(LocalDate.parse(START).plusDays(day - 1).toString());
      if (day == 4) {
        assertThat(r.run("skip", "4")).succeeds();
        continue;
      }
      List<String> args = new ArrayList<>(List.of("log", Integer.toString(day), "--minutes", "30"));
      for (Note note : NOTES) {
        if (note.day() == day) {
          args.add("--" + note.kind());
          args.add(note.typed());
        }
      }
      assertThat(r.run(args.toArray(String[]::new))).succeeds();
      for (Snippet snippet : CODE) {
        if (snippet.day() == day) {
          assertThat(r.stdin(snippet.code()).run("log", Integer.toString(day), "--code", "-", "--lang", snippet.language()))
              .succeeds();
        }
      }
      if (day == 7) {
        assertThat(r.run("practice", "7", "--dir", projects.toString())).succeeds();
      }
      assertThat(r.run("done", Integer.toString(day))).succeeds();
    }
    return r;
  }
}
