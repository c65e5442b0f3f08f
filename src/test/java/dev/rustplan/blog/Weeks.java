package dev.rustplan.blog;

import dev.rustplan.blog.WeekPost.DayNotes;
import dev.rustplan.blog.WeekPost.DayTopic;
import dev.rustplan.blog.WeekPost.NextWeek;
import dev.rustplan.blog.WeekPost.ResourceUse;
import dev.rustplan.blog.WeekPost.Snippet;
import dev.rustplan.plan.PlanMeta;
import java.time.LocalDate;
import java.util.List;

/** Weeks as a learner leaves them: one worked through with notes of every kind, and untouched ones. */
final class Weeks {

  private Weeks() {}

  /** What the bundled plan's metadata file says. */
  static final PlanMeta BUNDLED = PlanMeta.defaults("100 Days of Rust", "100-days-of-rust");

  /** The second day's snippet: plain Rust. */
  static final String LAYOUT_CODE =
      """
      use std::mem::{align_of, size_of};

      #[allow(dead_code)]
      struct Padded {
          a: u8,
          b: u32,
          c: u16,
      }

      fn main() {
          // 1 + 3 padding + 4 + 2 + 2 padding = 12, reordered by rustc to 8
          println!("{} {}", size_of::<Padded>(), align_of::<Padded>());
      }
      """;

  /** The fifth day's snippet: a doc comment whose example is itself fenced with ```. */
  static final String DOC_TEST_CODE =
      """
      /// Splits a fat pointer into its data and metadata halves.
      ///
      /// ```
      /// let s: &[u8] = &[1, 2, 3];
      /// assert_eq!(parts(s).1, 3);
      /// ```
      pub fn parts(s: &[u8]) -> (*const u8, usize) {
          (s.as_ptr(), s.len())
      }
      """;

  /** The last day's snippet, in another language. */
  static final String CARGO_CODE =
      """
      [package]
      name = "memory-inspector"
      edition = "2021"
      """;

  static WeekPost weekOne(FrontMatter style) {
    return new WeekPost(
        1,
        "Memory Layout & Representations",
        "Foundations of Mastery",
        1,
        7,
        LocalDate.of(2026, 3, 8),
        List.of(
            new DayNotes(
                1,
                "Rust memory layout fundamentals",
                List.of(
                    "`repr(Rust)` promises nothing about field order; `repr(C)` does.",
                    "`repr(transparent)` makes a newtype share its field's ABI.")),
            new DayNotes(
                2,
                "Size, alignment, and padding",
                List.of("Size is always a multiple of alignment, so padding can trail the last field.")),
            new DayNotes(
                3,
                "Zero-sized types (ZSTs)",
                List.of(
                    "`PhantomData<T>` tells the drop checker we own a T.\nIt costs nothing at run time:\n\n    assert_eq!(size_of::<PhantomData<u64>>(), 0);")),
            new DayNotes(4, "Dynamically sized types (DSTs)", List.of()),
            new DayNotes(5, "Fat pointers", List.of("`&[T]` is (pointer, length); `&dyn Trait` is (pointer, vtable).")),
            new DayNotes(6, "`Option<&T>` niche optimization", List.of("A < B && C: the null niche makes `Option<&T>` pointer-sized.")),
            new DayNotes(7, "Build a memory inspector", List.of())),
        List.of(
            new Snippet(2, "rust", LAYOUT_CODE),
            new Snippet(5, "rust", DOC_TEST_CODE),
            new Snippet(7, "toml", CARGO_CODE)),
        List.of("The compiler reorders fields unless told not to.", "A ZST in a `Vec` never allocates."),
        List.of("Vtable layout is not stable.\nI stopped guessing and read the Rustonomicon's chapter instead."),
        List.of(
            new ResourceUse("Rustonomicon \"Data Layout\"", 1),
            new ResourceUse("RfR Ch. 1", 3),
            new ResourceUse("compiler explorer", 2)),
        List.of("Why is `Option<NonZeroU32>` 4 bytes but `Option<u32>` 8?", "Can I rely on field order with `repr(C)` enums?"),
        new NextWeek(
            2,
            "Ownership Deep Dive",
            List.of(
                new DayTopic(8, "Drop order and drop guarantees"),
                new DayTopic(9, "`Pin` fundamentals"),
                new DayTopic(10, "`Pin` in practice"),
                new DayTopic(11, "Interior mutability patterns"),
                new DayTopic(12, "Atomic types and memory ordering"),
                new DayTopic(13, "`Cow` and copy-on-write patterns"),
                new DayTopic(14, "Implement a simple `RefCell`"))),
        100,
        6,
        245,
        style,
        List.of(),
        BUNDLED,
        Publication.plain(BUNDLED));
  }

  /** Week 2 before anything was logged. */
  static WeekPost untouchedWeekTwo(FrontMatter style) {
    return new WeekPost(
        2,
        "Ownership Deep Dive",
        "Foundations of Mastery",
        8,
        14,
        LocalDate.of(2026, 3, 2),
        List.of(
            new DayNotes(8, "Drop order and drop guarantees", List.of()),
            new DayNotes(9, "`Pin` fundamentals", List.of()),
            new DayNotes(10, "`Pin` in practice", List.of()),
            new DayNotes(11, "Interior mutability patterns", List.of()),
            new DayNotes(12, "Atomic types and memory ordering", List.of()),
            new DayNotes(13, "`Cow` and copy-on-write patterns", List.of()),
            new DayNotes(14, "Implement a simple `RefCell`", List.of())),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        new NextWeek(3, "Advanced Trait Patterns", List.of(new DayTopic(15, "Trait objects vs generics"))),
        100,
        0,
        0,
        style,
        List.of(),
        BUNDLED,
        Publication.plain(BUNDLED));
  }

  /** The plan's last week, untouched: there is no next week to preview. */
  static WeekPost lastWeek(FrontMatter style) {
    return new WeekPost(
        14,
        "Performance Patterns",
        "Mastery & Integration",
        93,
        100,
        LocalDate.of(2026, 6, 9),
        List.of(new DayNotes(93, "Profiling with `perf` and flamegraphs", List.of()), new DayNotes(100, "Capstone", List.of())),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        100,
        0,
        0,
        style,
        List.of(),
        BUNDLED,
        Publication.plain(BUNDLED));
  }

  /** The same week under another theme. */
  static WeekPost withTheme(WeekPost w, String theme) {
    return new WeekPost(
        w.week(), theme, w.phase(), w.firstDay(), w.lastDay(), w.date(), w.days(), w.snippets(), w.aha(),
        w.struggles(), w.resources(), w.questions(), w.next(), w.planDays(), w.daysDone(), w.minutes(), w.frontMatter(),
        w.projects(), w.plan(), w.publication());
  }

  /** The same week of a plan with this metadata. */
  static WeekPost withPlan(WeekPost w, dev.rustplan.plan.PlanMeta plan) {
    return new WeekPost(
        w.week(), w.theme(), w.phase(), w.firstDay(), w.lastDay(), w.date(), w.days(), w.snippets(), w.aha(),
        w.struggles(), w.resources(), w.questions(), w.next(), w.planDays(), w.daysDone(), w.minutes(), w.frontMatter(),
        w.projects(), plan, Publication.plain(plan));
  }

  /** The same week with these snippets instead. */
  static WeekPost withSnippets(WeekPost w, List<Snippet> snippets) {
    return new WeekPost(
        w.week(), w.theme(), w.phase(), w.firstDay(), w.lastDay(), w.date(), w.days(), snippets, w.aha(),
        w.struggles(), w.resources(), w.questions(), w.next(), w.planDays(), w.daysDone(), w.minutes(), w.frontMatter(),
        w.projects(), w.plan(), w.publication());
  }

  /** The same week with these aha moments instead. */
  static WeekPost withAha(WeekPost w, List<String> aha) {
    return new WeekPost(
        w.week(), w.theme(), w.phase(), w.firstDay(), w.lastDay(), w.date(), w.days(), w.snippets(), aha,
        w.struggles(), w.resources(), w.questions(), w.next(), w.planDays(), w.daysDone(), w.minutes(), w.frontMatter(),
        w.projects(), w.plan(), w.publication());
  }
}
