package dev.rustplan.safety;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 32 real rustplan processes at once, released together once they have all started: 16 log notes
 * (four to each of days 1-4), 8 mark days 5-12 done, 8 write the posts of weeks 1-8. Every note,
 * every done day and every post must be in the journal afterwards.
 */
class ConcurrentProcessesTest {

  static final int PROCESSES = 32;

  @TempDir Path tmp;

  @Test
  void thirtyTwoProcessesMixingLogDoneAndBlogLoseNothing() throws Exception {
    Path home = tmp.resolve("home");
    Path posts = tmp.resolve("posts");
    Path go = tmp.resolve("go");
    assertThat(new Rustplan(home).run("start", "--date", "2026-01-01")).succeeds();
    List<List<String>> commands = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      commands.add(List.of("log", Integer.toString((i - 1) % 4 + 1), "--learned", "note from process " + i, "--minutes", "5"));
    }
    for (int day = 5; day <= 12; day++) {
      commands.add(List.of("done", Integer.toString(day)));
    }
    for (int week = 1; week <= 8; week++) {
      commands.add(List.of("blog", Integer.toString(week), "--out", posts.toString()));
    }
    assertThat(commands).hasSize(PROCESSES);

    List<Process> running = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      List<String> args = new ArrayList<>(List.of(go.toString()));
      args.addAll(commands.get(i));
      running.add(ChildJvm.get().builder(home, StartTogether.class.getName(), args.toArray(String[]::new))
          .redirectErrorStream(true)
          .redirectOutput(tmp.resolve("process-" + i + ".out").toFile())
          .start());
    }
    Files.createFile(go);
    for (int i = 0; i < PROCESSES; i++) {
      int exit = running.get(i).waitFor();
      assertThat(exit).as("%s: %s", commands.get(i), Files.readString(tmp.resolve("process-" + i + ".out"))).isZero();
    }

    JournalFile file = new JournalFile(home);
    for (int day = 1; day <= 4; day++) {
      int d = day;
      List<String> learned = new ArrayList<>();
      file.day(day).path("notes").path("learned").forEach(n -> learned.add(n.asText()));
      assertThat(learned).as("day %d", day).containsExactlyInAnyOrderElementsOf(
          IntStream.rangeClosed(1, 16).filter(i -> (i - 1) % 4 + 1 == d).mapToObj(i -> "note from process " + i).toList());
      assertThat(file.day(day).path("notes").path("sessions").get(0).path("minutes").asInt()).isEqualTo(20);
    }
    for (int day = 5; day <= 12; day++) {
      assertThat(file.day(day).path("status").asText()).as("day %d", day).isEqualTo("done");
    }
    JsonNode weeks = file.plan().path("weeks");
    for (int week = 1; week <= 8; week++) {
      Path post = Path.of(weeks.path(Integer.toString(week)).path("blogPost").asText());
      assertThat(post).as("week %d", week).exists().hasParent(posts);
    }
    assertThat(KillDuringWritesTest.temporaryFiles(home)).isEmpty();
    assertThat(new Rustplan(home).run("undo", "--list").out().lines().filter(l -> l.contains("rustplan "))).hasSize(25);
    System.out.printf("[safety] concurrency: %d rustplan processes at once (16 log, 8 done, 8 blog) lost nothing:"
        + " 16 notes, 8 days done, 8 posts recorded%n", PROCESSES);
  }
}
