package dev.rustplan.cli.completion;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What a value completes to, decided from the model alone, so that a new option completes by
 * itself: the help command's arguments are command names; an argument after a setting's KEY takes
 * that setting's values; declared completion candidates are words; a label DAY or WEEK is the
 * plan's days or weeks; a label DIR a folder; a Path (or File) or a label FILE a file; else text.
 */
final class ValueRules {

  private ValueRules() {}

  static Values of(CommandSpec command, ArgSpec arg) {
    if (arg instanceof PositionalParamSpec positional) {
      if (command.helpCommand()) {
        return Values.COMMANDS;
      }
      Optional<Values> setting = SettingValues.after(command, positional);
      if (setting.isPresent()) {
        return setting.get();
      }
    }
    if (arg.completionCandidates() != null) {
      return words(arg.completionCandidates());
    }
    Set<String> label = words(arg.paramLabel());
    if (label.contains("DAY")) {
      return new Values.Asked(PlanCandidates.Kind.DAYS);
    }
    if (label.contains("WEEK")) {
      return new Values.Asked(PlanCandidates.Kind.WEEKS);
    }
    if (label.contains("DIR") || label.contains("FOLDER")) {
      return Values.FOLDERS;
    }
    if (label.contains("FILE") || isPath(arg.type()) || Stream.of(arg.auxiliaryTypes()).anyMatch(ValueRules::isPath)) {
      return Values.FILES;
    }
    return Values.TEXT;
  }

  /** The candidates as words, described where rustplan knows what they mean (the settings' keys). */
  static Values.Words words(Iterable<String> candidates) {
    List<String> texts = new ArrayList<>();
    candidates.forEach(texts::add);
    return new Values.Words(texts.stream()
        .map(t -> new Values.Word(t, SettingValues.meaning(texts, t)))
        .toList());
  }

  /** "FILE|-" reads FILE; "<dir>" reads DIR. */
  private static Set<String> words(String label) {
    return Stream.of(label.split("[^A-Za-z]+")).map(String::toUpperCase).collect(Collectors.toSet());
  }

  private static boolean isPath(Class<?> type) {
    return type != null && (Path.class.isAssignableFrom(type) || File.class.isAssignableFrom(type));
  }
}
