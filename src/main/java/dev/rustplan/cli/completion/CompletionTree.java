package dev.rustplan.cli.completion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands as completion sees them, read from picocli's model: each command's subcommands,
 * options and arguments, and what each value completes to ({@link ValueRules}). Every script is
 * written from this one tree, so the three shells complete the same things.
 */
public record CompletionTree(Command root) {

  /** One command: its path from the root ("" for rustplan itself, "plan check"), what it does, what it takes. */
  public record Command(
      List<String> path, String summary, List<Command> commands, List<Option> options, List<Argument> arguments) {

    public Command {
      path = List.copyOf(path);
      commands = List.copyOf(commands);
      options = List.copyOf(options);
      arguments = List.copyOf(arguments);
    }

    /** The last word of the path; "" for the root. */
    public String name() {
      return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    /** The path as one string of words: "", "show", "plan check". */
    public String key() {
      return String.join(" ", path);
    }

    /** This command and every command below it, parents first. */
    public List<Command> all() {
      List<Command> all = new ArrayList<>();
      all.add(this);
      commands.forEach(c -> all.addAll(c.all()));
      return all;
    }

    /** The names of the options that take a value. */
    public List<String> valued() {
      return options.stream().filter(Option::takesValue).flatMap(o -> o.names().stream()).toList();
    }
  }

  /**
   * An option: its names, what it does, the label of its value and what that completes to
   * ({@code takesValue} false for a flag), whether it may be given again, whether it ends the line
   * (--help, --version), and the options it cannot be given with.
   */
  public record Option(
      List<String> names, String summary, boolean takesValue, String label, Values values,
      boolean repeatable, boolean endsLine, List<String> excludes) {

    public Option {
      names = List.copyOf(names);
      excludes = List.copyOf(excludes);
    }
  }

  /** An argument at the indexes first..last (last is {@link #ANY} for every one after), what it is and completes to. */
  public record Argument(int first, int last, boolean required, String label, String summary, Values values) {

    public static final int ANY = Integer.MAX_VALUE;
  }

  /** The tree below (and with) this command: rustplan's root, with every subcommand in place. */
  public static CompletionTree of(CommandSpec root) {
    return new CompletionTree(command(root, List.of()));
  }

  private static Command command(CommandSpec spec, List<String> path) {
    List<Command> commands = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
      CommandSpec child = sub.getValue().getCommandSpec();
      // picocli lists an alias under its own key too; completion offers the name and the aliases alike.
      if (!child.usageMessage().hidden()) {
        List<String> childPath = new ArrayList<>(path);
        childPath.add(sub.getKey());
        commands.add(command(child, childPath));
      }
    }
    List<Option> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        options.add(option(spec, option));
      }
    }
    List<Argument> arguments = new ArrayList<>();
    for (PositionalParamSpec positional : spec.positionalParameters()) {
      if (!positional.hidden()) {
        CommandLine.Range index = positional.index();
        int last = index.isUnspecified() || index.max() == Integer.MAX_VALUE || positional.arity().max() > 1
            ? Argument.ANY : index.max();
        arguments.add(new Argument(index.min(), last, positional.required(), positional.paramLabel(),
            Summary.of(positional.description()), ValueRules.of(spec, positional)));
      }
    }
    return new Command(path, Summary.ofCommand(spec.usageMessage().description()), commands, options, arguments);
  }

  private static Option option(CommandSpec spec, OptionSpec option) {
    boolean takesValue = option.arity().max() > 0;
    Set<String> excludes = new LinkedHashSet<>();
    for (ArgGroupSpec group = option.group(); group != null; group = group.parentGroup()) {
      if (group.exclusive()) {
        group.options().forEach(o -> excludes.addAll(List.of(o.names())));
      }
    }
    // A list may be given again (--learned A --learned B); picocli refuses any other option twice.
    boolean repeatable = option.isMultiValue();
    return new Option(List.of(option.names()), Summary.of(option.description()), takesValue,
        takesValue ? option.paramLabel() : "", takesValue ? ValueRules.of(spec, option) : Values.TEXT,
        repeatable, option.usageHelp() || option.versionHelp(), List.copyOf(excludes));
  }
}
