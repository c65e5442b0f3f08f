package dev.rustplan.launcher;

import dev.rustplan.testing.Launched;
import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The packaged launcher as a real process, started the ways the launcher tests need: under a
 * given shell, a faked clock or a umask, with variables set or removed and stand-ins for system
 * programs first on PATH; and those stand-ins (a BSD stat, a stat of a file system with 1-second
 * times, a java that prints its arguments, busybox's userland).
 */
final class LauncherRun {

  static final Path TARGET = Path.of("target").toAbsolutePath();
  static final Path LAUNCHER = TARGET.resolve("rustplan");

  private final Path scratch;
  private final Map<String, String> env = new HashMap<>();
  private final List<String> shell = new ArrayList<>();
  private final List<Path> first = new ArrayList<>();
  private Path launcher = LAUNCHER;
  private String clock;
  private String umask;

  /** A run with its own data folder (scratch/home) and cache (scratch/cache), on 2026-03-02. */
  LauncherRun(Path scratch) {
    this.scratch = scratch;
    env.put("RUSTPLAN_HOME", scratch.resolve("home").toString());
    env.put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
    env.put("RUSTPLAN_TODAY", "2026-03-02");
    for (String name : List.of("RUSTPLAN_OUTPUT_CACHE", "RUSTPLAN_PLAN", "RUSTPLAN_CDS", "XDG_DATA_HOME", "COLUMNS",
        "NO_COLOR", "CDPATH", "LC_ALL", "LC_CTYPE", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
      env.put(name, null);
    }
  }

  /** Sets a variable for the runs from now on; null removes it. */
  LauncherRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Runs the launcher through this shell (`dash`, `busybox sh`) rather than its #! line. */
  LauncherRun shell(String... command) {
    shell.clear();
    shell.addAll(List.of(command));
    return this;
  }

  /** Runs it under faketime with this time (faketime -f: "+1d", "@2026-03-01 12:00:00"). */
  LauncherRun clock(String faketime) {
    RealTool.require("faketime");
    this.clock = faketime;
    return this;
  }

  /**
   * Runs it a day ahead of the files' times, so that an answer saved a moment after its journal
   * changed may be shown again at once: the launcher otherwise waits for what an answer depends
   * on to have settled for a second or more (see the launcher).
   */
  LauncherRun aheadOfTheFiles() {
    return clock("+1d");
  }

  LauncherRun umask(String mask) {
    this.umask = mask;
    return this;
  }

  /** Puts this folder first on PATH (before those put there before). */
  LauncherRun first(Path folder) {
    first.add(0, folder);
    return this;
  }

  /** Runs another copy of the launcher. */
  LauncherRun launcher(Path other) {
    this.launcher = other;
    return this;
  }

  Path scratch() {
    return scratch;
  }

  /** Where the launcher keeps the answer of these arguments, joined ("today--brief", "show1"). */
  Path saved(String name) {
    return Path.of(env.get("XDG_CACHE_HOME"), "rustplan", "output", name);
  }

  Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (clock != null) {
      command.addAll(List.of(RealTool.require("faketime").toString(), "-f", clock));
    }
    if (umask != null) {
      command.addAll(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
    }
    command.addAll(shell);
    command.add(launcher.toString());
    command.addAll(List.of(args));
    Map<String, String> changes = new HashMap<>(env);
    if (!first.isEmpty()) {
      changes.put("PATH", first.stream().map(Path::toString).collect(Collectors.joining(":")) + ":" + System.getenv("PATH"));
    }
    return Launched.run(scratch, changes, Path.of(command.get(0)), command.subList(1, command.size()).toArray(String[]::new));
  }

  /** Copies the launcher and the jar (and nothing else) into a folder of their own. */
  static Path install(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.copy(LAUNCHER, folder.resolve("rustplan"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(TARGET.resolve("rustplan.jar"), folder.resolve("rustplan.jar"));
    return folder.resolve("rustplan");
  }

  /**
   * A folder of busybox's applets (stat, date, mkdir, ...), to put first on PATH: links to a copy
   * of busybox in the folder itself (a link that leads out of a test's folder makes JUnit warn).
   */
  static Path busyboxUserland(Path folder) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    Path busybox = Files.copy(RealTool.require("busybox"), folder.resolve("busybox"), StandardCopyOption.COPY_ATTRIBUTES);
    Process list = new ProcessBuilder(busybox.toString(), "--list").redirectErrorStream(true).start();
    String applets = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    list.waitFor(30, TimeUnit.SECONDS);
    for (String applet : applets.split("\n")) {
      if (!applet.isBlank() && !applet.strip().equals("busybox")) {
        Files.createSymbolicLink(folder.resolve(applet.strip()), busybox.getFileName());
      }
    }
    return folder;
  }

  /** A folder holding a `stat` as BSD and macOS have it: -f FORMAT, and neither -c nor --printf. */
  static Path bsdStat(Path folder) throws IOException {
    return script(folder, "stat", """
        #!/bin/sh
        # stat(1) as on BSD and macOS: -f FORMAT; -c and --printf are unknown options there.
        link=; format=
        while [ $# -gt 0 ]; do
          case $1 in
            -L) link=-L; shift ;;
            -f) format=$2; shift 2 ;;
            --) shift; break ;;
            -*) echo "stat: illegal option -- ${1#-}" >&2
                echo "usage: stat [-FLnq] [-f format | -l | -r | -s | -x] [-t timefmt] [file ...]" >&2
                exit 1 ;;
            *) break ;;
          esac
        done
        [ -n "$format" ] || { echo "stat: this stand-in knows -f FORMAT only" >&2; exit 1; }
        gnu=$(printf '%s' "$format" | sed -e 's/%Lp/%a/g' -e 's/%z/%s/g' -e 's/%m/%Y/g' -e 's/%c/%Z/g')
        exec REAL $link -c "$gnu" -- "$@"
        """.replace("REAL", realStat()));
  }

  /** A folder holding a `stat` that always fails, as a missing or strange one would. */
  static Path failingStat(Path folder) throws IOException {
    return script(folder, "stat", "#!/bin/sh\necho 'stat: cannot stat anything here' >&2\nexit 1\n");
  }

  /** A folder holding a `date` that always fails, so that the launcher cannot tell the time. */
  static Path failingDate(Path folder) throws IOException {
    return script(folder, "date", "#!/bin/sh\necho 'date: no clock here' >&2\nexit 1\n");
  }

  /**
   * A folder holding a `stat` that shows times in whole seconds, as a file system with 1-second
   * times does (ext3, HFS+, many network file systems): the real one's output without fractions.
   */
  static Path wholeSecondStat(Path folder) throws IOException {
    return script(folder, "stat", """
        #!/bin/sh
        # The real stat, its times cut to whole seconds as a file system with 1-second times has them.
        out=$(REAL "$@"); status=$?
        printf '%s\\n' "$out" | sed 's/\\.[0-9][0-9]*//g'
        exit $status
        """.replace("REAL", realStat()));
  }

  /** A JAVA_HOME whose bin/java prints its arguments, one a line, and starts nothing. */
  static Path echoingJava(Path folder) throws IOException {
    script(folder.resolve("bin"), "java", "#!/bin/sh\nfor arg; do printf '%s\\n' \"$arg\"; done\n");
    return folder;
  }

  private static String realStat() {
    return RealTool.find("stat").orElse(Path.of("/usr/bin/stat")).toString();
  }

  private static Path script(Path folder, String name, String text) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return folder;
  }
}
