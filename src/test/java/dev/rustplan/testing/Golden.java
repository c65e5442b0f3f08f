package dev.rustplan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Golden files: approved output, kept under src/test/resources/golden/ as NAME.txt and compared
 * whole. A difference fails with a unified-style diff (line numbers, "-" expected, "+" actual),
 * the golden file's path and how to rewrite it.
 *
 * <p>To approve new output, run with {@code -Dgolden.update=true} (e.g. {@code mvn -o test
 * -Dtest=GoldenScreensTest -Dgolden.update=true}), or with the environment variable
 * {@code GOLDEN_UPDATE=true}; then read the rewritten files (git diff) before committing them.
 * While updating, a comparison writes the file and passes.
 */
public final class Golden {

  /** The golden files, in the source tree (not the copy on the class path) so that an update lands there. */
  public static final Path FOLDER = Path.of("src", "test", "resources", "golden");

  /** How to rewrite the golden files, as the failure messages say it. */
  public static final String HOW_TO_UPDATE =
      "mvn -o test -Dtest=GoldenScreensTest -Dgolden.update=true   (or GOLDEN_UPDATE=true in the environment)";

  private static final int CONTEXT = 3;

  private Golden() {}

  /** Whether this run rewrites the golden files instead of comparing with them. */
  public static boolean updating() {
    return "true".equalsIgnoreCase(System.getProperty("golden.update"))
        || "true".equalsIgnoreCase(System.getenv("GOLDEN_UPDATE"));
  }

  /** The file a name is kept in: FOLDER/NAME.txt. */
  public static Path file(String name) {
    return FOLDER.resolve(name + ".txt");
  }

  /** Passes when actual is exactly golden/NAME.txt; when updating, writes it there instead. */
  public static void assertMatches(String name, String actual) {
    Path file = file(name);
    try {
      if (updating()) {
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(actual)) {
          Files.createDirectories(file.getParent());
          Files.writeString(file, actual, StandardCharsets.UTF_8);
          System.out.println("[golden] wrote " + file.toAbsolutePath());
        }
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError("no golden file " + file.toAbsolutePath() + "; to write it from this output, run:\n  "
            + HOW_TO_UPDATE + "\n--- actual output ---\n" + actual);
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        throw new AssertionError("output differs from the golden file " + file.toAbsolutePath() + "\n"
            + "(- golden, + actual; if the new output is right, rewrite the golden files with:\n  " + HOW_TO_UPDATE
            + "\nand read the change before committing it)\n" + diff(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A unified-style diff of two texts, line by line: hunks headed "@@ -A,B +C,D @@" with up to
   * three lines of context, each line with its number in the expected and the actual text.
   */
  public static String diff(String expected, String actual) {
    Lines a = Lines.of(expected);
    Lines b = Lines.of(actual);
    List<Edit> edits = edits(a.lines, b.lines);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).sign == ' ') {
        i++;
        continue;
      }
      // A hunk: this change, the changes within 2 * CONTEXT lines of it, and CONTEXT lines around.
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
        if (edits.get(end).sign != ' ') {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      List<Edit> hunk = edits.subList(start, end);
      int aStart = hunk.stream().filter(e -> e.aLine > 0).mapToInt(e -> e.aLine).findFirst().orElse(0);
      int bStart = hunk.stream().filter(e -> e.bLine > 0).mapToInt(e -> e.bLine).findFirst().orElse(0);
      long aCount = hunk.stream().filter(e -> e.sign != '+').count();
      long bCount = hunk.stream().filter(e -> e.sign != '-').count();
      out.append("@@ -").append(aStart).append(',').append(aCount)
          .append(" +").append(bStart).append(',').append(bCount).append(" @@\n");
      for (Edit e : hunk) {
        out.append(e.sign)
            .append(String.format(" %4s %4s | ", e.aLine > 0 ? e.aLine : "", e.bLine > 0 ? e.bLine : ""))
            .append(e.text).append('\n');
      }
      i = end;
    }
    if (a.finalNewline != b.finalNewline) {
      out.append(a.finalNewline ? "+ the actual output does not end in a newline\n"
          : "- the golden file does not end in a newline\n");
    }
    if (out.isEmpty()) {
      out.append("(the texts differ only in their line endings)\n");
    }
    return out.toString();
  }

  private record Lines(List<String> lines, boolean finalNewline) {
    static Lines of(String text) {
      boolean newline = text.endsWith("\n");
      String body = newline ? text.substring(0, text.length() - 1) : text;
      return new Lines(body.isEmpty() && !newline ? List.of() : Arrays.asList(body.split("\n", -1)), newline);
    }
  }

  /** One line of the diff: ' ' in both, '-' only expected, '+' only actual, with its line numbers (0: none). */
  private record Edit(char sign, int aLine, int bLine, String text) {}

  /** The edits from a to b along a longest common subsequence of lines. */
  private static List<Edit> edits(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        edits.add(new Edit(' ', i + 1, j + 1, a.get(i)));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        edits.add(new Edit('+', 0, j + 1, b.get(j)));
        j++;
      } else {
        edits.add(new Edit('-', i + 1, 0, a.get(i)));
        i++;
      }
    }
    // Within a run of changes, the expected lines first, as unified diffs show them.
    for (int k = 0; k < edits.size(); ) {
      int end = k;
      while (end < edits.size() && edits.get(end).sign != ' ') {
        end++;
      }
      if (end > k) {
        List<Edit> run = new ArrayList<>(edits.subList(k, end));
        run.sort((x, y) -> Integer.compare(x.sign == '-' ? 0 : 1, y.sign == '-' ? 0 : 1));
        for (int r = 0; r < run.size(); r++) {
          edits.set(k + r, run.get(r));
        }
        k = end;
      } else {
        k++;
      }
    }
    return edits;
  }
}
