package dev.rustplan.files;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one writer: its temporary names, its sweeps for any file name, and its modes. */
class AtomicFileTest {

  @TempDir Path folder;

  private static final String DIGITS = ".0123456789abcdef.tmp";

  @ParameterizedTest
  @ValueSource(strings = {"progress{1.json", "a*b.json", "what?.json", "[x].json", "back\\slash.json", "}{.json", "plain.json"})
  void sweepsTheLeftoversOfAnyFileNameAndNothingElse(String name) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, "{}");
    Path leftover = Files.writeString(folder.resolve(name + DIGITS), "half");
    Path backupLeftover = Files.writeString(folder.resolve(name + ".bak" + DIGITS), "half");
    Path other = Files.writeString(folder.resolve("other.json" + DIGITS), "someone else's");
    Path notOurs = Files.writeString(folder.resolve(name + ".0123.tmp"), "not our scheme");

    AtomicFile.system().sweep(file);

    assertThat(leftover).doesNotExist();
    assertThat(backupLeftover).doesNotExist();
    assertThat(file).hasContent("{}");
    assertThat(other).exists();
    assertThat(notOurs).exists();
  }

  @Test
  void sweepFolderTakesEveryTemporaryAndOnlyThose() throws IOException {
    Path a = Files.writeString(folder.resolve("000001.undo" + DIGITS), "x");
    Path b = Files.writeString(folder.resolve("{weird}*.undo" + DIGITS), "x");
    Path kept = Files.writeString(folder.resolve("000002.undo"), "x");
    Path upper = Files.writeString(folder.resolve("x.0123456789ABCDEF.tmp"), "x");
    Path fullwidth = Files.writeString(folder.resolve("x.\uff10123456789abcdef.tmp"), "x");

    AtomicFile.system().sweepFolder(folder);

    assertThat(a).doesNotExist();
    assertThat(b).doesNotExist();
    assertThat(kept).exists();
    assertThat(upper).exists();
    assertThat(fullwidth).exists();
  }

  @Test
  void everyWriteUsesOneNamingSchemeThatIsTemporaryKnows() {
    Path temp = AtomicFile.temporaryFor(folder.resolve("post{1}.md"));
    assertThat(temp.getFileName().toString()).matches("post\\{1\\}\\.md\\.[0-9a-f]{16}\\.tmp");
    assertThat(AtomicFile.isTemporary(temp)).isTrue();
    assertThat(AtomicFile.isTemporary(folder.resolve("post.md"))).isFalse();
    assertThat(AtomicFile.isTemporary(folder.resolve(DIGITS.substring(1)))).isFalse();
  }

  @Test
  void writeWithoutReplaceRefusesAFileThatIsThereAndLeavesNoTemporary() throws IOException {
    Path post = Files.writeString(folder.resolve("week-1.md"), "edited by hand");

    assertThatThrownBy(() -> AtomicFile.system().write(post, "new".getBytes(StandardCharsets.UTF_8), false, "rw-r--r--"))
        .isInstanceOf(FileAlreadyExistsException.class);

    assertThat(post).hasContent("edited by hand");
    assertThat(names()).containsExactly("week-1.md");
  }

  @Test
  void writeGivesTheModeAskedForAndCacheIsPrivate() throws IOException {
    Path post = folder.resolve("week-1.md");
    AtomicFile.system().write(post, "post".getBytes(StandardCharsets.UTF_8), false, "rw-r--r--");
    Path cached = folder.resolve("cache/output/today");
    AtomicFile.system().cache(cached, "answer".getBytes(StandardCharsets.UTF_8));

    assertThat(post).hasContent("post");
    assertThat(cached).hasContent("answer");
    if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(post))).isEqualTo("rw-r--r--");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cached))).isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cached.getParent()))).isEqualTo("rwx------");
    }
    assertThat(names()).containsExactlyInAnyOrder("week-1.md", "cache");
  }

  @Test
  void aJournalLinkedToANameWithGlobCharactersTakesChanges(@TempDir Path home) throws IOException {
    // The store sweeps beside the link's target; its name once went into a glob unescaped.
    Path target = home.resolve("progress{1.json");
    Rustplan rustplan = new Rustplan(home).today("2026-03-02");
    assertThat(rustplan.run("start")).succeeds();
    Files.move(home.resolve("progress.json"), target);
    Files.createSymbolicLink(home.resolve("progress.json"), target.getFileName());
    Path leftover = Files.writeString(home.resolve("progress{1.json" + DIGITS), "{\"half\": ");

    assertThat(rustplan.run("log", "--learned", "a glob is not a file name")).succeeds();

    assertThat(Files.readString(target)).contains("a glob is not a file name");
    assertThat(leftover).doesNotExist();
    assertThat(home.resolve("progress.json")).isSymbolicLink();
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
