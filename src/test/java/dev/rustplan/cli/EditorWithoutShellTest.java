package dev.rustplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.JournalFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `log --edit` on a machine without sh (Windows): an EDITOR that is a plain command is started
 * directly. A real JVM whose PATH holds no sh runs an editor given by its path.
 */
class EditorWithoutShellTest {

  @TempDir Path tmp;

  @Test
  void aPlainEditorCommandNeedsNoShellOnThePath() throws Exception {
    Path home = tmp.resolve("home");
    Path empty = Files.createDirectories(tmp.resolve("no-sh-here"));
    // The editor's own #! line names its interpreter; rustplan itself must not look for sh on PATH.
    Path editor = tmp.resolve("editor");
    Files.writeString(editor, "#!/bin/sh\n/bin/sed -i -e 's/^\\(#* *What I Learned.*\\)$/\\1\\n- written without sh/' \"$1\"\n");
    Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));

    ProcessBuilder start = ChildJvm.get().rustplan(home, "start");
    assertThat(start.redirectErrorStream(true).start().waitFor()).isZero();
    ProcessBuilder edit = ChildJvm.get().rustplan(home, "log", "--edit");
    edit.environment().put("PATH", empty.toString());
    edit.environment().put("EDITOR", editor.toString());
    edit.environment().remove("VISUAL");
    Path out = tmp.resolve("out");
    Process process = edit.redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(out)).isZero();
    assertThat(new JournalFile(home).day(1).path("notes").path("learned").get(0).asText())
        .isEqualTo("written without sh");
  }
}
