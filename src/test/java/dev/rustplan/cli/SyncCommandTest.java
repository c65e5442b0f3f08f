package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `rustplan sync`, `sync init` and `merge-driver` through the real command line, with real git;
 * the two machines syncing through a remote, with git running the driver, are in sync/TwoMachinesSyncIT.
 */
class SyncCommandTest {

  @TempDir Path dir;

  private Path home() {
    return dir.resolve("data");
  }

  private Path userHome() {
    return dir.resolve("user");
  }

  private Rustplan rustplan(boolean identity) throws IOException {
    RealTool.require("git");
    Files.createDirectories(userHome());
    Path gitconfig = userHome().resolve(".gitconfig");
    if (identity) {
      Files.writeString(gitconfig, "[user]\n\tname = Ann Learner\n\temail = ann@example.com\n");
    } else {
      Files.deleteIfExists(gitconfig);
    }
    return new Rustplan(home()).env("HOME", userHome().toString()).env("PATH", System.getenv("PATH"))
        .env("GIT_CONFIG_NOSYSTEM", "1");
  }

  private String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", home().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("HOME", userHome().toString());
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("git %s: %s", args, out).isZero();
    return out.strip();
  }

  @Test
  void withNoRemoteSyncOnlyCommits_namingTheCommands() throws Exception {
    Rustplan rustplan = rustplan(true);
    assertThat(rustplan.run("start")).succeeds();
    Result init = rustplan.run("sync", "init");
    assertThat(init).succeeds().out().contains("git repository", "No remote");
    assertThat(git("log", "--format=%s")).isEqualTo("rustplan: sync init");
    assertThat(git("ls-files")).isEqualTo(".gitattributes\n.gitignore\nprogress.json");
    assertThat(git("config", "merge.rustplan.driver")).endsWith(" merge-driver %O %A %B");
    assertThat(git("check-attr", "merge", "progress.json")).isEqualTo("progress.json: merge: rustplan");

    assertThat(rustplan.run("log", "3", "--learned", "secret note text")).succeeds();
    assertThat(rustplan.run("done")).succeeds();
    assertThat(rustplan.run("config", "blog-dir", dir.resolve("blog").toString())).succeeds();
    Result sync = rustplan.run("sync");
    assertThat(sync).succeeds().out()
        .contains("Committed: rustplan: log 3, done, config blog-dir.", "No remote set");
    assertThat(git("log", "-1", "--format=%s")).isEqualTo("rustplan: log 3, done, config blog-dir");
    assertThat(git("status", "--porcelain")).isEmpty(); // the lock, backup and history are ignored
    assertThat(git("show", "HEAD:progress.json")).isEqualTo(new JournalFile(home()).text().strip());

    assertThat(rustplan.run("sync")).succeeds().out().startsWith("Nothing new to commit.");
    assertThat(rustplan.run("undo", "--yes")).succeeds();
    assertThat(rustplan.run("sync")).succeeds().out().contains("Committed: rustplan: undo config blog-dir.");
  }

  @Test
  void withoutGitsUserEmailSyncSaysWhatToRunInOneLine() throws Exception {
    Rustplan rustplan = rustplan(false);
    assertThat(rustplan.run("start")).succeeds();
    Result init = rustplan.run("sync", "init");
    assertThat(init).failsWith(1, "git config --global user.email you@example.com", "user.name");
    assertThat(init.err().lines()).hasSize(1);
    assertThat(home().resolve(".git")).doesNotExist();
    // Git's variables count as its settings.
    assertThat(rustplan.env("GIT_AUTHOR_NAME", "Ann").env("GIT_COMMITTER_NAME", "Ann").env("EMAIL", "ann@example.com")
        .run("sync", "init")).succeeds();
  }

  @Test
  void withoutGitOrSetUpSyncSaysSoInOneLine() throws Exception {
    Rustplan rustplan = rustplan(true);
    Result noGit = rustplan.env("PATH", dir.resolve("no-such-bin").toString()).run("sync", "init");
    assertThat(noGit).failsWith(1, "git is not installed");
    assertThat(noGit.err().lines()).hasSize(1);
    Result notSetUp = rustplan(true).run("sync");
    assertThat(notSetUp).failsWith(1, "not set up for syncing", "rustplan sync init");
    assertThat(notSetUp.err().lines()).hasSize(1);
  }

  @Test
  void theMergeDriverMergesThreeJournalsIntoOurs() throws Exception {
    Rustplan rustplan = rustplan(true);
    JournalFile journal = new JournalFile(home());
    assertThat(rustplan.run("start")).succeeds();
    assertThat(rustplan.run("log", "--learned", "both")).succeeds();
    Path base = Files.write(dir.resolve("base.json"), journal.bytes());
    assertThat(rustplan.run("log", "--learned", "theirs")).succeeds();
    Path theirs = Files.write(dir.resolve("theirs.json"), journal.bytes());
    assertThat(rustplan.run("undo", "--yes")).succeeds();
    assertThat(rustplan.run("log", "--learned", "ours")).succeeds();
    assertThat(rustplan.run("done")).succeeds();
    Path ours = Files.write(dir.resolve("ours.json"), journal.bytes());

    Result merged = rustplan.run("merge-driver", base.toString(), ours.toString(), theirs.toString());
    assertThat(merged).succeeds();
    assertThat(merged.out()).isEmpty();
    Files.copy(ours, journal.path(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(journal.day(1).path("notes").path("learned").toString()).isEqualTo("[\"both\",\"ours\",\"theirs\"]");
    assertThat(journal.day(1).path("status").asText()).isEqualTo("done");
  }

  @Test
  void theMergeDriverRefusesWhatIsNotAJournal_leavingOursUntouched() throws Exception {
    Rustplan rustplan = rustplan(true);
    assertThat(rustplan.run("start")).succeeds();
    byte[] journal = new JournalFile(home()).bytes();
    Path ours = Files.write(dir.resolve("ours.json"), journal);
    Path theirs = Files.writeString(dir.resolve("theirs.json"), "<<<<<<< HEAD\n{\"schema\": 1\n");
    Path base = Files.write(dir.resolve("base.json"), new byte[0]);
    for (String[] args : List.of(
        new String[] {"merge-driver", base.toString(), ours.toString(), theirs.toString()},
        new String[] {"merge-driver", theirs.toString(), ours.toString(), base.toString()},
        new String[] {"merge-driver", base.toString(), ours.toString(), dir.resolve("missing").toString()})) {
      Result refused = rustplan.run(args);
      assertThat(refused).failsWith(1, "rustplan: ");
      assertThat(refused.err().lines()).hasSize(1);
      assertThat(Files.readAllBytes(ours)).isEqualTo(journal);
    }
    assertThat(rustplan.run("merge-driver", base.toString(), ours.toString())).failsWith(2);
  }

  @Test
  void syncIsInTheHelpAndTheDriverIsPlumbing() throws Exception {
    Result help = rustplan(true).run("--help");
    assertThat(help).succeeds().out().contains("  sync ").doesNotContain("merge-driver");
    assertThat(rustplan(true).run("completion", "bash").out()).contains("sync").doesNotContain("merge-driver");
    assertThat(rustplan(true).run("merge-driver", "--help")).succeeds().out().contains("Examples:", "%O %A %B");
    assertThat(rustplan(true).run("sync", "--help")).succeeds().out().contains("Examples:", "sync init");
    assertThat(rustplan(true).run("sync", "init", "--help")).succeeds().out().contains("Examples:");
  }
}
