package dev.rustplan.safety;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustplan.files.FileSteps;
import dev.rustplan.store.JournalStore;
import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private by default: what rustplan writes about the learner is readable by them alone, whatever
 * the umask; its temporary files have random names, are created exclusively and never
 * follow a link planted in their place; a post's file name comes from the week and a date only.
 */
class PrivateByDefaultTest {

  @TempDir Path tmp;

  @Test
  void theJournalItsBackupHistoryLockAndDraftsAreTheUsersAloneEvenWithAnOpenUmask() throws Exception {
    Path home = tmp.resolve("home");
    Path seen = tmp.resolve("draft-permissions");
    Path editor = tmp.resolve("editor.sh");
    // Records the draft's permissions as the editor sees them, then leaves a note rustplan cannot read back.
    Files.writeString(editor, "#!/bin/sh\nstat -c '%a' \"$1\" \"$(dirname \"$1\")\" > '" + seen + "'\n"
        + "printf '## Not a section\\n' > \"$1\"\n");
    editor.toFile().setExecutable(true);
    List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 000 && exec \"$0\" \"$@\""));
    command.addAll(ChildJvm.get().builder(home, RunAll.class.getName(),
        "start", ";", "log", "--learned", "private", ";", "done", ";", "config", "front-matter", "toml", ";",
        "undo", "--yes", ";", "log", "--edit").command());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("out").toFile());
    builder.environment().putAll(Map.of("RUSTPLAN_HOME", home.toString(), "RUSTPLAN_TODAY", Rustplan.DEFAULT_TODAY,
        "EDITOR", editor.toString(), "XDG_CACHE_HOME", ChildJvm.cache()));
    Process process = builder.start();
    assertThat(process.waitFor()).isZero();
    String out = Files.readString(tmp.resolve("out"));
    assertThat(out).contains("exit 0: start", "exit 0: undo --yes", "exit 1: log --edit", "your text is kept in");

    Map<String, String> modes = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(home)) {
      for (Path p : paths.toList()) {
        modes.put(home.relativize(p).toString().replaceAll("[0-9a-f]{16}", "R").replaceAll("[0-9]{6}", "N"),
            PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)));
      }
    }
    assertThat(modes).containsEntry("", "rwx------")
        .containsEntry("progress.json", "rw-------")
        .containsEntry("progress.json.bak", "rw-------")
        .containsEntry("progress.json.lock", "rw-------")
        .containsEntry("progress.json.history", "rwx------")
        .containsEntry("progress.json.history/N.undo", "rw-------")
        .containsEntry("progress.json.history/N.redo", "rw-------")
        .containsEntry("drafts", "rwx------")
        .containsEntry("drafts/day-1-R.md", "rw-------");
    assertThat(modes.values()).as("%s", modes).allMatch(m -> m.endsWith("------"));
    assertThat(Files.readString(seen)).isEqualTo("600\n700\n");
    System.out.println("[safety] private by default (umask 000): " + modes.size()
        + " files and folders, each rw------- or rwx------");
  }

  @Test
  void aTemporaryFileIsNeverCreatedThroughALinkPlantedInItsPlace() throws IOException {
    Path victim = Files.writeString(tmp.resolve("victim"), "precious");
    Path planted = Files.createSymbolicLink(tmp.resolve("progress.json.0123456789abcdef.tmp"), victim);
    Path dangling = Files.createSymbolicLink(tmp.resolve("progress.json.fedcba9876543210.tmp"), tmp.resolve("created"));

    assertThatThrownBy(() -> FileSteps.system().create(planted)).isInstanceOf(FileAlreadyExistsException.class);
    assertThatThrownBy(() -> FileSteps.system().create(dangling)).isInstanceOf(FileAlreadyExistsException.class);

    assertThat(Files.readString(victim)).isEqualTo("precious");
    assertThat(tmp.resolve("created")).doesNotExist();
  }

  @Test
  void temporaryFilesHaveUnpredictableNames() {
    List<Path> created = new ArrayList<>();
    FileSteps recording = new FileSteps() {
      @Override
      public FileChannel create(Path temp) throws IOException {
        created.add(temp);
        return FileSteps.system().create(temp);
      }

      @Override
      public void write(FileChannel channel, java.nio.ByteBuffer bytes) throws IOException {
        FileSteps.system().write(channel, bytes);
      }

      @Override
      public void force(FileChannel channel) throws IOException {
        FileSteps.system().force(channel);
      }

      @Override
      public void move(Path source, Path target) throws IOException {
        FileSteps.system().move(source, target);
      }
    };
    for (int i = 0; i < 20; i++) {
      int n = i;
      new JournalStore(tmp, recording).update(j -> j.withConfig("k", "v" + n));
    }

    assertThat(created).hasSize(20 * 3 - 1).doesNotHaveDuplicates()
        .allMatch(p -> p.getFileName().toString().matches("(progress\\.json(\\.bak)?|[0-9]{6}\\.undo)\\.[0-9a-f]{16}\\.tmp"));
  }

  @Test
  void aPostIsNamedByItsWeekAndDateOnlyWhateverThePlanSays() throws IOException {
    // A plan whose theme and topics try to steer the post elsewhere.
    String plan = Files.readString(Path.of("src/test/resources/plans/10-days-of-sql.md"))
        .replace("### Week 1: How a Query Runs", "### Week 1: ../../../escaped/..\\\\x/ \u0000 ~")
        .replace("| 1 | Logical query order |", "| 1 | /etc/passwd and ../../up |");
    Path planFile = Files.writeString(tmp.resolve("sneaky.md"), plan);
    Path posts = Files.createDirectories(tmp.resolve("blog/posts"));
    // The name a post's temporary file had before it was random: a link planted there leads nowhere now.
    Path victim = Files.writeString(tmp.resolve("victim"), "precious");
    Files.createSymbolicLink(posts.resolve(".2026-03-02-sneaky-week-1.md.tmp"), victim);
    Rustplan rustplan = new Rustplan(tmp.resolve("home"));
    assertThat(rustplan.run("--plan", planFile.toString(), "start", "--date", "2026-02-23")).succeeds();

    var result = rustplan.run("--plan", planFile.toString(), "blog", "1", "--out", posts.toString());

    assertThat(result).succeeds().out().startsWith(posts.resolve("2026-03-02-sneaky-week-1.md") + "\n");
    try (Stream<Path> files = Files.list(posts)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("2026-03-02-sneaky-week-1.md", ".2026-03-02-sneaky-week-1.md.tmp");
    }
    try (Stream<Path> files = Files.list(tmp.resolve("blog"))) {
      assertThat(files).containsExactly(posts);
    }
    assertThat(Files.readString(victim)).isEqualTo("precious");
    assertThat(Files.readString(posts.resolve("2026-03-02-sneaky-week-1.md"))).contains("../../../escaped");
  }
}
