package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.ShortPath;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.store.ChangeSummary;
import dev.rustplan.store.Undo.Direction;
import dev.rustplan.store.Undo.Step;
import dev.rustplan.store.Undo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan undo [--redo] [--yes] [--list]`: walks the journal back (or forward again) one change at a time. */
@Command(
    name = "undo",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan undo --list",
      "  rustplan undo             shows the change, asks, reverts it",
      "  rustplan undo --redo"
    },
    description = {
      "Revert the last change to the journal, after showing what it will revert and asking.",
      "%nEach undo goes one change further back, through the last " + Undo.KEPT + " changes kept beside the journal "
          + "(progress.json.history). `undo --redo` brings back what the last undo reverted."
    })
public final class UndoCommand implements Callable<Integer> {

  /** How many lines of a step's effects are shown before "… and N more". */
  private static final int SHOWN = 30;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--redo", description = "Bring back what the last undo reverted.")
  boolean redo;

  @Option(names = {"-y", "--yes"}, description = "Do it without asking.")
  boolean yes;

  @Option(names = "--list", description = "List the changes that can be undone and redone; change nothing.")
  boolean list;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Undo undo = new Undo(root.store());
    if (list) {
      list(undo, out);
      return 0;
    }
    Direction direction = redo ? Direction.REDO : Direction.UNDO;
    Step step = undo.next(direction).orElseThrow(() -> RustplanException.failure(nothing(direction, undo)));
    String verb = direction.verb();
    out.println(capital(verb) + " `rustplan " + step.label() + "` of " + when(step)
        + (step.available() > 1 ? "; " + (step.available() - 1) + " more to " + verb + " after it" : "; the last one kept"));
    if (step.changedSince()) {
      out.println("Note: the journal was changed outside rustplan since (a hand edit, a sync); those changes are "
          + verb + "ne too, and `rustplan undo" + (redo ? "" : " --redo") + "` brings them back.");
    }
    out.println("This will:");
    List<String> effects = step.effects();
    effects.stream().limit(SHOWN).forEach(line -> out.println("  - " + line));
    if (effects.size() > SHOWN) {
      out.println("  … and " + (effects.size() - SHOWN) + " more");
    }
    if (!yes && !confirm(out, capital(verb) + " it? [y/N] ")) {
      out.println("Nothing was " + verb + "ne.");
      return 0;
    }
    undo.apply(step);
    out.println(capital(verb) + "ne: rustplan " + step.label() + ". "
        + (redo ? "Undo it again with: rustplan undo" : "Bring it back with: rustplan undo --redo"));
    return 0;
  }

  private boolean confirm(PrintWriter out, String question) {
    out.print(question);
    out.flush();
    String answer;
    try {
      answer = new BufferedReader(new InputStreamReader(root.env().in(), StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      answer = null;
    }
    if (!root.env().interactive()) {
      out.println(); // the terminal echoes the learner's Enter; piped stdin does not
    }
    if (answer == null) {
      throw RustplanException.failure("no answer on stdin, so nothing was " + (redo ? "redone" : "undone")
          + "; answer y, or add --yes to do it without asking");
    }
    String a = answer.strip().toLowerCase(Locale.ROOT);
    return a.equals("y") || a.equals("yes");
  }

  /**
   * Each change kept: its number, when, the command, and under the command what it did, counted
   * ("day 18: +2 learned, +30 min"), so that rows of the same command tell apart; wrapped to the
   * width under the command's column.
   */
  private void list(Undo undo, PrintWriter out) {
    int width = root.width();
    for (Direction d : Direction.values()) {
      List<Undo.Kept> kept = undo.kept(d);
      out.println(kept.isEmpty() ? "Nothing to " + d.verb() + "."
          : "Changes you can " + d.verb() + " (newest first):");
      for (int i = 0; i < kept.size(); i++) {
        Undo.Kept k = kept.get(i);
        String lead = String.format(Locale.ROOT, "  %2d  %s  ", i + 1, WHEN.format(k.at().atZone(zone())));
        out.print(TextWrap.hanging(lead, TextWrap.visible(Voice.command(k.label())), width));
        out.print(summary(k.summary(), TextWrap.width(lead), width));
      }
    }
    out.print(TextWrap.hanging("History: ", ShortPath.home(undo.folder().toString(), root.env().vars().get("HOME")), width));
  }

  /**
   * "day 18: +2 learned, +30 min; settings: blog-dir", in the one voice for durations, wrapped
   * under the command's column between its pieces ("+1 h 15 min" is never split) where they fit.
   */
  static String summary(ChangeSummary summary, int indent, int width) {
    List<String> pieces = new ArrayList<>();
    if (summary.unknown() != null) {
      pieces.add("(cannot tell what it changed: " + summary.unknown() + ")");
    } else if (summary.parts().isEmpty()) {
      pieces.add("(nothing rustplan shows: only the file's layout, or fields it does not know)");
    }
    for (int p = 0; p < summary.parts().size(); p++) {
      ChangeSummary.Part part = summary.parts().get(p);
      List<String> changes = new ArrayList<>(part.changes().stream().map(TextWrap::visible).toList());
      if (part.minutes() != 0) {
        changes.add((part.minutes() > 0 ? "+" : "-") + Voice.duration(Math.abs(part.minutes())));
      }
      for (int c = 0; c < changes.size(); c++) {
        String piece = c == 0 && !part.place().isEmpty() ? part.place() + ": " + changes.get(c) : changes.get(c);
        pieces.add(piece + (c < changes.size() - 1 ? "," : p < summary.parts().size() - 1 ? ";" : ""));
      }
    }
    String margin = " ".repeat(indent);
    return TextWrap.items("", pieces, " ", Math.max(width - indent, 1)).lines()
        .map(line -> margin + line + "\n").collect(java.util.stream.Collectors.joining());
  }

  private String when(Step step) {
    return WHEN.format(step.at().atZone(zone()));
  }

  private ZoneId zone() {
    return root.env().zone();
  }

  private static String nothing(Direction direction, Undo undo) {
    return direction == Direction.UNDO
        ? "nothing to undo: no change to the journal is kept in " + undo.folder()
        : "nothing to redo: `undo --redo` brings back what an undo reverted, and no undo is waiting"
            + " (a change made after an undo ends what can be redone)";
  }

  private static String capital(String verb) {
    return Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
  }
}
