package dev.rustplan.journal;

/** A piece of code the learner wrote that day, with its language (null when not given). */
public record CodeSnippet(String language, String code, Unknown unknown) {

  public CodeSnippet(String language, String code) {
    this(language, code, Unknown.NONE);
  }
}
