package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.DayText;
import dev.rustplan.cli.text.StudyView;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.journal.StudyTimer;
import dev.rustplan.journal.Studying;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The foreground session of `rustplan study`: begins it in the journal, reads single keys (p or
 * space pause and resume, Enter ends), redraws the live line at a terminal, and ends it by
 * recording its minutes, on Enter, at the end of the key stream, or on Ctrl-C (a shutdown hook),
 * so that the time studied is never lost.
 *
 * <p>Time comes from the clock given (see {@link StudyCommand#run}), read whenever a key arrives
 * and at each redraw; nothing here sleeps to measure time, so a scripted key stream whose reads
 * move a test clock on drives a session exactly.
 */
final class StudyLoop {

  private static final String CLEAR_TO_END = "\u001b[K";

  private final RootCommand root;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Plan plan;
  private final Day day;
  private final Clock clock;

  /** The session as this process knows it; guarded by this. */
  private StudyTimer timer;

  /** Set by whichever ends the session first, the keys or the shutdown hook. */
  private final AtomicBoolean ended = new AtomicBoolean();

  /** Counted down once the session's end is written (or refused), for a Ctrl-C that comes meanwhile. */
  private final CountDownLatch written = new CountDownLatch(1);

  /** The live line last drawn, so that an unchanged one is not drawn again; guarded by this. */
  private String drawn = "";

  private Cbreak keys;

  /**
   * Held for each write of the journal: the file lock is the JVM's, so a Ctrl-C that comes while
   * a pause is being written must wait for it here rather than ask the lock again (which throws).
   */
  private final Object writes = new Object();

  StudyLoop(RootCommand root, PrintWriter out, PrintWriter err, Plan plan, Day day, Clock clock) {
    this.root = root;
    this.out = out;
    this.err = err;
    this.plan = plan;
    this.day = day;
    this.clock = clock;
  }

  void run() {
    Instant now = clock.instant();
    StudyTimer begun = StudyCommand.begin(root, plan, day, now);
    synchronized (this) {
      timer = begun;
    }
    boolean live = root.env().terminal();
    out.print(DayText.render(plan, day, root.width(), root.style()));
    out.println();
    if (!live) {
      out.print(TextWrap.fill(StudyView.began(day, local(now).toLocalTime(), plan.budgetOf(day), true), root.width()));
    }
    out.flush();
    Thread onExit = new Thread(this::interrupted, "rustplan-study");
    boolean hooked = hook(onExit);
    ScheduledExecutorService ticker = null;
    try {
      if (root.env().interactive()) {
        keys = Cbreak.enter();
      }
      if (live) {
        redraw();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "rustplan-study-line");
          t.setDaemon(true);
          return t;
        });
        ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
      }
      readKeys(root.env().in());
    } finally {
      if (ticker != null) {
        ticker.shutdownNow();
      }
      restoreTerminal();
    }
    boolean recorded;
    try {
      recorded = end(clock.instant(), root.env().interactive());
    } finally {
      if (hooked) {
        unhook(onExit);
      }
    }
    if (recorded) {
      offerNote();
    }
  }

  /** Reads keys until Enter, Ctrl-C or Ctrl-D as bytes, or the end of the stream. */
  private void readKeys(InputStream in) {
    while (true) {
      int key;
      try {
        key = in.read();
      } catch (IOException e) {
        return; // the keys are gone: the session ends and is recorded, as at the end of the stream
      }
      switch (key) {
        case -1, '\n', '\r', 3, 4 -> {
          return;
        }
        case 'p', 'P', ' ' -> togglePause();
        default -> {
          // Other keys do nothing: a stray key must not end an hour's session.
        }
      }
    }
  }

  private void togglePause() {
    Instant now = clock.instant();
    StudyTimer session;
    boolean pause;
    synchronized (this) {
      session = timer;
      pause = !timer.paused();
      timer = pause ? timer.pause(now) : timer.resume(now);
    }
    // Kept in the journal too, so that `study status` elsewhere and a `study stop` after a crash count it right.
    try {
      synchronized (writes) {
        root.store().update(j -> j.withPlan(plan.id(), Studying.pause(j.plan(plan.id()), session, pause, now)));
      }
    } catch (RustplanException e) {
      // The session goes on here, and what is recorded at its end is what this process counted.
    }
    redraw();
  }

  /** Draws the live line in place, at a terminal, when it changed. */
  private synchronized void redraw() {
    if (ended.get() || !root.env().terminal()) {
      return;
    }
    Instant now = clock.instant();
    String line = StudyView.line(timer.elapsed(now), timer.paused(), plan.budgetOf(day), root.width(), root.style());
    if (!line.equals(drawn)) {
      out.print("\r" + line + CLEAR_TO_END);
      out.flush();
      drawn = line;
    }
  }

  /**
   * Ends the session once: the line it ended with, then its minutes recorded, or at a terminal the
   * question for a session over 6 hours. Returns whether the minutes were recorded.
   */
  private boolean end(Instant now, boolean mayAsk) {
    if (!ended.compareAndSet(false, true)) {
      return false;
    }
    try {
      StudyTimer session;
      synchronized (this) {
        if (root.env().terminal()) {
          out.print("\r" + CLEAR_TO_END);
        }
        session = timer;
      }
      // The journal's copy holds the same start (the pauses only count here), so the end matches it.
      String line = StudyView.ended(day, local(now).toLocalTime(), session.elapsed(now), session.pausedTime(now));
      synchronized (writes) {
        return StudyCommand.finish(root, out, plan, session, now, null, mayAsk, line);
      }
    } finally {
      out.flush();
      written.countDown();
    }
  }

  /** Ctrl-C, or any other end of the JVM before the session ended: recorded all the same. */
  private void interrupted() {
    restoreTerminal();
    try {
      if (ended.get()) {
        // Ended meanwhile: let its write finish (the JVM would stop it midway), unless it waits on a question.
        written.await(10, TimeUnit.SECONDS);
        return;
      }
      end(clock.instant(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RustplanException e) {
      err.println("rustplan: " + e.getMessage());
    } catch (RuntimeException e) {
      err.println("rustplan: the session could not be recorded (" + e + "); it is still open: "
          + Voice.command("study stop") + " records it");
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** At a terminal, the day's note in the editor if the learner wants it; elsewhere the command to use. */
  private void offerNote() {
    if (!root.env().interactive()) {
      out.print(TextWrap.fill("To add to day " + day.number() + "'s notes: " + Voice.command("log " + day.number()
          + " --learned \"...\"") + " or " + Voice.command("log " + day.number() + " --edit"), root.width()));
      return;
    }
    out.print("Write day " + day.number() + "'s note in your editor now? [Y/n] ");
    out.flush();
    String answer = StudyCommand.readLine(root);
    if (answer == null || !(answer.isBlank() || answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y"))) {
      out.print(TextWrap.fill("Later: " + Voice.command("log " + day.number() + " --edit"), root.width()));
      return;
    }
    new NoteEditor(root, out).edit(plan, day, root.store().read().plan(plan.id()), LocalDate.now(root.clock()), false);
  }

  private LocalDateTime local(Instant now) {
    return LocalDateTime.ofInstant(now, clock.getZone());
  }

  private synchronized void restoreTerminal() {
    if (keys != null) {
      keys.restore();
      keys = null;
    }
  }

  private static boolean hook(Thread onExit) {
    try {
      Runtime.getRuntime().addShutdownHook(onExit);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static void unhook(Thread onExit) {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // Shutting down: the hook is running or has run.
    }
  }
}
