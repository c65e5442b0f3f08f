package dev.rustplan.cli.completion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the value of an option or argument completes to, in terms every shell can act on. */
public sealed interface Values {

  /** Free text (a note, a number of minutes, a date): the shell offers nothing, and no files either. */
  record Text() implements Values {}

  /** File names (a folder's name too, to walk into it). */
  record Files() implements Values {}

  /** Folder names only. */
  record Folders() implements Values {}

  /** Fixed words, each with an optional description (empty when there is none). */
  record Words(List<Word> words) implements Values {
    public Words {
      words = List.copyOf(words);
    }

    public List<String> texts() {
      return words.stream().map(Word::text).toList();
    }
  }

  /** Words only rustplan knows while the shell completes (the active plan's days or weeks): the script asks it. */
  record Asked(PlanCandidates.Kind kind) implements Values {}

  /** The names of the commands below those already named (`help plan <Tab>` offers `check`). */
  record Commands() implements Values {}

  /**
   * Values that depend on an earlier argument: `config KEY VALUE` completes VALUE by the setting
   * KEY names. {@code index} is that argument's index; a word not in {@code byWord} gets nothing.
   */
  record ByArgument(int index, Map<String, Values> byWord) implements Values {
    public ByArgument {
      // In the order given, so that a script comes out the same each time.
      byWord = Collections.unmodifiableMap(new LinkedHashMap<>(byWord));
    }
  }

  /** One word a value may be, and what it means ("" when there is nothing to add). */
  record Word(String text, String description) {}

  Values TEXT = new Text();
  Values FILES = new Files();
  Values FOLDERS = new Folders();
  Values COMMANDS = new Commands();
}
