package dev.rustplan.cli.man;

import java.util.List;

/**
 * What rustplan(1) says beyond the picocli model: the environment variables rustplan and its
 * launcher read (cli/Env, cli/text, the launcher script), and the files it keeps (store, startup).
 */
final class RootSections {

  /** A term (a variable, a path) and what it means, as the page lists it. */
  record Entry(String term, String text) {}

  static final List<Entry> ENVIRONMENT = List.of(
      new Entry("RUSTPLAN_HOME", "The data folder, holding the journal (default: $XDG_DATA_HOME/rustplan, else"
          + " ~/.local/share/rustplan)."),
      new Entry("XDG_DATA_HOME", "Where the data folder is when RUSTPLAN_HOME is not set."),
      new Entry("XDG_CACHE_HOME", "Where the caches are: $XDG_CACHE_HOME/rustplan (default: ~/.cache/rustplan)."),
      new Entry("RUSTPLAN_PLAN", "A plan file to use instead of the bundled plan; --plan wins over it."),
      new Entry("RUSTPLAN_TODAY", "A date (YYYY-MM-DD) to take for today, to try things out."),
      new Entry("NO_COLOR", "Set to anything but the empty string, no colour, whatever --color says."),
      new Entry("FORCE_HYPERLINK", "1 makes links clickable (OSC 8) on a terminal rustplan does not know to open"
          + " them; 0 never."),
      new Entry("COLUMNS", "The width to lay screens out for when stdout is not a terminal (default: 80); at a"
          + " terminal its own width counts."),
      new Entry("VISUAL, EDITOR", "The editor `rustplan log --edit` opens (VISUAL first, else EDITOR, else vi)."),
      new Entry("JAVA_HOME", "The JDK the launcher runs (else the java on PATH); 17 or newer."),
      new Entry("RUSTPLAN_CDS", "off: the launcher runs without its class-data archive."),
      new Entry("RUSTPLAN_OUTPUT_CACHE", "off: the launcher never prints a saved answer of `today` or `show`."));

  static final List<Entry> FILES = List.of(
      new Entry("$RUSTPLAN_HOME/progress.json", "The journal: your progress, notes and settings, as JSON. Written"
          + " atomically, under a lock, readable by you alone."),
      new Entry("$RUSTPLAN_HOME/progress.json.bak", "The journal as it was before the last change."),
      new Entry("$RUSTPLAN_HOME/progress.json.history/", "The last changes, for `rustplan undo` and `rustplan undo --redo`."),
      new Entry("$RUSTPLAN_HOME/drafts/", "Notes from `rustplan log --edit` that could not be read back, opened again"
          + " by the next edit of that day."),
      new Entry("$RUSTPLAN_HOME/posts/", "Where `rustplan blog` writes posts unless told another folder."),
      new Entry("$XDG_CACHE_HOME/rustplan/", "Caches for a quick start (parsed plans, saved answers, a digest of the"
          + " journal, a class-data archive); safe to delete."),
      new Entry("lib/rustplan.jar", "rustplan itself, beside the launcher or in the lib folder beside its bin"
          + " (~/.local/lib, /usr/local/lib), with the class-data archive made for it (rustplan.jsa)."));

  private RootSections() {}
}
