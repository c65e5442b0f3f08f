# rustplan completion for bash, written by `rustplan completion bash` from rustplan's own
# commands: write it again after an upgrade. Install it where bash-completion looks for it,
#   rustplan completion bash > ~/.local/share/bash-completion/completions/rustplan
# or load it from ~/.bashrc:
#   source <(rustplan completion bash)
# Days and weeks are asked of rustplan when Tab is pressed, so they are those of the plan in use
# (@@PLAN_OPTION@@ on the line, or RUSTPLAN_PLAN).

# What rustplan's commands take, from its model. Each function sets REPLY and fails for nothing.
@@TABLES@@

# Offers what a value may be: __rustplan_offer CUR PREFIX KIND [ARGS...], the kinds as the tables
# above give them. PREFIX goes before each word (--color= when bash did not split the word there).
__rustplan_offer() {
  local cur=$1 pre=$2 kind=$3 w
  shift 3
  case $kind in
    words)
      for w; do
        [[ $w == "$cur"* ]] && COMPREPLY+=("$pre$w")
      done
      ;;
    files | folders)
      compopt -o filenames 2>/dev/null
      local flag=-f
      [[ $kind == folders ]] && flag=-d
      while IFS= read -r w; do
        COMPREPLY+=("$pre$w")
      done < <(compgen "$flag" -- "$cur")
      ;;
    asked)
      # The plan's days or weeks, in the plan's order rather than sorted as text.
      compopt -o nosort 2>/dev/null
      local -a asked=()
      mapfile -t asked < <(__rustplan_ask "$1")
      __rustplan_offer "$cur" "$pre" words "${asked[@]}"
      ;;
    commands)
      # help's arguments: the commands below those named before this word (help plan <Tab>).
      local at=
      for w in "${posw[@]}"; do
        __rustplan_subcommands "$at" && __rustplan_has "$w" "${REPLY[@]}" || return 0
        at=${at:+$at }$w
      done
      __rustplan_subcommands "$at" && __rustplan_offer "$cur" "$pre" words "${REPLY[@]}"
      ;;
    by-argument)
      # Values that depend on an earlier argument (config KEY VALUE), its index in $1.
      __rustplan_by_argument "$path" "${posw[$1]}" && __rustplan_offer "$cur" "$pre" "${REPLY[@]}"
      ;;
  esac
  return 0
}

# Whether the word $1 is one of the words after it.
__rustplan_has() {
  local w=$1 each
  shift
  for each; do
    [[ $each == "$w" ]] && return 0
  done
  return 1
}

# A path as the shell reads what was typed: quotes, backslashes and a leading ~/ resolved.
__rustplan_unquote() {
  local w=$1
  case $w in
    \'*\') w=${w:1:${#w}-2} ;;
    \"*\") w=${w:1:${#w}-2} ;;
    *) w=${w//\\/} ;;
  esac
  [[ $w == '~/'* ]] && w=$HOME/${w:2}
  printf '%s' "$w"
}

# Asks the rustplan being completed for the plan's days or weeks, with the plan named on the line.
__rustplan_ask() {
  local -a cmd=("$(__rustplan_unquote "${words[0]}")")
  [[ -n $plan ]] && cmd+=(@@PLAN_OPTION@@ "$(__rustplan_unquote "$plan")")
  "${cmd[@]}" completion bash @@CANDIDATES_OPTION@@ "$1" 2>/dev/null
}

# Completes the word under the cursor: a command, an option, an option's value or an argument.
_rustplan() {
  local -a words=() posw=() REPLY=()
  local i w cur raw=${COMP_WORDS[COMP_CWORD]} path= expect= plan= endopts=
  # bash splits --color=al into --color, = and al (COMP_WORDBREAKS): join them again.
  for (( i = 0; i <= COMP_CWORD; i++ )); do
    w=${COMP_WORDS[i]}
    local n=${#words[@]}
    if [[ $w == '=' ]] && (( n > 1 )) && [[ ${words[n-1]} == --* && ${words[n-1]} != *=* ]]; then
      words[n-1]+='='
      if (( i < COMP_CWORD )); then
        (( i++ ))
        words[n-1]+=${COMP_WORDS[i]}
      fi
    else
      words+=("$w")
    fi
  done
  cur=${words[${#words[@]}-1]}
  # The words before it: the command they name, its arguments, an option still waiting for its value.
  for (( i = 1; i < ${#words[@]} - 1; i++ )); do
    w=${words[i]}
    if [[ -n $expect ]]; then
      [[ $expect == @@PLAN_OPTION@@ ]] && plan=$w
      expect=
    elif [[ -z $endopts && $w == -- ]]; then
      endopts=1
    elif [[ -z $endopts && $w == -?* ]]; then
      if [[ $w == *=* ]]; then
        [[ ${w%%=*} == @@PLAN_OPTION@@ ]] && __rustplan_takes_value "$path" "${w%%=*}" && plan=${w#*=}
      elif __rustplan_takes_value "$path" "$w"; then
        expect=$w
      fi
    elif (( ${#posw[@]} == 0 )) && __rustplan_subcommands "$path" && __rustplan_has "$w" "${REPLY[@]}"; then
      path=${path:+$path }$w
    else
      posw+=("$w")
    fi
  done
  COMPREPLY=()
  if [[ -n $expect ]]; then
    __rustplan_option_values "$path" "$expect" && __rustplan_offer "$cur" '' "${REPLY[@]}"
  elif [[ -z $endopts && $cur == --*=* ]]; then
    # --opt=value in one word: when bash did not split it at '=', each answer is the whole word.
    local name=${cur%%=*} pre=
    [[ $raw == "$cur" ]] && pre=$name=
    __rustplan_option_values "$path" "$name" && __rustplan_offer "${cur#*=}" "$pre" "${REPLY[@]}"
  elif [[ -z $endopts && $cur == -* ]]; then
    __rustplan_options "$path" && __rustplan_offer "$cur" '' words "${REPLY[@]}"
  else
    if (( ${#posw[@]} == 0 )) && __rustplan_subcommands "$path"; then
      __rustplan_offer "$cur" '' words "${REPLY[@]}"
    fi
    __rustplan_argument_values "$path" "${#posw[@]}" && __rustplan_offer "$cur" '' "${REPLY[@]}"
  fi
  return 0
}

complete -F _rustplan rustplan
