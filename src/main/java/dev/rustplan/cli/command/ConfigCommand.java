package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.blog.Setting;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.journal.Journal;
import dev.rustplan.store.JournalStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan config [KEY [VALUE]]`: lists, shows or sets the settings kept in the journal. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan config",
      "  rustplan config blog-dir ~/blog/content/posts",
      "  rustplan config front-matter toml",
      "  rustplan config site ~/blog",
      "  rustplan config practice-url https://github.com/me/rust-practice/tree/main",
      "  rustplan config post-card on",
      "  rustplan config --unset template"
    },
    description = {
      "List the settings; with KEY, show one; with KEY VALUE, set it.",
      "%nKeys: template (a Mustache template file for `blog`), blog-dir (the folder `blog` writes to), "
          + "front-matter (yaml or toml), practice-dir (the folder `practice` creates projects in), "
          + "site (a Hugo, Jekyll or Zola site `blog` writes drafts into), series-url (where the posts' series line links), "
          + "practice-url (where practice projects are published, for the posts' links to them), "
          + "post-card (on or off: blog writes a progress card, an SVG, beside the post and shows it in the post). "
          + "Settings live in the journal file and are written as safely as the notes."
    })
public final class ConfigCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", completionCandidates = Keys.class, description = "template, blog-dir, front-matter, practice-dir, site, series-url, practice-url or post-card.")
  String key;

  @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "The value to set.")
  String value;

  @Option(names = "--unset", paramLabel = "KEY", completionCandidates = Keys.class, description = "Forget a setting, so that its default applies again.")
  String unset;

  /** The keys shell completion offers. */
  static final class Keys implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Setting.values()).map(Setting::key).iterator();
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    JournalStore store = root.store();
    if (unset != null) {
      if (key != null) {
        throw RustplanException.usage("give either --unset KEY or KEY [VALUE], not both");
      }
      Setting setting = Setting.named(unset);
      store.update(journal -> journal.withConfig(setting.key(), null));
      out.println(setting.key() + " is no longer set: " + setting.fallback(root.env().home()) + " applies");
    } else if (key == null) {
      list(store.read(), root.env().home(), out);
    } else if (value == null) {
      Setting setting = Setting.named(key);
      String stored = store.read().config().get(setting.key());
      out.println(stored != null ? stored : "(not set: " + setting.fallback(root.env().home()) + ")");
    } else {
      Setting setting = Setting.named(key);
      String checked = setting.check(value);
      store.update(journal -> journal.withConfig(setting.key(), checked));
      out.println(setting.key() + " = " + checked);
    }
    return 0;
  }

  private static void list(Journal journal, Path home, PrintWriter out) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Setting s : Setting.values()) {
      String stored = journal.config().get(s.key());
      rows.put(s.key(), stored != null ? stored : "(not set: " + s.fallback(home) + ")");
    }
    // Keys a newer rustplan (or a hand edit) put there: shown and kept, never interpreted.
    journal.config().forEach((k, v) -> rows.putIfAbsent(k, v + "  (unknown to this version)"));
    int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
    rows.forEach((k, v) -> out.println(k + " ".repeat(width - k.length() + 2) + v));
  }
}
