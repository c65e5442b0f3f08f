package dev.rustplan.search;

import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a query in the plan's topics, activities and resources and in the learner's notes, day by
 * day; each line of a note or a snippet that matches is one hit.
 */
public final class Search {

  /** Which text to look in. */
  public enum Scope {
    ALL,
    PLAN,
    NOTES
  }

  private final Query query;
  private final Scope scope;

  public Search(Query query, Scope scope) {
    this.query = query;
    this.scope = scope;
  }

  public List<Hit> in(Plan plan, PlanJournal journal) {
    List<Hit> hits = new ArrayList<>();
    for (Day day : plan.days()) {
      if (scope != Scope.NOTES) {
        inPlan(day, hits);
      }
      if (scope != Scope.PLAN) {
        inNotes(day.number(), journal.day(day.number()).notes(), hits);
      }
    }
    return hits;
  }

  private void inPlan(Day day, List<Hit> hits) {
    look(day.number(), Place.TOPIC, day.topic(), hits);
    look(day.number(), Place.ACTIVITY, day.activity(), hits);
    if (day.resources().isEmpty()) {
      look(day.number(), Place.RESOURCE, day.resourceText(), hits);
    }
    for (Resource r : day.resources()) {
      // The catalog's full title is searched too, where the plan's short name does not match.
      if (!look(day.number(), Place.RESOURCE, r.text(), hits) && !r.title().equals(r.text())) {
        look(day.number(), Place.RESOURCE, r.title(), hits);
      }
    }
  }

  private void inNotes(int day, Notes notes, List<Hit> hits) {
    notes.learned().forEach(n -> look(day, Place.LEARNED, n, hits));
    notes.code().stream().map(CodeSnippet::code).forEach(c -> look(day, Place.CODE, c, hits));
    notes.questions().forEach(n -> look(day, Place.QUESTION, n, hits));
    notes.resources().forEach(n -> look(day, Place.RESOURCE_USED, n, hits));
    notes.aha().forEach(n -> look(day, Place.AHA, n, hits));
    notes.struggles().forEach(n -> look(day, Place.STRUGGLE, n, hits));
  }

  /** Adds a hit for each line of text that matches; true if any did. */
  private boolean look(int day, Place place, String text, List<Hit> hits) {
    List<String> lines = text.lines().toList();
    boolean found = false;
    for (int i = 0; i < lines.size(); i++) {
      List<Hit.Span> spans = query.spans(lines.get(i));
      if (!spans.isEmpty()) {
        hits.add(new Hit(day, place, lines.size() > 1 ? i + 1 : 0, lines.get(i), spans));
        found = true;
      }
    }
    return found;
  }
}
