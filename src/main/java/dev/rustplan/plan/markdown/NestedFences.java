package dev.rustplan.plan.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line-number-preserving pre-pass for fenced blocks that hold fenced blocks. Plans written by an
 * AI nest a ```rust block inside a ```markdown template; plain CommonMark closes the outer block
 * at the inner block's closing fence, and everything after it (the Tips, the next appendix) turns
 * into code. When an outer fence's body opens fences with an info string and closes them again
 * before its own closing fence, this lengthens the outer pair so that commonmark reads the block
 * as its author meant. Only the two fence lines change; the file itself is never touched. Each
 * repair is reported, because a renderer without this pass (GitHub's) shows the file broken there.
 */
public final class NestedFences {

  private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*?)\\s*$");

  private NestedFences() {}

  /**
   * One outer block lengthened: the 1-based lines of its opening fence, of the inner fence where
   * plain CommonMark ends it instead, and of its own closing fence; its opening fence as written
   * ("```markdown") and the fence it should have ("````").
   */
  public record Repair(int openLine, int endsAtLine, int closeLine, String written, String fence) {}

  static List<String> repair(List<String> lines) {
    return repair(lines, new ArrayList<>());
  }

  static List<String> repair(List<String> lines, List<Repair> repairs) {
    List<String> out = new ArrayList<>(lines);
    int i = 0;
    while (i < out.size()) {
      Fence open = Fence.parse(out.get(i));
      i = open == null ? i + 1 : closeOf(out, i, open, repairs) + 1;
    }
    return out;
  }

  /** The index of the line that closes the block opened at {@code start}, lengthening it if nested. */
  private static int closeOf(List<String> lines, int start, Fence open, List<Repair> repairs) {
    int depth = 0;
    int innerLength = 0;
    int firstEnd = -1;
    for (int j = start + 1; j < lines.size(); j++) {
      Fence f = Fence.parse(lines.get(j));
      if (f == null || f.ch != open.ch) {
        continue;
      }
      if (!f.info.isEmpty()) {
        depth++;
        innerLength = Math.max(innerLength, f.length);
      } else if (depth > 0) {
        depth--;
        innerLength = Math.max(innerLength, f.length);
        if (firstEnd < 0 && f.length >= open.length) {
          firstEnd = j; // where a renderer without this pass ends the outer block
        }
      } else if (f.length >= open.length) {
        if (innerLength > 0) {
          int length = Math.max(open.length, innerLength) + 1;
          lines.set(start, open.withLength(length));
          lines.set(j, f.withLength(length));
          if (firstEnd >= 0) {
            repairs.add(new Repair(start + 1, firstEnd + 1, j + 1, String.valueOf(open.ch).repeat(open.length) + open.info,
                String.valueOf(open.ch).repeat(length)));
          }
        }
        return j;
      }
    }
    return plainCloseOf(lines, start, open);
  }

  /** Unbalanced nesting: fall back to CommonMark, where the first bare fence long enough closes. */
  private static int plainCloseOf(List<String> lines, int start, Fence open) {
    for (int j = start + 1; j < lines.size(); j++) {
      Fence f = Fence.parse(lines.get(j));
      if (f != null && f.ch == open.ch && f.info.isEmpty() && f.length >= open.length) {
        return j;
      }
    }
    return lines.size();
  }

  private record Fence(String indent, char ch, int length, String info) {

    static Fence parse(String line) {
      Matcher m = FENCE.matcher(line);
      if (!m.matches()) {
        return null;
      }
      String run = m.group(2);
      String info = m.group(3).strip();
      if (run.charAt(0) == '`' && info.contains("`")) {
        return null; // CommonMark: a backtick fence's info string has no backtick
      }
      return new Fence(m.group(1), run.charAt(0), run.length(), info);
    }

    String withLength(int newLength) {
      return indent + String.valueOf(ch).repeat(newLength) + info;
    }
  }
}
