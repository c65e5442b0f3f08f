package dev.rustplan.sync;

import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import dev.rustplan.files.AtomicFile;
import dev.rustplan.files.Private;
import dev.rustplan.journal.ImportReport;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.JournalMerge;
import dev.rustplan.journal.JournalMerge3;
import dev.rustplan.store.JournalStore;
import dev.rustplan.store.Undo;
import dev.rustplan.store.json.JournalReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data folder kept in step with other machines through git: `sync init` makes it (or finds
 * it in) a repository where only the journal travels and rustplan merges it, `sync` commits the
 * journal, merges what the remote has and pushes. Git's merge runs under the journal's lock, so
 * no rustplan command writes the journal meanwhile, and the undo history is carried over the
 * merge ({@link Undo#mergedIn}).
 */
public final class Sync {

  /** The merge driver's name in .gitattributes and the git config. */
  public static final String DRIVER = "rustplan";

  static final String ATTRIBUTES = JournalStore.FILE_NAME + " merge=" + DRIVER;

  /** Only the journal and these two files travel: the lock, temporary files, backup and undo history stay. */
  static final List<String> IGNORE = List.of(
      "# rustplan sync: only the journal travels; its lock, temporary files, backup, undo history",
      "# and the other machine's journal kept after a conflict (progress.json.theirs-*) stay here.",
      "/*",
      "!/" + JournalStore.FILE_NAME,
      "!/.gitignore",
      "!/.gitattributes");

  private static final String[] OURS = {"--", "."};

  private final JournalStore store;
  private final Path home;
  private final Map<String, String> env;
  private final String rustplan;
  private final Clock clock;

  /**
   * A sync of the journal in store (whose data folder is home), running git with env, where
   * rustplan is the shell command that starts this rustplan (for the merge driver).
   */
  public Sync(JournalStore store, Path home, Map<String, String> env, String rustplan, Clock clock) {
    this.store = store;
    this.home = home;
    this.env = env;
    this.rustplan = rustplan;
    this.clock = clock;
  }

  /** What `sync init` did. */
  public record Initialized(Path repository, boolean created, String remote, String branch, boolean tookJournal,
      boolean pushed, boolean diverged) {}

  /** What `sync` did; committed, merged and pushed are null where there was nothing to do (merged is "" when values changed but nothing was added). */
  public record Synced(String committed, String remote, String merged, List<String> conflicts, Path theirs,
      String pushed) {

    public Synced {
      conflicts = List.copyOf(conflicts);
    }
  }

  /** `rustplan sync init [REMOTE]`. */
  public Initialized init(String remoteUrl) {
    try {
      Private.createFolders(home);
    } catch (IOException e) {
      throw RustplanException.failure("cannot create rustplan's data folder " + home + ": " + IoReason.of(e), e);
    }
    Git git = Git.in(home, env);
    identity(git);
    boolean created = false;
    Git.Result top = git.run("rev-parse", "--show-toplevel");
    if (!top.ok()) {
      git.out("make " + home + " a repository", "init", "-q");
      created = true;
      top = git.run("rev-parse", "--show-toplevel");
    }
    Path repository = Path.of(top.out().strip());
    String branch = branch(git);
    String remote = remoteName(git, branch);
    boolean tookJournal = false;
    boolean diverged = false;
    if (remoteUrl != null) {
      Git.Result url = git.run("remote", "get-url", remote);
      if (!url.ok()) {
        git.out("add the remote " + remoteUrl, "remote", "add", remote, remoteUrl);
      } else if (!url.out().strip().equals(remoteUrl)) {
        git.out("set the remote to " + remoteUrl, "remote", "set-url", remote, remoteUrl);
      }
    }
    boolean hasRemote = git.run("remote", "get-url", remote).ok();
    if (hasRemote) {
      fetch(git, remote);
      boolean born = git.run("rev-parse", "-q", "--verify", "HEAD").ok();
      Optional<String> theirs = remoteBranch(git, remote, branch);
      if (theirs.isPresent()) {
        String name = theirs.get();
        if (!born && !name.equals(branch)) {
          git.out("name the branch " + name, "symbolic-ref", "HEAD", "refs/heads/" + name);
          branch = name;
        }
        if (!born && !Files.exists(store.file())) {
          // The second machine: its journal comes from the remote.
          git.out("take the journal from " + remote, "checkout", "-q", "-B", branch, remote + "/" + name);
          tookJournal = true;
          privateJournal();
        }
        if (git.run("config", "branch." + branch + ".merge").out().isBlank()) {
          git.out("set the upstream branch", "config", "branch." + branch + ".remote", remote);
          git.out("set the upstream branch", "config", "branch." + branch + ".merge", "refs/heads/" + name);
        }
      }
    }
    register(git);
    writeLines(home.resolve(".gitignore"), IGNORE);
    writeLines(home.resolve(".gitattributes"), List.of(ATTRIBUTES));
    commit(git, "rustplan: sync init");
    boolean pushed = false;
    if (hasRemote) {
      Optional<String> upstream = upstream(git, branch);
      if (upstream.isEmpty() || git.run("merge-base", "--is-ancestor", upstream.get(), "HEAD").ok()) {
        pushed = push(git, remote, branch) != null;
      } else {
        diverged = !git.run("merge-base", "--is-ancestor", "HEAD", upstream.get()).ok();
      }
    }
    return new Initialized(repository, created, hasRemote ? remote : null, branch, tookJournal, pushed, diverged);
  }

  /** `rustplan sync`: commit, merge what the remote has, push. */
  public Synced sync() {
    Git git = Git.in(home, env);
    if (!Files.isDirectory(home) || !git.run("rev-parse", "--show-toplevel").ok()
        || git.run("config", "merge." + DRIVER + ".driver").out().isBlank()) {
      throw RustplanException.failure("the data folder " + home + " is not set up for syncing yet: run rustplan sync"
          + " init REMOTE (or rustplan sync init, to keep a history here only)");
    }
    identity(git);
    String branch = branch(git);
    if (git.run("rev-parse", "-q", "--verify", "MERGE_HEAD").ok()) {
      throw RustplanException.failure("a git merge in " + home + " is unfinished (not rustplan's): finish it, or"
          + " end it with git -C '" + home + "' merge --abort, then run rustplan sync again");
    }
    register(git); // the command that starts rustplan may have moved since sync init
    String remote = remoteName(git, branch);
    boolean hasRemote = git.run("remote", "get-url", remote).ok();
    String committed = null;
    Merge merge = null;
    for (int attempt = 0; ; attempt++) {
      Merge round = store.exclusive(target -> round(git, hasRemote ? remote : null, branch));
      committed = committed != null ? committed : round.committed;
      merge = merge == null || round.merged != null ? round : merge;
      if (!hasRemote) {
        return new Synced(committed, null, null, List.of(), null, null);
      }
      Git.Result pushed = pushResult(git, remote, branch);
      if (pushed == null || pushed.ok()) {
        return new Synced(committed, remote, merge.merged, merge.conflicts, merge.theirs,
            pushed == null ? null : remote + " (" + branch + ")");
      }
      if (attempt == 2) {
        throw RustplanException.failure("git could not push to " + remote + ": " + pushed.reason()
            + "; your journal is committed and merged here: run rustplan sync again");
      }
      // Rejected: the other machine pushed meanwhile; fetch and merge again.
    }
  }

  /** What one round under the lock did. */
  private record Merge(String committed, String merged, List<String> conflicts, Path theirs) {}

  private Merge round(Git git, String remote, String branch) {
    String committed = commit(git, null);
    if (remote == null) {
      return new Merge(committed, null, List.of(), null);
    }
    fetch(git, remote);
    Optional<String> upstream = upstream(git, branch);
    if (upstream.isEmpty() || git.run("merge-base", "--is-ancestor", upstream.get(), "HEAD").ok()) {
      return new Merge(committed, null, List.of(), null);
    }
    String ref = upstream.get();
    Journal before = store.read();
    Optional<String> base = Optional.of(git.run("merge-base", "HEAD", ref)).filter(Git.Result::ok).map(r -> r.out().strip());
    Optional<byte[]> theirsBytes = git.bytes("show", ref + ":./" + JournalStore.FILE_NAME);
    List<String> conflicts = conflicts(git, base, theirsBytes, before);
    Git.Result result = git.run("merge", "-q", "--no-edit", "--allow-unrelated-histories", "-m",
        "rustplan: sync, merging " + ref, ref);
    if (!result.ok()) {
      Path kept = theirsBytes.map(this::keepTheirs).orElse(null);
      git.run("merge", "--abort");
      String why = driverReason(result).orElse(result.reason());
      throw RustplanException.failure("could not merge " + ref + "'s journal (" + why + "): yours is as it was"
          + (kept == null ? "" : ", theirs is kept as " + kept) + "; nothing was pushed");
    }
    privateJournal();
    Journal after = store.read();
    String merged = null;
    if (!after.equals(before)) {
      new Undo(store).mergedIn(before, after);
      ImportReport report = JournalMerge.of(before, after).report();
      merged = report.isEmpty() ? "" : report.summary(); // changed values, no additions: nothing to count
    }
    Path theirs = conflicts.isEmpty() ? null : theirsBytes.map(this::keepTheirs).orElse(null);
    return new Merge(committed, merged, conflicts, theirs);
  }

  /** What both sides changed differently, found by the same merge git's driver runs; empty when any side does not parse. */
  private List<String> conflicts(Git git, Optional<String> base, Optional<byte[]> theirs, Journal ours) {
    if (theirs.isEmpty()) {
      return List.of();
    }
    try {
      Journal baseJournal = base.flatMap(b -> git.bytes("show", b + ":./" + JournalStore.FILE_NAME))
          .map(JournalReader::read).orElse(Journal.EMPTY);
      return JournalMerge3.of(baseJournal, ours, JournalReader.read(theirs.get())).conflicts();
    } catch (RuntimeException e) {
      return List.of(); // the driver says what is wrong with it
    }
  }

  /** The merge driver's own line among git's, if it printed one. */
  private static Optional<String> driverReason(Git.Result result) {
    return (result.err() + "\n" + result.out()).lines()
        .filter(l -> l.startsWith("rustplan: ") || l.startsWith("rustplan merge-driver: "))
        .map(l -> l.substring(l.indexOf(": ") + 2).strip())
        .reduce((a, b) -> b);
  }

  /** The other machine's journal as it was, kept beside this one: progress.json.theirs-2026-12-02. */
  private Path keepTheirs(byte[] bytes) {
    String stem = JournalStore.FILE_NAME + ".theirs-" + LocalDate.now(clock);
    Path file = home.resolve(stem);
    for (int n = 2; Files.exists(file); n++) {
      file = home.resolve(stem + "-" + n);
    }
    try {
      AtomicFile.system().put(file, bytes);
    } catch (IOException e) {
      throw RustplanException.failure("cannot keep the other machine's journal as " + file + ": " + IoReason.of(e), e);
    }
    return file;
  }

  /** Commits the data folder's journal and settings files if they changed; the message, or null. */
  private String commit(Git git, String message) {
    git.out("stage the journal", withOurs("add", "-A"));
    if (git.run(withOurs("diff", "--cached", "--quiet")).ok()) {
      return null;
    }
    String text = message != null ? message : CommitMessage.of(new Undo(store).labelsSince(
        git.bytes("show", "HEAD:./" + JournalStore.FILE_NAME).orElse(null)));
    git.out("commit the journal", withOurs("commit", "-q", "--no-verify", "-m", text));
    return text;
  }

  private static String[] withOurs(String... args) {
    String[] all = new String[args.length + OURS.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(OURS, 0, all, args.length, OURS.length);
    return all;
  }

  private static void fetch(Git git, String remote) {
    Git.Result fetched = git.run("fetch", "-q", remote);
    if (!fetched.ok()) {
      throw RustplanException.failure("cannot fetch from " + remote + " (" + git.run("remote", "get-url", remote).out()
          .strip() + "): " + fetched.reason() + "; your journal is committed here, nothing else changed");
    }
  }

  private static Git.Result pushResult(Git git, String remote, String branch) {
    Optional<String> upstream = upstream(git, branch);
    if (upstream.isPresent() && git.run("merge-base", "--is-ancestor", "HEAD", upstream.get()).ok()) {
      return null; // the remote has everything already
    }
    if (!git.run("rev-parse", "-q", "--verify", "HEAD").ok()) {
      return null; // nothing committed yet
    }
    String target = git.run("config", "branch." + branch + ".merge").out().strip();
    String name = target.startsWith("refs/heads/") ? target.substring("refs/heads/".length()) : branch;
    return git.run("push", "-q", "-u", remote, "HEAD:refs/heads/" + name);
  }

  private static String push(Git git, String remote, String branch) {
    Git.Result result = pushResult(git, remote, branch);
    if (result != null && !result.ok()) {
      throw RustplanException.failure("git could not push to " + remote + ": " + result.reason());
    }
    return result == null ? null : remote;
  }

  /** The remote-tracking ref this branch merges from, if it is there. */
  private static Optional<String> upstream(Git git, String branch) {
    String remote = git.run("config", "branch." + branch + ".remote").out().strip();
    String merge = git.run("config", "branch." + branch + ".merge").out().strip();
    if (remote.isEmpty()) {
      remote = "origin";
    }
    String name = merge.startsWith("refs/heads/") ? merge.substring("refs/heads/".length()) : branch;
    String ref = "refs/remotes/" + remote + "/" + name;
    return git.run("rev-parse", "-q", "--verify", ref).ok() ? Optional.of(remote + "/" + name) : Optional.empty();
  }

  /** The remote's branch to follow: the one its HEAD names, else one of the same name as ours, else its only one. */
  private static Optional<String> remoteBranch(Git git, String remote, String branch) {
    Git.Result head = git.run("ls-remote", "--symref", remote, "HEAD");
    for (String line : head.out().lines().toList()) {
      if (line.startsWith("ref: refs/heads/") && line.endsWith("\tHEAD")) {
        String name = line.substring("ref: refs/heads/".length(), line.length() - "\tHEAD".length());
        if (git.run("rev-parse", "-q", "--verify", "refs/remotes/" + remote + "/" + name).ok()) {
          return Optional.of(name);
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (String ref : git.run("for-each-ref", "--format=%(refname)", "refs/remotes/" + remote + "/").out().lines().toList()) {
      String name = ref.substring(("refs/remotes/" + remote + "/").length());
      if (!name.equals("HEAD")) {
        names.add(name);
      }
    }
    if (names.contains(branch)) {
      return Optional.of(branch);
    }
    return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
  }

  private String branch(Git git) {
    Git.Result branch = git.run("symbolic-ref", "-q", "--short", "HEAD");
    if (!branch.ok()) {
      throw RustplanException.failure("the repository of " + home + " is on no branch (a detached HEAD): check one out"
          + " first, e.g. git -C '" + home + "' switch main, then run rustplan sync again");
    }
    return branch.out().strip();
  }

  /** The remote this branch pushes to, else origin. */
  private static String remoteName(Git git, String branch) {
    String remote = git.run("config", "branch." + branch + ".remote").out().strip();
    return remote.isEmpty() || remote.equals(".") ? "origin" : remote;
  }

  /** Git's identity for the commits: its settings, or its variables; one line saying what to run when neither is there. */
  private void identity(Git git) {
    List<String> missing = new ArrayList<>();
    if (git.run("config", "user.name").out().isBlank() && absent("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME")) {
      missing.add("user.name");
    }
    if (git.run("config", "user.email").out().isBlank() && absent("GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL", "EMAIL")) {
      missing.add("user.email");
    }
    if (!missing.isEmpty()) {
      List<String> commands = new ArrayList<>();
      if (missing.contains("user.name")) {
        commands.add("git config --global user.name \"Your Name\"");
      }
      if (missing.contains("user.email")) {
        commands.add("git config --global user.email you@example.com");
      }
      throw RustplanException.failure("git does not know who you are (no " + String.join(" or ", missing)
          + "), and every sync commit names you: tell it once with " + String.join(" && ", commands)
          + ", then run the command again");
    }
  }

  private boolean absent(String... names) {
    for (String name : names) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** rustplan as the journal's merge driver, in the repository's own config; and merges for a plain git pull. */
  private void register(Git git) {
    git.out("register rustplan's merge driver", "config", "merge." + DRIVER + ".name", "rustplan journal merge");
    git.out("register rustplan's merge driver", "config", "merge." + DRIVER + ".driver", rustplan + " merge-driver %O %A %B");
    git.out("set pull.rebase", "config", "pull.rebase", "false");
  }

  /** Adds the lines the file lacks, keeping what it has (the learner's own lines, a remote's copy). */
  private static void writeLines(Path file, List<String> lines) {
    try {
      List<String> had = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
      List<String> all = new ArrayList<>(had);
      lines.stream().filter(l -> !had.contains(l)).forEach(all::add);
      if (all.size() != had.size()) {
        AtomicFile.system().put(file, (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw RustplanException.failure("cannot write " + file + ": " + IoReason.of(e), e);
    }
  }

  /** Git writes files readable by all (its umask); the journal stays the learner's alone. */
  private void privateJournal() {
    try {
      if (Files.isRegularFile(store.file(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // A file system without POSIX permissions: nothing to tighten.
    }
  }
}
