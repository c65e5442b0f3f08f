package dev.rustplan.testing;

import java.util.List;

/** The headings of week 1's post from the bundled plan and template: every section, one subsection a day. */
public final class WeekOneHeadings {

  public static final List<String> ALL =
      List.of(
          "# Week 1: Memory Layout & Representations",
          "## The Big Picture",
          "## Key Concepts",
          "### Day 1: Rust memory layout fundamentals",
          "### Day 2: Size, alignment, and padding",
          "### Day 3: Zero-sized types (ZSTs)",
          "### Day 4: Dynamically sized types (DSTs)",
          "### Day 5: Fat pointers",
          "### Day 6: `Option<&T>` niche optimization",
          "### Day 7: Build a memory inspector",
          "## Code That Clicked",
          "## Aha Moments 💡",
          "## Struggles & How I Worked Through Them",
          "## Practical Applications",
          "## Resources That Helped Most",
          "## Questions I'm Still Chewing On",
          "## Next Week Preview");

  private WeekOneHeadings() {}
}
