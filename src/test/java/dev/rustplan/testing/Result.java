package dev.rustplan.testing;

/** What one rustplan run left behind: its exit status and everything it printed. */
public record Result(int exit, String out, String err) {

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
  }
}
