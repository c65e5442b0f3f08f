package dev.rustplan.cli.completion;

import dev.rustplan.RustplanException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;

/** A shell rustplan writes completion for: its script, and how it reads the words rustplan answers with. */
public enum Shell {
  BASH {
    @Override
    public String script(CompletionTree tree) {
      return new BashScript(tree).render();
    }

    @Override
    String candidate(String text, String description) {
      // bash shows words alone: a description would be inserted as part of the word.
      return text;
    }
  },
  ZSH {
    @Override
    public String script(CompletionTree tree) {
      return new ZshScript(tree).render();
    }

    @Override
    String candidate(String text, String description) {
      // The form zsh's _describe reads: the word, a colon (escaped within the word), the description.
      return text.replace("\\", "\\\\").replace(":", "\\:") + (description.isEmpty() ? "" : ":" + description);
    }
  },
  FISH {
    @Override
    public String script(CompletionTree tree) {
      return new FishScript(tree).render();
    }

    @Override
    String candidate(String text, String description) {
      return description.isEmpty() ? text : text + "\t" + description.replace('\t', ' ');
    }
  };

  /** The completion script for this shell. */
  public abstract String script(CompletionTree tree);

  /** One candidate as a line of what rustplan answers the script with. */
  abstract String candidate(String text, String description);

  /** The name the learner types: bash, zsh, fish. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The shell of this name (any case), or a usage error naming the shells. */
  public static Shell named(String name) {
    return Arrays.stream(values())
        .filter(s -> s.label().equalsIgnoreCase(name.strip()))
        .findFirst()
        .orElseThrow(() -> RustplanException.usage(
            "no completion for the shell '" + name + "': choose " + choices()));
  }

  /** "bash, zsh or fish". */
  public static String choices() {
    String all = Arrays.stream(values()).map(Shell::label).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }

  /** The shells' names, for completing `rustplan completion <Tab>` itself. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(Shell::label).iterator();
    }
  }
}
