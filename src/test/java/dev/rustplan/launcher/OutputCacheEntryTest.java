package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.startup.LauncherProperties;
import dev.rustplan.startup.OutputCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Java saves for the launcher to print again: an answer that expires at the midnight after
 * its run began (not after it ended), that says when it began, saved only where the launcher and
 * Java agree on the folders and only in a folder this user alone may write.
 */
class OutputCacheEntryTest {

  private static final ZoneOffset ZONE = ZoneOffset.ofHours(1);

  @TempDir Path tmp;

  @Test
  void aRunThatBeganBeforeMidnightAndEndedAfterExpiresAtThatMidnight() throws IOException {
    Instant began = OffsetDateTime.parse("2026-03-01T23:59:59.500+01:00").toInstant();
    // The run's clock as it reads when the run saves: past midnight by then.
    Clock atTheEnd = Clock.fixed(OffsetDateTime.parse("2026-03-02T00:00:00.400+01:00").toInstant(), ZONE);
    Path file = tmp.resolve("cache/rustplan/output/today");

    new OutputCache(file, "the key").save(0, "Day 1/100 · the day before\n", "", began, atTheEnd, false);

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).containsExactly("the key",
        Long.toString(OffsetDateTime.parse("2026-03-02T00:00:00+01:00").toEpochSecond()),
        Long.toString(began.getEpochSecond()), "0", "Day 1/100 · the day before");
  }

  @Test
  void aFixedDateNeverExpires() throws IOException {
    Path file = tmp.resolve("cache/rustplan/output/today");

    new OutputCache(file, "k").save(0, "out\n", "", Instant.now(), Clock.system(ZONE), true);

    assertThat(Files.readAllLines(file).get(1)).isEqualTo(Long.toString(Long.MAX_VALUE));
  }

  @Test
  void onlyWhatSucceededQuietlyIsSavedAndOnlyInAFolderOfThisUsersAlone() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("cache/rustplan/output"));
    Clock clock = Clock.system(ZONE);
    new OutputCache(folder.resolve("failed"), "k").save(1, "out\n", "", Instant.now(), clock, false);
    new OutputCache(folder.resolve("noisy"), "k").save(0, "out\n", "a warning\n", Instant.now(), clock, false);
    assertThat(folder.resolve("failed")).doesNotExist();
    assertThat(folder.resolve("noisy")).doesNotExist();

    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    new OutputCache(folder.resolve("today"), "k").save(0, "out\n", "", Instant.now(), clock, false);
    assertThat(folder.resolve("today")).doesNotExist();

    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(folder.getParent(), PosixFilePermissions.fromString("rwxrwx---"));
    new OutputCache(folder.resolve("today"), "k").save(0, "out\n", "", Instant.now(), clock, false);
    assertThat(folder.resolve("today")).as("the folder above may be swapped by its group").doesNotExist();
  }

  @Test
  void anAnswerIsSavedOnlyWhenTheLauncherFoundTheFoldersJavaFinds() {
    Path data = tmp.resolve("data");
    Path cache = tmp.resolve("cache/rustplan");
    String file = cache.resolve("output/today").toString();

    assertThat(OutputCache.fromLauncher(launcher(file, "k", data + "/", cache.toString()), data, cache)).isPresent();
    assertThat(OutputCache.fromLauncher(launcher(file, "k", data + " ", cache.toString()), data, cache)).isEmpty();
    assertThat(OutputCache.fromLauncher(launcher(file, "k", data.toString(), cache + "2"), data, cache)).isEmpty();
    assertThat(OutputCache.fromLauncher(launcher(file, "k", null, cache.toString()), data, cache)).isEmpty();
    assertThat(OutputCache.fromLauncher(launcher(tmp.resolve("elsewhere/today").toString(), "k", data.toString(),
        cache.toString()), data, cache)).isEmpty();
    assertThat(OutputCache.fromLauncher(launcher(file, "a\nkey", data.toString(), cache.toString()), data, cache))
        .isEmpty();
  }

  private static LauncherProperties launcher(String file, String key, String data, String cache) {
    return new LauncherProperties("0", "+0100", null, "", file, key, data, cache, null, null);
  }
}
