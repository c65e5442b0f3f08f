package dev.rustplan.plan;

import java.util.List;

/**
 * The plan's appendices: bonus topics (A), the reading list (B), the daily note template (C), the
 * weekly post template (D), the weekly progress log (E) and the tips. A plan may lack any of them.
 */
public record Appendices(
    List<BonusTopic> bonusTopics,
    ReadingList readingList,
    String dailyTemplate,
    String weeklyTemplate,
    List<ProgressLogEntry> progressLog,
    List<String> tips) {

  public Appendices {
    bonusTopics = List.copyOf(bonusTopics);
    progressLog = List.copyOf(progressLog);
    tips = List.copyOf(tips);
  }

  /** A bonus topic of Appendix A: "Procedural macros", "`proc-macro2`, `syn`, `quote`". */
  public record BonusTopic(String name, String description) {}

  /** Appendix B: books, blog posts and RFCs, each as the plan wrote it. */
  public record ReadingList(List<String> books, List<String> posts, List<String> rfcs) {
    public ReadingList {
      books = List.copyOf(books);
      posts = List.copyOf(posts);
      rfcs = List.copyOf(rfcs);
    }
  }

  /** A row of Appendix E: the week, its days as written ("1-7"), its theme, and the line. */
  public record ProgressLogEntry(int week, String days, String theme, int line) {}
}
