package dev.rustplan.cli.man;

import dev.rustplan.cli.Cli;
import dev.rustplan.cli.Env;
import dev.rustplan.cli.HelpLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes rustplan(1) and a page for every command (rustplan-log(1), rustplan-plan-check(1)) from
 * the command line {@link Cli} builds, so the pages say what `--help` says. `mvn package` runs it.
 */
public final class ManPages {

  private ManPages() {}

  /** Arguments: the folder to write into (man1/), the version, the date (YYYY-MM-DD, or a timestamp starting with one). */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ManPages FOLDER VERSION DATE");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    for (ManPage page : of(commandLine().getCommandSpec(), args[1], args[2].substring(0, Math.min(10, args[2].length())))) {
      // Build output, not the learner's data: readable by all (the tree may be installed for every
      // user), so not through AtomicFile, which keeps files private.
      Files.writeString(folder.resolve(page.fileName()), page.render(), StandardCharsets.UTF_8);
    }
  }

  /** The whole command line, every command built, as the help sees it. */
  public static CommandLine commandLine() {
    Env env = new Env(Map.of(), Clock.systemUTC(), InputStream.nullInputStream(), false);
    return Cli.create(env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  /** The pages of the root and every visible command below it, parents first. */
  public static List<ManPage> of(CommandSpec root, String version, String date) {
    List<ManPage> pages = new ArrayList<>();
    add(root, version, date, pages);
    return pages;
  }

  private static void add(CommandSpec spec, String version, String date, List<ManPage> pages) {
    pages.add(new ManPage(spec, version, date, HelpLayout.GROUPS));
    spec.subcommands().forEach((name, sub) -> {
      CommandSpec child = sub.getCommandSpec();
      if (!child.usageMessage().hidden() && name.equals(child.name())) {
        add(child, version, date, pages);
      }
    });
  }
}
