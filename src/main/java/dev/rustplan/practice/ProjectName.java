package dev.rustplan.practice;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folder and Cargo package name of a day's practice project, "day-07-memory-inspector": the
 * day, then the topic in lower-case words without its leading "Build a" (a verb and an article).
 * It starts with a letter and holds only a-z, 0-9 and "-", so Cargo takes it as a package name.
 */
final class ProjectName {

  /** Long enough to say what the project is, short enough for a prompt and a crate name. */
  private static final int MAX_SLUG = 40;

  private static final Pattern LEADING_VERB = Pattern.compile("^[a-z]+-(?:a|an|the)-(?=.)");
  private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");

  private ProjectName() {}

  static String of(int day, String topic) {
    String slug = slug(topic);
    String number = day < 10 ? "0" + day : Integer.toString(day);
    return slug.isEmpty() ? "day-" + number : "day-" + number + "-" + slug;
  }

  private static String slug(String topic) {
    // "Café" becomes "cafe": letters lose their accents before anything else is dropped.
    String plain = Normalizer.normalize(topic, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String words = NOT_NAME.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
    String slug = LEADING_VERB.matcher(words).replaceFirst("");
    if (slug.length() > MAX_SLUG) {
      int cut = slug.lastIndexOf('-', MAX_SLUG);
      slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
    }
    return slug;
  }
}
