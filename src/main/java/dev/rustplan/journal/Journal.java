package dev.rustplan.journal;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything in progress.json: the schema version, the learner's settings, and their progress per
 * plan, keyed by the plan's id so that the progress of another plan never mixes in.
 */
public record Journal(
    int schema, SortedMap<String, String> config, SortedMap<String, PlanJournal> plans, Unknown unknown) {

  /** The schema this version reads and writes. A file with a higher number is refused, never rewritten. */
  public static final int SCHEMA = 1;

  public static final Journal EMPTY = new Journal(SCHEMA, new TreeMap<>(), new TreeMap<>(), Unknown.NONE);

  public Journal {
    config = Collections.unmodifiableSortedMap(new TreeMap<>(config));
    plans = Collections.unmodifiableSortedMap(new TreeMap<>(plans));
  }

  /** The progress on the plan with this id; empty (not started) if there is none yet. */
  public PlanJournal plan(String id) {
    return plans.getOrDefault(id, PlanJournal.EMPTY);
  }

  public Journal withPlan(String id, PlanJournal progress) {
    SortedMap<String, PlanJournal> next = new TreeMap<>(plans);
    next.put(id, progress);
    return new Journal(schema, config, next, unknown);
  }

  public Journal withConfig(String key, String value) {
    SortedMap<String, String> next = new TreeMap<>(config);
    if (value == null) {
      next.remove(key);
    } else {
      next.put(key, value);
    }
    return new Journal(schema, next, plans, unknown);
  }
}
