# rustplan completion for fish, written by `rustplan completion fish` from rustplan's own
# commands: write it again after an upgrade. Install it where fish looks for it:
#   rustplan completion fish > ~/.config/fish/completions/rustplan.fish
# Days and weeks are asked of rustplan when Tab is pressed, so they are those of the plan in use
# (@@PLAN_OPTION@@ on the line, or RUSTPLAN_PLAN), shown with their topics.

# What rustplan's commands take, from its model.
@@TABLES@@

# Reads the words before the cursor, once per line: the command they name (__rustplan_path),
# its arguments so far (__rustplan_args), an option waiting for its value (__rustplan_expect)
# and the plan named with @@PLAN_OPTION@@ (__rustplan_plan).
function __rustplan_read
    set -l line (commandline -pc)
    test "$line" = "$__rustplan_line"; and return 0
    set -g __rustplan_line $line
    set -g __rustplan_path ''
    set -g __rustplan_args
    set -g __rustplan_expect ''
    set -g __rustplan_plan ''
    set -l endopts ''
    set -l words (commandline -opc)
    set -e words[1]
    for w in $words
        if test -n "$__rustplan_expect"
            test "$__rustplan_expect" = @@PLAN_OPTION@@; and set -g __rustplan_plan $w
            set -g __rustplan_expect ''
        else if test -z "$endopts"; and test "$w" = --
            set endopts 1
        else if test -z "$endopts"; and string match -qr -- '^-.' $w
            if string match -q -- '*=*' $w
                set -l parts (string split -m1 = -- $w)
                if test "$parts[1]" = @@PLAN_OPTION@@; and __rustplan_takes_value "$__rustplan_path" $parts[1]
                    set -g __rustplan_plan $parts[2]
                end
            else if __rustplan_takes_value "$__rustplan_path" $w
                set -g __rustplan_expect $w
            end
        else if test (count $__rustplan_args) -eq 0; and contains -- $w (__rustplan_subcommands "$__rustplan_path" | string replace -r '\t.*' '')
            set -g __rustplan_path (string trim -- "$__rustplan_path $w")
        else
            set -g -a __rustplan_args $w
        end
    end
    return 0
end

# Whether the words name this command.
function __rustplan_at --argument-names path
    __rustplan_read
    test "$__rustplan_path" = "$path"
end

# Whether an option is being typed: then no command or argument is offered (nor asked of rustplan).
function __rustplan_typing_option
    string match -q -- '-*' (commandline -ct)
end

# Whether a command below this one can be named here.
function __rustplan_command_slot --argument-names path
    __rustplan_at "$path"; and test -z "$__rustplan_expect"; and test (count $__rustplan_args) -eq 0
    and not __rustplan_typing_option
end

# Whether the word is this command's argument at an index from first to last ('*': any after).
function __rustplan_argument --argument-names path first last
    __rustplan_at "$path"; and test -z "$__rustplan_expect"; and not __rustplan_typing_option; or return 1
    set -l n (count $__rustplan_args)
    test $n -ge $first; or return 1
    test "$last" = '*'; or test $n -le $last
end

# Whether the argument at this index (from 0) is this word.
function __rustplan_argument_is --argument-names index word
    set -l at (math $index + 1)
    set -q __rustplan_args[$at]; and test "$__rustplan_args[$at]" = "$word"
end

# A path as the shell reads it: a leading ~/ resolved.
function __rustplan_unquote --argument-names word
    string replace -r '^~/' "$HOME/" -- $word
end

# The plan's days or weeks with their topics, asked of the rustplan being completed, with the
# plan named on the line.
function __rustplan_ask --argument-names kind
    __rustplan_read
    set -l cmd (__rustplan_unquote (commandline -opc)[1])
    if test -n "$__rustplan_plan"
        set -a cmd @@PLAN_OPTION@@ (__rustplan_unquote $__rustplan_plan)
    end
    $cmd completion fish @@CANDIDATES_OPTION@@ $kind 2>/dev/null
end

# help's arguments: the commands below those named before this word (help plan <Tab>).
function __rustplan_help_commands
    __rustplan_read
    set -l at ''
    for w in $__rustplan_args
        contains -- $w (__rustplan_subcommands "$at" | string replace -r '\t.*' ''); or return 0
        set at (string trim -- "$at $w")
    end
    __rustplan_subcommands "$at"
end

# Nothing but what is said below: no file names where no file is asked for.
complete -c rustplan -f
@@COMPLETIONS@@
