package dev.rustplan.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sync's commit message names the commands, never the text of a note. */
class CommitMessageTest {

  @Test
  void namesEachCommandWithItsFirstArgumentOnce() {
    assertThat(CommitMessage.of(List.of("log 12 --learned 'Pin pins'", "log 12 --minutes 30", "done 12",
        "config blog-dir /home/me/blog", "--plan my.md log --aha 'x'", "undo log 3 --learned typo")))
        .isEqualTo("rustplan: log 12, done 12, config blog-dir, log, undo log 3");
  }

  @Test
  void manyCommandsAreCountedAndNoneSaysJournalChanges() {
    assertThat(CommitMessage.of(List.of())).isEqualTo("rustplan: journal changes");
    List<String> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      many.add("done " + i);
    }
    assertThat(CommitMessage.of(many)).endsWith("done 8 and 3 more");
    assertThat(CommitMessage.of(Collections.nCopies(3, "'weird label"))).isEqualTo("rustplan: journal changes");
  }
}
