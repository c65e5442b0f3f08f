package dev.rustplan.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists of notes compared as multisets: a note logged twice counts twice. */
public final class Multiset {

  private Multiset() {}

  /** The items of a beyond those b has as many of, in a's order. */
  public static <T> List<T> minus(List<T> a, List<T> b) {
    Map<T, Integer> left = new HashMap<>();
    b.forEach(item -> left.merge(item, 1, Integer::sum));
    List<T> rest = new ArrayList<>();
    for (T item : a) {
      if (left.getOrDefault(item, 0) > 0) {
        left.merge(item, -1, Integer::sum);
      } else {
        rest.add(item);
      }
    }
    return rest;
  }
}
