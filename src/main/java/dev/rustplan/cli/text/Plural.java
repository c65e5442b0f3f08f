package dev.rustplan.cli.text;

/** Counts in words: "1 week", "14 weeks", and "no errors" where zero reads better. */
public final class Plural {

  private Plural() {}

  public static String of(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  public static String orNo(int n, String noun) {
    return n == 0 ? "no " + noun + "s" : of(n, noun);
  }

  /** "100 days in 14 weeks and 6 phases". */
  public static String shape(int days, int weeks, int phases) {
    return of(days, "day") + " in " + of(weeks, "week") + " and " + of(phases, "phase");
  }
}
