package dev.rustplan.cli.text;

/** Minutes as a person reads them: "45 minutes", "7 h 30 min". */
final class Minutes {

  private Minutes() {}

  static String text(int minutes) {
    if (minutes < 60) {
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
    int m = minutes % 60;
    return minutes / 60 + " h" + (m == 0 ? "" : " " + m + " min");
  }
}
