package dev.rustplan.testing;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile text for the parser properties: a valid document with a few of its lines deleted,
 * repeated, swapped or cut short, and lines of the format's own tokens (or arbitrary text) put in.
 * Text close to valid reaches deep into a parser; random text alone stops at its first check.
 */
public final class Mutations {

  private Mutations() {}

  /** One to eight edits of base, each putting in one of tokens or arbitrary text where it inserts. */
  public static Arbitrary<String> of(String base, List<String> tokens) {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of(tokens),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("|#`*-_:\\\"{}[],0123456789 \t\r\u0000\uFEFF\u2028é🦀").ofMaxLength(20));
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Kind.values()), Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, 1), line).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> apply(base, edits));
  }

  private enum Kind { DELETE, REPEAT, SWAP, INSERT, REPLACE, CUT, SPLICE }

  private record Edit(Kind kind, double at, double other, String text) {}

  private static String apply(String base, List<Edit> edits) {
    List<String> lines = new ArrayList<>(List.of(base.split("\n", -1)));
    for (Edit e : edits) {
      int i = index(e.at(), lines.size());
      int j = index(e.other(), lines.size());
      switch (e.kind()) {
        case DELETE -> lines.subList(Math.min(i, j), Math.max(i, j) + 1 > lines.size() ? lines.size() : Math.min(Math.max(i, j) + 1, Math.min(i, j) + 5)).clear();
        case REPEAT -> lines.add(j, lines.get(i));
        case SWAP -> {
          String a = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, a);
        }
        case INSERT -> lines.add(i, e.text());
        case REPLACE -> lines.set(i, e.text());
        case CUT -> lines.set(i, lines.get(i).substring(0, index(e.other(), lines.get(i).length() + 1)));
        case SPLICE -> {
          String s = lines.get(i);
          int at = index(e.other(), s.length() + 1);
          lines.set(i, s.substring(0, at) + e.text() + s.substring(at));
        }
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }

  private static int index(double fraction, int size) {
    return Math.min(size - 1, Math.max(0, (int) (fraction * size)));
  }
}
