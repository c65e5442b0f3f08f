package dev.rustplan.cli.text;

import dev.rustplan.cli.Env;
import dev.rustplan.journal.Status;
import java.util.Set;
import picocli.CommandLine.Help.Ansi;

/**
 * Decides whether output gets colour and clickable links, and styles text accordingly. It is the
 * one place that writes escape codes: commands ask it to style a heading, a status or a link, and
 * get the text back unchanged when colour is off.
 */
public final class Style {

  /** No colour, no links: for output that is piped, and for NO_COLOR. */
  static final Style PLAIN = new Style(false, false);

  private static final String ESC = "\u001b";
  private static final String RESET = ESC + "[0m";

  /** Terminals that set TERM_PROGRAM and are known to open OSC 8 links. */
  private static final Set<String> LINKING_PROGRAMS = Set.of("iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper");

  /** Terminals known by their TERM that open OSC 8 links. */
  private static final Set<String> LINKING_TERMS = Set.of("xterm-kitty", "foot", "foot-extra", "alacritty", "xterm-ghostty");

  /** Grey, then the greens of a contribution graph, from few minutes to many. */
  private static final int[] GREENS = {240, 22, 28, 34, 46};

  private final boolean colour;
  private final boolean links;

  private Style(boolean colour, boolean links) {
    this.colour = colour;
    this.links = links;
  }

  /**
   * NO_COLOR (any non-empty value) wins over everything; then --color never and always; auto
   * colours only a terminal's stdout (not TERM=dumb), and only auto gets clickable links, on a
   * terminal known to support them (FORCE_HYPERLINK=1 or 0 overrides that guess).
   */
  public static Style decide(ColorMode mode, Env env) {
    if (env.get("NO_COLOR").isPresent() || mode == ColorMode.NEVER) {
      return PLAIN;
    }
    if (mode == ColorMode.ALWAYS) {
      return new Style(true, false);
    }
    boolean terminal = env.terminal() && !env.get("TERM").orElse("").equals("dumb");
    return terminal ? new Style(true, hyperlinks(env)) : PLAIN;
  }

  private static boolean hyperlinks(Env env) {
    if (env.get("FORCE_HYPERLINK").isPresent()) {
      return !env.get("FORCE_HYPERLINK").get().equals("0");
    }
    int vte = env.get("VTE_VERSION").map(v -> v.matches("\\d{1,9}") ? Integer.parseInt(v) : 0).orElse(0);
    return vte >= 5000 // GNOME Terminal, Tilix and the other VTE terminals, since VTE 0.50
        || env.get("WT_SESSION").isPresent() // Windows Terminal
        || env.get("KONSOLE_VERSION").isPresent()
        || LINKING_PROGRAMS.contains(env.get("TERM_PROGRAM").orElse(""))
        || LINKING_TERMS.contains(env.get("TERM").orElse(""));
  }

  boolean colour() {
    return colour;
  }

  /** For picocli's own help texts. */
  public Ansi ansi() {
    return colour ? Ansi.ON : Ansi.OFF;
  }

  public String heading(String text) {
    return sgr("1", text);
  }

  /** Less important text: hints, legends, days to come. */
  public String dim(String text) {
    return sgr("2", text);
  }

  /** A warning the learner should not miss (two missed days in a row). */
  public String warning(String text) {
    return sgr("1;33", text);
  }

  /** Text coloured for a day's status: done green, doing yellow, skipped blue; to do as it is. */
  public String status(Status status, String text) {
    return switch (status) {
      case DONE -> sgr("32", text);
      case DOING -> sgr("33", text);
      case SKIPPED -> sgr("34", text);
      case TODO -> text;
    };
  }

  /** A missed day: red. */
  String missed(String text) {
    return sgr("31", text);
  }

  /** Text that matched a search: bold red. */
  String match(String text) {
    return sgr("1;31", text);
  }

  /** One of five greens (256-colour), from level 0 (nothing) to 4 (the most), for the calendar's cells. */
  String shade(int level, String text) {
    return sgr("38;5;" + GREENS[Math.max(0, Math.min(4, level))], text);
  }

  /** A URL, underlined, and clickable (OSC 8) where the terminal supports it. */
  public String link(String url) {
    String shown = sgr("4;36", url);
    return links ? ESC + "]8;;" + url + ESC + "\\" + shown + ESC + "]8;;" + ESC + "\\" : shown;
  }

  private String sgr(String codes, String text) {
    return colour && !text.isEmpty() ? ESC + "[" + codes + "m" + text + RESET : text;
  }
}
