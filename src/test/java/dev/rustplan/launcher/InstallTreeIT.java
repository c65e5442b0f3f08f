package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.cli.man.ManPage;
import dev.rustplan.cli.man.ManPages;
import dev.rustplan.testing.Launched;
import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable tree and its archive, as the README installs them: target/rustplan-VERSION.tar.gz
 * unpacked with the real tar into ~/.local (a temporary HOME here) runs `rustplan today`; man finds
 * the pages through PATH alone; bash-completion, zsh and fish find the completions where they
 * look; and the tree in target/ runs in place with the class-data archive made for its lib/.
 */
class InstallTreeIT {

  @TempDir Path tmp;

  /** The one target/rustplan-VERSION.tar.gz `mvn package` wrote. */
  private static Path tarball() throws IOException {
    try (Stream<Path> files = Files.list(LauncherRun.TARGET)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().matches("rustplan-.*\\.tar\\.gz")).toList();
      assertThat(found).as("target/rustplan-VERSION.tar.gz").hasSize(1);
      return found.get(0);
    }
  }

  private static Path tree() throws IOException {
    String name = tarball().getFileName().toString();
    return LauncherRun.TARGET.resolve(name.substring(0, name.length() - ".tar.gz".length()));
  }

  /** HOME with the archive unpacked into its .local, as the README says. */
  private Path installed() throws Exception {
    Path local = Files.createDirectories(tmp.resolve("home/.local"));
    Result tar = Launched.run(tmp, Map.of(), RealTool.require("tar"),
        "-xzf", tarball().toString(), "--strip-components=1", "-C", local.toString());
    assertThat(tar.exit()).as("%s", tar).isZero();
    return local;
  }

  /** The variables of a learner whose home is tmp/home, ~/.local/bin first on PATH, no MANPATH or XDG dirs. */
  private Map<String, String> learner() {
    Map<String, String> env = new HashMap<>();
    Path home = tmp.resolve("home");
    env.put("HOME", home.toString());
    env.put("PATH", home.resolve(".local/bin") + ":" + System.getenv("PATH"));
    env.put("RUSTPLAN_HOME", tmp.resolve("data").toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    env.put("RUSTPLAN_TODAY", "2026-03-02");
    for (String name : List.of("MANPATH", "XDG_DATA_HOME", "XDG_DATA_DIRS", "XDG_CONFIG_HOME", "RUSTPLAN_PLAN",
        "RUSTPLAN_CDS", "RUSTPLAN_OUTPUT_CACHE", "BASH_COMPLETION_USER_DIR", "CDPATH", "JAVA_TOOL_OPTIONS")) {
      env.put(name, null);
    }
    return env;
  }

  @Test
  void theUnpackedArchiveRunsTodayAndMakesItsArchiveInTheCache() throws Exception {
    Path local = installed();
    Path launcher = local.resolve("bin/rustplan");
    assertThat(Files.isExecutable(launcher)).as("bin/rustplan is executable").isTrue();
    assertThat(local.resolve("lib/rustplan.jar")).isRegularFile();
    assertThat(local.resolve("lib/rustplan.jsa")).as("no archive that could never fit").doesNotExist();

    Result today = Launched.run(tmp, learner(), launcher, "today");
    assertThat(today.exit()).as("%s", today).isZero();
    assertThat(today.err()).as("%s", today).isEmpty();
    assertThat(today.out()).contains("rustplan start");

    // No archive fits the unpacked jar: the first run made one in the cache, in the background.
    Path cache = tmp.resolve("cache/rustplan");
    waitFor(cache.resolve("rustplan.jsa.stamp"), Duration.ofMinutes(5));
    waitForGone(cache.resolve("building"), Duration.ofMinutes(1));
    Result version = Launched.run(tmp, learner(), launcher, "--version");
    assertThat(version.out()).as("%s", version)
        .contains("Start-up archive: " + cache.toRealPath().resolve("rustplan.jsa") + " (in use)");
  }

  @Test
  void theTreeInTargetRunsInPlaceWithItsOwnArchive() throws Exception {
    Path tree = tree();
    Path link = tree.resolve("bin/rustplan");
    Result version = Launched.run(tmp, learner(), link, "--version");
    assertThat(version.exit()).as("%s", version).isZero();
    assertThat(version.out()).contains("Start-up archive: " + tree.toRealPath().resolve("lib/rustplan.jsa") + " (in use)");
    Result today = Launched.run(tmp, learner(), link, "today", "--brief");
    assertThat(today.exit()).as("%s", today).isZero();
    assertThat(today.out()).isNotBlank();
  }

  @Test
  void manFindsEveryPageThroughPathAlone() throws Exception {
    RealTool.require("man");
    RealTool.require("groff");
    Path local = installed();
    Path man1 = local.resolve("share/man/man1");
    List<String> expected = ManPages.of(ManPages.commandLine().getCommandSpec(), "", "").stream()
        .map(ManPage::fileName).sorted().toList();
    try (Stream<Path> files = Files.list(man1)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).isEqualTo(expected);
    }
    for (String page : expected) {
      Result groff = Launched.run(tmp, Map.of(), RealTool.require("groff"), "-man", "-ww", "-z", "-Tutf8",
          man1.resolve(page).toString());
      assertThat(groff.err()).as("groff's warnings on the installed %s", page).isEmpty();
    }
    Path sh = RealTool.require("sh");
    Map<String, String> env = learner();
    env.put("MANWIDTH", "80");
    env.put("PAGER", "cat");
    env.put("MANPAGER", null);
    // man-db derives ~/.local/share/man from ~/.local/bin on PATH: no MANPATH needed.
    Result where = Launched.run(tmp, env, sh, "-c", "man -w rustplan; man -w rustplan-plan-check");
    assertThat(where.out()).as("%s", where).isEqualTo(man1.resolve("rustplan.1") + "\n" + man1.resolve("rustplan-plan-check.1") + "\n");
    Result log = Launched.run(tmp, env, sh, "-c", "man --warnings rustplan-log");
    assertThat(log.exit()).as("%s", log).isZero();
    assertThat(log.err()).as("%s", log).isEmpty();
    assertThat(log.out()).contains("rustplan-log - add to a day's notes", "--learned=TEXT", "EXAMPLES");
    env.put("MANPATH", local.resolve("share/man").toString());
    env.put("PATH", System.getenv("PATH"));
    assertThat(Launched.run(tmp, env, sh, "-c", "man -w rustplan-today").out()).isEqualTo(man1.resolve("rustplan-today.1") + "\n");
  }

  @Test
  void bashCompletionFindsTheScriptInTheUsersDataFolder() throws Exception {
    Path loader = Path.of("/usr/share/bash-completion/bash_completion");
    RealTool.requireThat(Files.isRegularFile(loader), "bash-completion is not installed (Debian: apt-get install -y bash-completion)");
    installed();
    // bash-completion loads a command's script on its first Tab, from ~/.local/share/bash-completion/completions.
    Result bash = Launched.run(tmp, learner(), RealTool.require("bash"), "--norc", "-c",
        "source " + loader + " && __load_completion rustplan && f=$(complete -p rustplan | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')"
            + " && COMP_WORDS=(rustplan to) COMP_CWORD=1 COMP_LINE='rustplan to' COMP_POINT=11"
            + " && \"$f\" rustplan to rustplan && printf '%s\\n' \"${COMPREPLY[@]}\"");
    assertThat(bash.exit()).as("%s", bash).isZero();
    assertThat(bash.out().lines()).as("%s", bash).contains("today");
  }

  @Test
  void zshFindsTheFunctionWithTheFpathLineTheReadmeGives() throws Exception {
    Path zsh = RealTool.require("zsh");
    installed();
    Result fpath = Launched.run(tmp, learner(), zsh, "-f", "-c", "print -l $fpath");
    assertThat(fpath.out().lines()).as("Debian's zsh searches /usr/local with no line in ~/.zshrc")
        .contains("/usr/local/share/zsh/site-functions").doesNotContain(tmp.resolve("home/.local/share/zsh/site-functions").toString());
    Result found = Launched.run(tmp, learner(), zsh, "-f", "-c",
        "fpath=(~/.local/share/zsh/site-functions $fpath); autoload -Uz compinit; compinit -u -d ~/.zcompdump;"
            + " print -r -- $_comps[rustplan]");
    assertThat(found.out()).as("%s", found).isEqualTo("_rustplan\n");
  }

  @Test
  void fishCompletesFromTheUsersVendorFolderWithNoStep() throws Exception {
    Path fish = RealTool.require("fish");
    installed();
    Result fishResult = Launched.run(tmp, learner(), fish, "-c", "complete -C'rustplan to'");
    assertThat(fishResult.exit()).as("%s", fishResult).isZero();
    assertThat(fishResult.out().lines().map(l -> l.split("\t")[0])).as("%s", fishResult).contains("today");
  }

  private static void waitFor(Path file, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(file + " was not there after " + limit);
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  private static void waitForGone(Path file, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(file + " was still there after " + limit);
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }
}
