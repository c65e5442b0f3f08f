package dev.rustplan.cli.command;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.blog.BlogSettings;
import dev.rustplan.blog.FrontMatter;
import dev.rustplan.blog.PostFile;
import dev.rustplan.blog.PostRenderer;
import dev.rustplan.blog.PostTemplate;
import dev.rustplan.blog.ProgressCard;
import dev.rustplan.blog.Publication;
import dev.rustplan.blog.Site;
import dev.rustplan.blog.WeekPost;
import dev.rustplan.blog.WeekPosts;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.files.AtomicFile;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import dev.rustplan.store.JournalStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan blog [WEEK]`: drafts the week's blog post from its notes and the plan. */
@Command(
    name = "blog",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan blog                 the latest finished week",
      "  rustplan blog 2 --stdout | less",
      "  rustplan blog --site ~/blog       into a Hugo, Jekyll or Zola site, as a draft",
      "  rustplan blog 3 --front-matter toml --out ~/blog/content --force"
    },
    description = {
      "Draft a week's blog post from its notes and the plan, and record it as the week's post.",
      "%nThe post is written to DIR/YYYY-MM-DD-SHORT-week-N.md (SHORT: the plan's short name, 100-days-of-rust for the bundled plan) and its path printed. "
          + "With --site (or the site setting) DIR is where that site's generator reads posts, and the post is a draft in its convention. "
          + "WEEK defaults to the latest week whose days are all done or skipped, else the current week. "
          + "A week has one post: it is never rewritten without --force, and with it the same file is rewritten (renamed if its date changed)."
    })
public final class BlogCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "WEEK", arity = "0..1", description = "The week's number (default: see above).")
  String number;

  @Option(names = "--out", paramLabel = "DIR", description = "Write the post into DIR (default: the blog-dir setting, else $RUSTPLAN_HOME/posts).")
  Path out;

  @Option(names = "--site", paramLabel = "DIR", description = "Write the post into the Hugo, Jekyll or Zola site in DIR, as its generator reads a draft (default: the site setting).")
  Path site;

  @Option(names = "--stdout", description = "Print the post instead; write and record nothing.")
  boolean toStdout;

  @Option(names = "--force", description = "Overwrite the week's post if it exists (you may have edited it).")
  boolean force;

  @Option(names = "--front-matter", paramLabel = "STYLE", completionCandidates = FrontMatterNames.class, description = "yaml (between --- lines) or toml (between +++ lines, for Zola). Default: the front-matter setting, else yaml.")
  String frontMatter;

  @Option(names = "--template", paramLabel = "FILE", description = "Render with this Mustache template (default: the template setting, else the bundled one).")
  Path template;

  /** The values shell completion offers for --front-matter. */
  static final class FrontMatterNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(FrontMatter.values()).map(FrontMatter::label).iterator();
    }
  }

  @Override
  public Integer call() {
    Plan plan = root.plan();
    JournalStore store = root.store();
    // Read first: a journal that cannot be read stops the command before any file is written.
    Journal journal = store.read();
    PlanJournal progress = journal.plan(plan.id());
    BlogSettings settings = BlogSettings.of(journal.config(), root.env().home());
    Week week = week(plan, progress);
    if (out != null && site != null) {
      throw RustplanException.usage("give --out DIR or --site DIR, not both: --site already says where the site's posts go");
    }
    // --out writes a plain folder, as it always did, whatever the site setting says.
    Site target = out != null ? null
        : site != null ? Site.at(site, "--site " + site)
        : settings.site() != null ? Site.at(settings.site(), "the site setting " + settings.site())
        : null;
    FrontMatter option = frontMatter == null ? null : FrontMatter.parse(frontMatter);
    FrontMatter style = target != null ? target.frontMatter(option, settings.frontMatter())
        : option != null ? option : settings.frontMatter();
    PostTemplate chosen =
        template != null ? PostTemplate.read(template)
            : settings.template() != null ? PostTemplate.read(settings.template())
            : PostTemplate.bundled();
    Publication publication = Publication.of(target, settings.seriesUrl(), settings.practiceUrl(), plan.meta());
    WeekPost post = WeekPosts.of(plan, progress, week, LocalDate.now(root.clock()), style, publication);
    Path folder = out != null ? out : target != null ? target.posts() : settings.blogDir();
    // The card beside the post, linked by its name; on a site, where its generator publishes it, by its path there.
    String cardName = post.fileName().replaceFirst("\\.md$", ".svg");
    Path cardFolder = target != null ? target.files() : folder;
    ProgressCard card = settings.postCard() && !toStdout
        ? ProgressCard.of(plan, progress, week, LocalDate.now(root.clock())) : null;
    String text = card == null ? new PostRenderer(chosen).render(post)
        : new PostRenderer(chosen).render(post, target != null ? target.filesPath() + cardName : cardName, card.alt());
    String untouched =
        WeekPosts.untouched(week, progress)
            ? "week " + week.number() + " has not started: the draft holds the plan's topics and the prompts only"
            : null;

    if (toStdout) {
      spec.commandLine().getOut().print(text);
      if (untouched != null) {
        spec.commandLine().getErr().println("rustplan: note: " + untouched);
      }
      return 0;
    }
    String named = out != null ? "--out " + out : target != null ? "the site's posts folder " + folder : "blog-dir " + folder;
    String recorded = progress.week(week.number()).blogPost();
    PostFile.Written written = PostFile.write(folder, named, post.fileName(), post.fileNamesOfWeek(),
        recorded == null ? null : Path.of(recorded), week.number(), text, force);
    Path file = written.file();
    Path cardFile = card == null ? null : writeCard(cardFolder, cardName, post, card);
    store.update(j -> j.withPlan(plan.id(), recorded(j.plan(plan.id()), week.number(), file)));
    PrintWriter printed = spec.commandLine().getOut();
    printed.println(file);
    if (cardFile != null) {
      printed.println(cardFile);
      if (!text.contains(cardName)) {
        printed.println("Note: the template shows no progress card; add {{#card}}![{{alt}}]({{src}}){{/card}} to it"
            + " (the README lists the values) or turn the card off: rustplan config post-card off");
      }
    }
    if (target != null) {
      for (WeekPost.Snippet snippet : post.snippets()) {
        String shortcode = target.generator().shortcodeIn(snippet.code());
        if (shortcode != null) {
          printed.println("Note: day " + snippet.day() + "'s code holds " + shortcode + ", which " + target.generator().displayName()
              + " reads as a shortcode even in a code block; change it in the post before you publish it.");
        }
      }
    }
    for (Path other : written.leftAlone()) {
      printed.println("Note: " + other + " is another post of week " + week.number() + ", left as it was; delete it if it is not wanted.");
    }
    if (untouched != null) {
      printed.println("Note: " + untouched + ".");
    }
    return 0;
  }

  private Week week(Plan plan, PlanJournal progress) {
    if (number == null) {
      return WeekPosts.defaultWeek(plan, progress);
    }
    List<Week> weeks = plan.weeks();
    int n = NumberArgument.parse("week", number, weeks.get(0).number(), weeks.get(weeks.size() - 1).number());
    return plan.requireWeek(n);
  }

  /**
   * Writes the card (rewritten on every run: it is made, never edited) and removes the week's cards
   * of other dates in its folder, so that a post renamed to a new date keeps one card.
   */
  private static Path writeCard(Path folder, String name, WeekPost post, ProgressCard card) {
    Path file = folder.toAbsolutePath().normalize().resolve(name);
    java.util.regex.Pattern sameWeek = java.util.regex.Pattern.compile(
        post.fileNamesOfWeek().pattern().replace("\\.md", "\\.svg"));
    try {
      java.nio.file.Files.createDirectories(file.getParent());
      // A card is meant to be published: readable by the site generator, whoever runs it.
      AtomicFile.system().write(file, card.svg().getBytes(StandardCharsets.UTF_8), true, "rw-r--r--");
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(file.getParent())) {
        for (Path other : files.filter(p -> !p.equals(file))
            .filter(p -> sameWeek.matcher(p.getFileName().toString()).matches()).toList()) {
          java.nio.file.Files.deleteIfExists(other);
        }
      }
      return file;
    } catch (IOException e) {
      throw RustplanException.failure("cannot write the progress card " + file + ": " + IoReason.of(e)
          + "; the post was written: run rustplan blog " + post.week() + " --force to try again", e);
    }
  }

  private static PlanJournal recorded(PlanJournal progress, int week, Path file) {
    return progress.withWeek(week, progress.week(week).withBlogPost(file.toString()));
  }
}
