#compdef rustplan
# rustplan completion for zsh, written by `rustplan completion zsh` from rustplan's own
# commands: write it again after an upgrade. Install it as _rustplan in a folder on $fpath,
#   mkdir -p ~/.zfunc && rustplan completion zsh > ~/.zfunc/_rustplan
# with, in ~/.zshrc, before compinit runs:
#   fpath=(~/.zfunc $fpath)
# or load it from ~/.zshrc after compinit:
#   source <(rustplan completion zsh)
# Days and weeks are asked of rustplan when Tab is pressed, so they are those of the plan in use
# (@@PLAN_OPTION@@ on the line, or RUSTPLAN_PLAN), shown with their topics.

# A path as the shell reads what was typed: quotes and a leading ~/ resolved.
__rustplan_unquote() {
  local w=${(Q)1}
  [[ $w == '~/'* ]] && w=$HOME/${w#\~/}
  print -r -- "$w"
}

# Actions called by _arguments get its own options first (-J group -X ...): the arguments these
# functions take themselves are the last ones.

# The plan's days or weeks with their topics, asked of the rustplan being completed with the
# plan named on the line: __rustplan_ask KIND LABEL.
__rustplan_ask() {
  local kind=${@[-2]} label=${@[-1]} plan=${opt_args[@@PLAN_OPTION@@]:-$__rustplan_plan}
  # An option is being typed: no day starts with -, and asking would cost a start of rustplan.
  [[ $PREFIX == -* ]] && return 1
  local -a cmd candidates
  cmd=("$(__rustplan_unquote "$__rustplan_program")")
  [[ -n $plan ]] && cmd+=(@@PLAN_OPTION@@ "$(__rustplan_unquote "$plan")")
  candidates=(${(f)"$("${cmd[@]}" completion zsh @@CANDIDATES_OPTION@@ "$kind" 2>/dev/null)"})
  # -V: in the plan's order, not sorted as text.
  _describe -V -t "$kind" "$label" candidates
}

# The commands below a command, with what they do: __rustplan_commands LIST (rustplan, rustplan_plan).
__rustplan_commands() {
  __rustplan_command_list "${@[-1]}" || return 1
  local -a commands
  commands=("${reply[@]}")
  _describe -t commands command commands
}

# help's arguments: the commands below those named before this word (help plan <Tab>).
__rustplan_help_commands() {
  local at=rustplan w each known
  for w in "${(@)line[1,-2]}"; do
    __rustplan_command_list "$at" || return 1
    known=
    for each in "${reply[@]}"; do
      [[ ${each%%:*} == "$w" ]] && known=1
    done
    [[ -n $known ]] || return 1
    at=${at}_${w//[^A-Za-z0-9]/_}
  done
  __rustplan_commands "$at"
}

@@FUNCTIONS@@

# Completes a rustplan command line: rustplan itself, then the command its words name.
_rustplan() {
  local __rustplan_program=$words[1] __rustplan_plan=
  _rustplan_cmd
}

# Autoloaded from $fpath, this file is _rustplan's body: run it. Sourced, register it.
if [[ $funcstack[1] == _rustplan ]]; then
  _rustplan "$@"
else
  compdef _rustplan rustplan
fi
