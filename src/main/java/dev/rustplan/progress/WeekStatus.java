package dev.rustplan.progress;

/** A week's status in the Weekly Progress Log, computed from its days. */
public enum WeekStatus {
  NOT_STARTED("⬜", "Not started"),
  IN_PROGRESS("🟡", "In progress"),
  COMPLETE("✅", "Complete");

  private final String symbol;
  private final String label;

  WeekStatus(String symbol, String label) {
    this.symbol = symbol;
    this.label = label;
  }

  public String symbol() {
    return symbol;
  }

  public String label() {
    return label;
  }

  /** "not-started", "in-progress", "complete", for JSON. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
