package dev.rustplan.cli.completion;

import dev.rustplan.blog.FrontMatter;
import dev.rustplan.blog.Setting;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * `config KEY VALUE`: VALUE completes by the setting KEY names. The keys come from {@link Setting}
 * itself, so a new setting is offered as soon as it exists; what its value completes to is said
 * here, and a setting this class does not know takes text (nothing offered, never wrong).
 */
final class SettingValues {

  private SettingValues() {}

  /**
   * For an argument right after one whose candidates are the settings' keys (config's KEY), the
   * values by key; else nothing.
   */
  static Optional<Values> after(CommandSpec command, PositionalParamSpec value) {
    int index = value.index().min();
    for (PositionalParamSpec key : command.positionalParameters()) {
      if (index > 0 && key.index().min() == index - 1 && key.completionCandidates() != null && areKeys(key.completionCandidates())) {
        Map<String, Values> byKey = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
          byKey.put(setting.key(), of(setting));
        }
        return Optional.of(new Values.ByArgument(index - 1, byKey));
      }
    }
    return Optional.empty();
  }

  /** What a setting's value completes to. */
  static Values of(Setting setting) {
    return switch (setting) {
      case TEMPLATE -> Values.FILES;
      case BLOG_DIR, PRACTICE_DIR, SITE -> Values.FOLDERS;
      case FRONT_MATTER -> new Values.Words(Arrays.stream(FrontMatter.values())
          .map(f -> new Values.Word(f.label(), ""))
          .toList());
      case POST_CARD -> new Values.Words(Setting.SWITCH.stream().map(w -> new Values.Word(w, "")).toList());
      // Addresses (series-url, practice-url) and whatever comes next: typed, not picked.
      default -> Values.TEXT;
    };
  }

  /** A key's meaning, when the words are the settings' keys; else "". */
  static String meaning(List<String> words, String word) {
    if (!areKeys(words)) {
      return "";
    }
    return Setting.find(word).map(Setting::meaning).orElse("");
  }

  private static boolean areKeys(Iterable<String> words) {
    Set<String> given = new HashSet<>();
    words.forEach(given::add);
    return given.equals(Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toSet()));
  }
}
