package dev.rustplan.cli;

import java.util.List;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Declares a command's picocli model in code, as its annotations would. rustplan itself and the
 * everyday commands (today, log, done, show) are declared this way: reading annotations is the
 * costliest part of their start-up, because Java makes a proxy class for each annotation type
 * and its class-data archive cannot keep those (about 190 M instructions of a `log` run, by
 * callgrind). Help, errors and completion come out the same; the other commands keep annotations.
 */
public final class SpecBuilder {

  private final CommandSpec spec;

  private SpecBuilder(CommandSpec spec) {
    this.spec = spec;
  }

  /** A command run by {@code command} (a Runnable or a Callable). */
  public static SpecBuilder command(String name, Object command) {
    return new SpecBuilder(CommandSpec.wrapWithoutInspection(command).name(name));
  }

  public SpecBuilder description(String... lines) {
    spec.usageMessage().description(lines);
    return this;
  }

  public SpecBuilder examples(String... lines) {
    spec.usageMessage().footerHeading("%nExamples:%n").footer(lines);
    return this;
  }

  /** An option without a value: true when given. */
  public static OptionSpec flag(String name, String description, OptionValue<Boolean> value) {
    return bound(OptionSpec.builder(name).type(boolean.class), value).description(description).build();
  }

  /** An option with one value of the given type (a converter registered for it applies). */
  public static <T> OptionSpec option(String name, String label, Class<T> type, String description, OptionValue<T> value) {
    return bound(OptionSpec.builder(name).type(type), value).paramLabel(label).description(description).build();
  }

  /** An option that may be given many times, each with one value. */
  public static OptionSpec repeatable(String name, String label, String description, OptionValue<List<String>> value) {
    return bound(OptionSpec.builder(name).type(List.class).auxiliaryTypes(String.class), value)
        .paramLabel(label).description(description).build();
  }

  public SpecBuilder add(OptionSpec option) {
    spec.addOption(option);
    return this;
  }

  /** The command's first parameter, required or optional (then shown as [LABEL]). */
  public SpecBuilder parameter(String label, boolean required, String description, OptionValue<String> value) {
    spec.addPositional(
        bound(PositionalParamSpec.builder().index("0").arity(required ? "1" : "0..1").required(required), value)
            .type(String.class).paramLabel(label).description(description).build());
    return this;
  }

  /** Options of which at most one may be given, as {@code @ArgGroup(exclusive = true)}. */
  public SpecBuilder oneOf(OptionSpec... options) {
    ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(true).multiplicity("0..1");
    for (OptionSpec option : options) {
      group.addArg(option);
    }
    spec.addArgGroup(group.build());
    return this;
  }

  /**
   * The command, with -h/--help and -V/--version added last, as {@code mixinStandardHelpOptions}
   * adds them (completion lists the options in the order they were added).
   */
  public CommandSpec build() {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
        .description("Print version information and exit.").build());
    return spec;
  }

  /**
   * Makes picocli keep the option's value in {@code value}, starting from the value it holds now
   * (picocli sets an option it did not see to its initial value).
   */
  static OptionSpec.Builder bound(OptionSpec.Builder builder, OptionValue<?> value) {
    return builder.getter(value).setter(value).initialValue(value.value()).hasInitialValue(true);
  }

  private static PositionalParamSpec.Builder bound(PositionalParamSpec.Builder builder, OptionValue<?> value) {
    return builder.getter(value).setter(value).initialValue(value.value()).hasInitialValue(true);
  }
}
