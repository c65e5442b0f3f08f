package dev.rustplan.search;

/** Where a hit was found: a field of the plan's day, or a section of the learner's notes. */
public enum Place {
  TOPIC("topic", true),
  ACTIVITY("activity", true),
  RESOURCE("resource", true),
  LEARNED("learned", false),
  CODE("code", false),
  QUESTION("question", false),
  RESOURCE_USED("resource used", false),
  AHA("aha", false),
  STRUGGLE("struggle", false);

  private final String label;
  private final boolean plan;

  Place(String label, boolean plan) {
    this.label = label;
    this.plan = plan;
  }

  /** The word shown beside a hit: "topic", "learned", "resource used". */
  public String label() {
    return label;
  }

  /** True for the plan's text, false for the learner's notes. */
  public boolean inPlan() {
    return plan;
  }
}
