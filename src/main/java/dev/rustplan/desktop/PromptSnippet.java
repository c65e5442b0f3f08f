package dev.rustplan.desktop;

import dev.rustplan.RustplanException;
import java.util.Locale;

/**
 * What `rustplan prompt SHELL` prints: a snippet for bash, zsh, fish or starship that shows
 * `rustplan today --brief` with each prompt. Each runs rustplan once per prompt, which the
 * launcher answers from its saved output while nothing changed; does nothing where rustplan is not
 * on PATH, fails, or has not been started; and leaves the learner's own prompt as it is (bash and
 * zsh print the line before the prompt from a hook, fish from the fish_prompt event, starship from
 * a custom module).
 */
public enum PromptSnippet {
  BASH("""
      # rustplan: today's line above each prompt (from: rustplan prompt bash).
      # Once per prompt it runs `rustplan today --brief`, which answers from rustplan's
      # saved output while nothing changed; nothing is shown before `rustplan start`.
      __rustplan_prompt() {
        local status=$? brief
        if command -v rustplan >/dev/null 2>&1 && brief=$(rustplan today --brief 2>/dev/null); then
          case $brief in
            '' | *'NOT_STARTED'*) ;;
            *) printf '%s\\n' "$brief" ;;
          esac
        fi
        return $status
      }
      if [[ $- == *i* && ${PROMPT_COMMAND[*]-} != *__rustplan_prompt* ]]; then
        if [[ $(declare -p PROMPT_COMMAND 2>/dev/null) == 'declare -a'* ]]; then
          PROMPT_COMMAND+=(__rustplan_prompt)
        else
          PROMPT_COMMAND=${PROMPT_COMMAND:+$PROMPT_COMMAND$'\\n'}__rustplan_prompt
        fi
      fi
      """),
  ZSH("""
      # rustplan: today's line above each prompt (from: rustplan prompt zsh).
      # Once per prompt it runs `rustplan today --brief`, which answers from rustplan's
      # saved output while nothing changed; nothing is shown before `rustplan start`.
      __rustplan_prompt() {
        local brief
        command -v rustplan >/dev/null 2>&1 || return 0
        brief=$(rustplan today --brief 2>/dev/null) || return 0
        [[ -n $brief && $brief != *'NOT_STARTED'* ]] && print -r -- "$brief"
        return 0
      }
      if [[ -o interactive ]]; then
        autoload -Uz add-zsh-hook && add-zsh-hook precmd __rustplan_prompt
      fi
      """),
  FISH("""
      # rustplan: today's line above each prompt (from: rustplan prompt fish).
      # Once per prompt it runs `rustplan today --brief`, which answers from rustplan's
      # saved output while nothing changed; nothing is shown before `rustplan start`.
      # Your fish_prompt stays as it is: this runs on the fish_prompt event, before it.
      if status is-interactive
          function __rustplan_prompt --on-event fish_prompt
              command -q rustplan; or return 0
              set -l brief (rustplan today --brief 2>/dev/null); or return 0
              if test -n "$brief"; and not string match -q -- '*NOT_STARTED*' "$brief"
                  printf '%s\\n' $brief
              end
          end
      end
      """),
  STARSHIP("""
      # rustplan: today's line in the starship prompt (from: rustplan prompt starship).
      # Starship's default format shows custom modules; with a format of your own, put
      # ${custom.rustplan} where the line should go. Once per prompt it runs
      # `rustplan today --brief`, which answers from rustplan's saved output while nothing
      # changed; nothing is shown before `rustplan start`, nor where rustplan is not installed.
      [custom.rustplan]
      description = "Today's day of the rustplan study plan"
      when = "command -v rustplan >/dev/null 2>&1"
      command = "brief=$(rustplan today --brief 2>/dev/null) && case $brief in *'NOT_STARTED'*) exit 1 ;; esac && printf '%s\\\\n' \\"$brief\\""
      shell = ["sh"]
      format = "([$output]($style) )"
      style = "bold yellow"
      # The first run after a change starts Java, which may take longer than starship's
      # command_timeout; a run cut short would be started again at every prompt.
      ignore_timeout = true
      """);

  private final String template;

  PromptSnippet(String template) {
    this.template = template;
  }

  /**
   * The snippet, recognising a not-started line by {@code notStarted} (what `today --brief` says
   * before the start), so that the two cannot drift apart within a version.
   */
  public String text(String notStarted) {
    return template.replace("NOT_STARTED", notStarted);
  }

  /** The name the learner types: bash, zsh, fish, starship. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The snippet of this name (any case), or a usage error naming them. */
  public static PromptSnippet named(String name) {
    for (PromptSnippet snippet : values()) {
      if (snippet.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return snippet;
      }
    }
    throw RustplanException.usage("SHELL must be bash, zsh, fish or starship, got '" + name
        + "'; e.g. rustplan prompt bash >> ~/.bashrc");
  }
}
