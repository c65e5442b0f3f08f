package dev.rustplan.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.RealTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * bash: the completion function `complete -p rustplan` names, called as bash calls it on Tab
 * (COMP_WORDS split at COMP_WORDBREAKS as readline splits them, COMP_CWORD, COMP_LINE,
 * COMP_POINT), with bash-completion loaded as a learner's bash has it; COMPREPLY read back.
 */
class BashCompletionTest extends ShellCompletionCases {

  private static final Path BASH_COMPLETION = Path.of("/usr/share/bash-completion/bash_completion");

  /** The driver: loads the script, sets the words as bash would, calls the function, prints COMPREPLY. */
  private static final String DRIVER = """
      [[ $RP_BASH_COMPLETION == 1 ]] && source /usr/share/bash-completion/bash_completion
      # lazy: bash-completion finds the script itself, where the README installs it.
      if [[ $1 == lazy ]]; then __load_completion rustplan || exit 5; else source "$1"; fi
      [[ -n $RP_WORDBREAKS ]] && COMP_WORDBREAKS=$RP_WORDBREAKS
      COMP_LINE=$2
      COMP_POINT=${#COMP_LINE}
      COMP_CWORD=$3
      shift 3
      COMP_WORDS=("$@")
      spec=$(complete -p rustplan) || exit 3
      [[ $spec =~ -F\\ ([^ ]+) ]] || exit 4
      COMPREPLY=()
      "${BASH_REMATCH[1]}" rustplan "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """;

  private Path script;

  @Override
  String shell() {
    return "bash";
  }

  @Override
  void install(ShellFixture fixture) {
    RealTool.requireThat(Files.isRegularFile(BASH_COMPLETION),
        "bash-completion is not installed (Debian: apt-get install -y bash-completion)");
    script = fixture.script("bash", "rustplan.bash");
  }

  @Override
  List<Candidate> complete(String line, Map<String, String> vars) {
    return complete(line, vars, true, true);
  }

  /**
   * splitAtEquals: '=' is in COMP_WORDBREAKS, as bash has it by default, so that --color=al is
   * the words --color, = and al; a learner may take it out, and then it is one word.
   */
  private List<Candidate> complete(String line, Map<String, String> vars, boolean splitAtEquals, boolean bashCompletion) {
    return complete(script.toString(), line, vars, splitAtEquals, bashCompletion);
  }

  private List<Candidate> complete(String scriptOrLazy, String line, Map<String, String> vars, boolean splitAtEquals,
      boolean bashCompletion) {
    List<String> words = new ArrayList<>();
    for (String token : line.strip().split(" +")) {
      if (splitAtEquals && token.contains("=")) {
        String rest = token;
        while (rest.contains("=")) {
          int at = rest.indexOf('=');
          if (at > 0) {
            words.add(rest.substring(0, at));
          }
          words.add("=");
          rest = rest.substring(at + 1);
        }
        if (!rest.isEmpty()) {
          words.add(rest);
        }
      } else {
        words.add(token);
      }
    }
    if (line.endsWith(" ")) {
      words.add("");
    }
    // What readline replaces is the text after the last break in the word: the rest stays in front.
    String token = line.endsWith(" ") ? "" : line.substring(line.lastIndexOf(' ') + 1);
    String kept = splitAtEquals && token.contains("=") ? token.substring(0, token.lastIndexOf('=') + 1) : "";
    List<String> command = new ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c", DRIVER, "bash",
        scriptOrLazy, line, String.valueOf(words.size() - 1)));
    command.addAll(words);
    Map<String, String> all = new HashMap<>(vars);
    all.put("RP_BASH_COMPLETION", bashCompletion ? "1" : "0");
    all.put("RP_WORDBREAKS", splitAtEquals ? "" : " \t\n\"'><;|&(:");
    return ShellFixture.candidates(fixture.run(command, all)).stream()
        .map(c -> Candidate.of(kept + c.word(), ""))
        .toList();
  }

  /** Installed as the README says, in ~/.local/share/bash-completion/completions, bash-completion loads it on first use. */
  @Test
  void bashCompletionFindsItInTheUsersFolder() {
    fixture.script("bash", "data/bash-completion/completions/rustplan");
    assertThat(complete("lazy", "rustplan sh", Map.of(), true, true)).extracting(Candidate::word).containsExactly("show");
  }

  @Test
  void withoutBashCompletionTheScriptWorksAlone() {
    assertThat(complete("rustplan sh", Map.of(), true, false)).extracting(Candidate::word).containsExactly("show");
    assertThat(complete("rustplan log --code no", Map.of(), true, false)).extracting(Candidate::word)
        .containsExactly("notes.rs");
    assertThat(complete("rustplan --color=al", Map.of(), true, false)).extracting(Candidate::word)
        .containsExactly("--color=always");
  }

  @Test
  void withEqualsNotAWordBreakTheWholeWordIsCompleted() {
    assertThat(complete("rustplan --color=al", Map.of(), false, true)).extracting(Candidate::word)
        .containsExactly("--color=always");
    assertThat(complete("rustplan log --code=no", Map.of(), false, true)).extracting(Candidate::word)
        .containsExactly("--code=notes.rs");
  }
}
