package dev.rustplan.completion;

/** One thing a shell offers on Tab: the word as it reads once inserted, and what the shell shows beside it ("" for none). */
record Candidate(String word, String description) {

  /** A folder reads the same with or without the slash a shell adds to walk into it. */
  static Candidate of(String word, String description) {
    String plain = word.length() > 1 && word.endsWith("/") ? word.substring(0, word.length() - 1) : word;
    return new Candidate(plain, description.strip());
  }
}
