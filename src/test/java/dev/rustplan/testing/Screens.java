package dev.rustplan.testing;

import static dev.rustplan.testing.ResultAssert.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The everyday screens, each a learner's journal, a date and a command: shared by the golden files
 * (GoldenScreensTest), the test that every width from 40 to 200 breaks no word (ScreenWidthsTest)
 * and the one at real terminals (TerminalWidthIT).
 */
public final class Screens {

  /** The learner's "today" in the week-2 journal: a Tuesday. */
  public static final String WEEK_TWO_TODAY = "2026-03-10";

  /** The day after the last of {@link Journal#FORTY_DAYS}'s dates. */
  public static final String FORTY_DAYS_TODAY = "2026-04-17";

  /** The bundled plan's length, and the date its last day falls on when started on 2 March. */
  public static final int DAYS = 100;
  public static final LocalDate START = LocalDate.parse("2026-03-02");
  public static final LocalDate LAST_DAY = START.plusDays(DAYS - 1);

  /** The widths every screen has a golden file for: 80 is the one without a suffix. */
  public static final List<Integer> GOLDEN_WIDTHS = List.of(50, 80, 120);

  private Screens() {}

  /** A learner's journal, made by running rustplan as the learner would. */
  public enum Journal {
    /** Nothing yet. */
    FRESH,
    /** Started on 2 March, with the schedule moved to begin a week later. */
    BEFORE_START,
    /**
     * A week and a day in: started Monday 2 March; days 1-4 done on their days (day 2 with a
     * struggle noted), day 5 skipped, days 6-7 done, day 8 done on Monday 9 March as hard, and day
     * 9 begun on Tuesday 10 March with notes. Days 2 and 8 are up for review on the 10th.
     */
    WEEK_TWO,
    /** Week two, and day 9 done on the 10th: `today` shows tomorrow's day. */
    DAY_DONE_TODAY,
    /** Day 1 done on 2 March, then nothing: two missed days by the 5th. */
    BEHIND,
    /** All 100 days done, one a day from Monday 2 March, the last on LAST_DAY. */
    EVERY_DAY_DONE,
    /** Week two, with a blog post drafted for each of the 14 weeks, in ~/blog. */
    EVERY_POST_WRITTEN,
    /**
     * Forty study dates from Monday 2 March to Thursday 16 April ({@link #FORTY_DAYS_TODAY} is the
     * day after): a day logged (15-55 minutes) and done on each, but for six dates without study
     * (5, 14, 15 and 22 March, 2 and 3 April; a day skipped on the 22nd) and one date with notes
     * and no minutes (11 March).
     */
    FORTY_DAYS;

    /** The gaps of {@link #FORTY_DAYS}, as days after the start. */
    private static final java.util.Set<Integer> FORTY_DAYS_GAPS = java.util.Set.of(3, 12, 13, 20, 31, 32);

    /** Makes this journal in {@code home} (an empty folder). */
    public void make(Path home) {
      switch (this) {
        case FRESH -> { }
        case BEFORE_START -> {
          given(home, "2026-03-02", "start");
          given(home, "2026-03-02", "reschedule", "--date", "2026-03-09");
        }
        case WEEK_TWO -> weekTwo(home);
        case DAY_DONE_TODAY -> {
          weekTwo(home);
          given(home, WEEK_TWO_TODAY, "done");
        }
        case BEHIND -> {
          given(home, "2026-03-02", "start");
          given(home, "2026-03-02", "done");
        }
        case EVERY_DAY_DONE -> {
          given(home, START.toString(), "start");
          for (int day = 1; day <= DAYS; day++) {
            given(home, START.plusDays(day - 1).toString(), "done", Integer.toString(day));
          }
        }
        case EVERY_POST_WRITTEN -> {
          weekTwo(home);
          String blog = home.resolve("user-home").resolve("blog").toString();
          for (int week = 1; week <= 14; week++) {
            given(home, WEEK_TWO_TODAY, "blog", Integer.toString(week), "--out", blog);
          }
        }
        case FORTY_DAYS -> {
          given(home, START.toString(), "start");
          int logged = 0;
          for (int i = 0; logged < 40; i++) {
            String date = START.plusDays(i).toString();
            if (i == 20) {
              given(home, date, "skip");
            } else if (i == 9) {
              given(home, date, "log", "--learned", "notes, and no time taken");
            } else if (!FORTY_DAYS_GAPS.contains(i)) {
              given(home, date, "log", "--minutes", Integer.toString(15 + (i * 17) % 41));
            }
            if (!FORTY_DAYS_GAPS.contains(i)) {
              given(home, date, "done");
              logged++;
            }
          }
        }
      }
    }

    private static void weekTwo(Path home) {
      given(home, "2026-03-02", "start");
      given(home, "2026-03-02", "log", "--learned", "repr(C) keeps the declared field order", "--minutes", "40");
      given(home, "2026-03-02", "done");
      given(home, "2026-03-03", "log", "--learned", "a struct's size is a multiple of its alignment",
          "--struggle", "padding rules for nested structs", "--minutes", "55");
      given(home, "2026-03-03", "done");
      given(home, "2026-03-04", "log", "--minutes", "30");
      given(home, "2026-03-04", "done");
      given(home, "2026-03-05", "done");
      given(home, "2026-03-06", "skip");
      given(home, "2026-03-07", "done");
      given(home, "2026-03-08", "done");
      given(home, "2026-03-09", "log", "--learned", "fields drop in declaration order", "--question",
          "what does ManuallyDrop cost?", "--minutes", "35", "--aha", "drop order is part of the API");
      given(home, "2026-03-09", "done", "--hard");
      given(home, WEEK_TWO_TODAY, "log", "--learned", "Pin<P> promises the pointee never moves again",
          "--question", "when is Unpin implemented automatically?", "--minutes", "25");
    }

    private static void given(Path home, String date, String... args) {
      assertThat(new Rustplan(home).today(date).run(args)).as("rustplan %s on %s", String.join(" ", args), date)
          .succeeds();
    }
  }

  /** An everyday screen: its golden file's name, the journal it shows, the date and the command. */
  public enum Screen {
    TODAY_NOT_STARTED("today-not-started", Journal.FRESH, "2026-03-02", "today"),
    TODAY_BEFORE_THE_START_DATE("today-before-start-date", Journal.BEFORE_START, "2026-03-02", "today"),
    TODAY_IN_PROGRESS("today-in-progress", Journal.WEEK_TWO, WEEK_TWO_TODAY, "today"),
    TODAY_DAY_DONE("today-day-done", Journal.DAY_DONE_TODAY, WEEK_TWO_TODAY, "today"),
    TODAY_BEHIND("today-behind-two-missed-days", Journal.BEHIND, "2026-03-05", "today"),
    TODAY_LAST_DAY_DONE("today-finished-today", Journal.EVERY_DAY_DONE, LAST_DAY.toString(), "today"),
    TODAY_AFTER_THE_LAST_DAY("today-after-the-last-day", Journal.EVERY_DAY_DONE, LAST_DAY.plusDays(3).toString(),
        "today"),
    SHOW("show-9", Journal.WEEK_TWO, WEEK_TWO_TODAY, "show", "9"),
    WEEK("week-2", Journal.WEEK_TWO, WEEK_TWO_TODAY, "week", "2"),
    PROGRESS("progress", Journal.WEEK_TWO, WEEK_TWO_TODAY, "progress"),
    PROGRESS_EVERY_POST("progress-every-post", Journal.EVERY_POST_WRITTEN, WEEK_TWO_TODAY, "progress"),
    CALENDAR("calendar", Journal.WEEK_TWO, WEEK_TWO_TODAY, "calendar"),
    REVIEW("review", Journal.WEEK_TWO, WEEK_TWO_TODAY, "review"),
    PLAN("plan", Journal.WEEK_TWO, WEEK_TWO_TODAY, "plan"),
    NEXT("next", Journal.WEEK_TWO, WEEK_TWO_TODAY, "next"),
    STATS("stats", Journal.FORTY_DAYS, FORTY_DAYS_TODAY, "stats"),
    HELP("help", Journal.FRESH, "2026-03-02", "--help"),
    HELP_TODAY("help-today", Journal.FRESH, "2026-03-02", "help", "today");

    public final String golden;
    public final Journal journal;
    public final String date;
    private final String[] args;

    Screen(String golden, Journal journal, String date, String... args) {
      this.golden = golden;
      this.journal = journal;
      this.date = date;
      this.args = args;
    }

    public String[] args() {
      return args.clone();
    }

    /** The golden file of this screen at this width: NAME for 80 columns, NAME-WIDTH for the others. */
    public String golden(int width) {
      return width == 80 ? golden : golden + "-" + width;
    }

    /** rustplan on this screen's date, {@code width} columns wide ($COLUMNS, stdout a pipe), never coloured. */
    public Rustplan rustplan(Path home, int width) {
      return new Rustplan(home).today(date).env("COLUMNS", Integer.toString(width)).env("NO_COLOR", "1")
          .terminal(false);
    }

    /** The screen at this width: a success, or an AssertionError saying what it printed. */
    public String at(Path home, int width) {
      Result result = rustplan(home, width).run(args);
      assertThat(result).as("rustplan %s on %s at %d columns", String.join(" ", args), date, width).succeeds();
      return result.out();
    }
  }
}
