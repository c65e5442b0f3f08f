package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.startup.CacheFolder;
import dev.rustplan.testing.RealTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one test of a cache folder or file that Java applies (the launcher applies the same): this user's alone. */
class CacheFolderTest {

  @TempDir Path tmp;

  @Test
  void missingFoldersAreMadePrivate() throws IOException {
    Path folder = tmp.resolve("xdg/rustplan/output");

    assertThat(CacheFolder.ready(folder)).isTrue();

    for (Path made : new Path[] {tmp.resolve("xdg"), tmp.resolve("xdg/rustplan"), folder}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).as("%s", made).isEqualTo("rwx------");
    }
  }

  @Test
  void aFolderOrFileOthersMayWriteIsNotUsedAndTheProblemSaysWhy() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("rustplan/journal"));
    Path entry = Files.writeString(folder.resolve("entry"), "x");
    assertThat(CacheFolder.usable(folder)).isTrue();
    assertThat(CacheFolder.trusted(entry)).isTrue();

    Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-r--"));
    assertThat(CacheFolder.trusted(entry)).isFalse();
    assertThat(CacheFolder.problem(entry)).hasValue("may be written by group or others (rw-rw-r--)");

    Files.setPosixFilePermissions(folder.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
    assertThat(CacheFolder.usable(folder)).as("its parent may be swapped").isFalse();
    assertThat(CacheFolder.ready(folder)).isFalse();
    assertThat(CacheFolder.problem(tmp.resolve("missing"))).isEmpty();
  }

  @Test
  void aFolderOfAnotherUsersIsNotUsed() throws Exception {
    RealTool.requireThat(RealTool.isRoot(), "only root can give a file to another user (run the tests as root)");
    Path folder = Files.createDirectories(tmp.resolve("rustplan"));
    assertThat(new ProcessBuilder("chown", "65534:65534", folder.toString()).inheritIO().start().waitFor()).isZero();

    assertThat(CacheFolder.usable(folder)).isFalse();
    assertThat(CacheFolder.problem(folder)).hasValue("belongs to nobody, not to you (root)");
  }
}
