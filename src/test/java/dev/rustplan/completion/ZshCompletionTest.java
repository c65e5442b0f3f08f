package dev.rustplan.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * zsh: an interactive zsh in a pseudo-terminal (zsh's zpty module), with compinit and the script
 * installed as _rustplan on $fpath, is sent the line and a Tab. compsys runs _rustplan as on a
 * learner's terminal; a wrapper of the compadd builtin writes each match it adds (with the
 * prefix kept before it and the description shown beside it) to a file, and the shell then exits.
 */
class ZshCompletionTest extends ShellCompletionCases {

  /** Sourced by the interactive zsh: compinit, the capturing compadd, Tab bound to complete-word. */
  private static final String SETUP = """
      fpath=($RP_FPATH $fpath)
      # One dump for the whole class (the same $fpath each time), so that compinit need not read every function.
      autoload -Uz compinit && compinit -u -d $RP_DUMP
      # The other way to install it: sourced after compinit.
      [[ -n $RP_SOURCE ]] && source $RP_SOURCE
      PS1=''
      compadd() {
        # _describe and others call compadd to compute, not to add: leave those alone.
        if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
          builtin compadd "$@"
          return
        fi
        local -a rp_matches rp_shown
        if (( $@[(I)-d] )); then
          local rp_d=${@[$[${@[(i)-d]}+1]]}
          if [[ $rp_d == \\(* ]]; then eval "rp_shown=$rp_d"; else rp_shown=("${(@P)rp_d}"); fi
        fi
        builtin compadd -A rp_matches "$@"
        local i
        for (( i = 1; i <= $#rp_matches; i++ )); do
          print -r -- "$IPREFIX$rp_matches[$i]"$'\\t'"${rp_shown[$i]}" >> $RP_OUT
        done
        # Added for real too, so that compsys goes on as it would (it tries other tags when nothing was added).
        builtin compadd "$@"
      }
      rp_done() { print done > $RP_OUT.done; exit }
      comppostfuncs=(rp_done)
      bindkey '^I' complete-word
      """;

  /** Starts the interactive zsh, types the line and Tab, waits for the capture to be complete. */
  private static final String HARNESS = """
      zmodload zsh/zpty || exit 3
      rm -f $RP_OUT $RP_OUT.done
      zpty rp zsh -f -i
      zpty -w rp "source ${(q)RP_SETUP}"
      zpty -w -n rp "$1"$'\\t'
      integer i
      for (( i = 0; i < 1200; i++ )); do
        [[ -e $RP_OUT.done ]] && break
        zpty -rt rp rp_screen 2>/dev/null
        sleep 0.05
      done
      zpty -d rp
      [[ -e $RP_OUT.done ]] || { print -u2 "zsh did not finish completing within a minute"; exit 4 }
      [[ -e $RP_OUT ]] && cat $RP_OUT
      exit 0
      """;

  private Path functions;
  private Path setup;
  private Path harness;

  @Override
  String shell() {
    return "zsh";
  }

  @Override
  void install(ShellFixture fixture) {
    Path script = fixture.script("zsh", "zsh-functions/_rustplan");
    functions = script.getParent();
    try {
      setup = Files.writeString(fixture.root().resolve("setup.zsh"), SETUP);
      harness = Files.writeString(fixture.root().resolve("harness.zsh"), HARNESS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  List<Candidate> complete(String line, Map<String, String> vars) {
    Map<String, String> all = new HashMap<>(vars);
    all.putIfAbsent("RP_FPATH", functions.toString());
    all.put("RP_SETUP", setup.toString());
    all.put("RP_OUT", fixture.root().resolve("matches").toString());
    all.putIfAbsent("RP_DUMP", fixture.root().resolve("zcompdump").toString());
    String out = fixture.run(List.of("zsh", "-f", harness.toString(), line), all);
    // zsh shows a described match as "9   -- `Pin` fundamentals": keep the description alone.
    return ShellFixture.candidates(out).stream()
        .map(c -> Candidate.of(c.word(), c.description().replaceFirst("^.*?\\s--\\s", "")))
        .toList();
  }

  private String described(String line, String word) {
    return complete(line, Map.of()).stream().filter(c -> c.word().equals(word)).map(Candidate::description)
        .filter(d -> !d.isEmpty()).findFirst().orElse("");
  }

  @Test
  void commandsDaysWeeksAndOptionsAreDescribed() {
    assertThat(described("rustplan sh", "show")).startsWith("Show one day");
    assertThat(described("rustplan show 9", "9")).isEqualTo("`Pin` fundamentals");
    assertThat(described("rustplan week 2", "2")).isEqualTo("Ownership Deep Dive (days 8-14)");
    assertThat(described("rustplan config bl", "blog-dir")).isEqualTo("the folder `blog` writes posts to");
    assertThat(complete("rustplan today --", Map.of())).anySatisfy(c -> assertThat(c.description())
        .startsWith("One line, for a shell prompt"));
  }

  @Test
  void optionsThatExcludeEachOtherAreNotOfferedTogether() {
    assertThat(words("rustplan review --ok --")).doesNotContain("--again", "--ok").contains("--color");
    assertThat(words("rustplan undo -y --")).doesNotContain("--yes");
  }

  @Test
  void sourcedAfterCompinitItCompletesAsWell() throws IOException {
    Path empty = Files.createDirectories(fixture.root().resolve("no-functions"));
    Map<String, String> sourced = Map.of("RP_FPATH", empty.toString(), "RP_SOURCE", functions.resolve("_rustplan").toString(),
        "RP_DUMP", fixture.root().resolve("zcompdump-sourced").toString());
    assertThat(words("rustplan show 9", sourced)).containsExactlyInAnyOrder("9", "90", "91", "92", "93", "94", "95", "96",
        "97", "98", "99");
    assertThat(words("rustplan help plan c", sourced)).containsExactlyInAnyOrder("check", "convert");
  }

  @Test
  void theScriptIsNativeNotBashcompinit() throws IOException {
    String script = Files.readString(functions.resolve("_rustplan"));
    assertThat(script).startsWith("#compdef rustplan\n").contains("_arguments").doesNotContain("bashcompinit", "complete -F");
  }
}
