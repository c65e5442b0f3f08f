package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;

import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every usage error, picocli's own included, is one line in rustplan's voice, with exit 2. */
class UsageErrorsTest {

  @TempDir Path home;

  @ParameterizedTest(name = "rustplan {0}")
  @CsvSource(delimiter = '|', textBlock = """
      tody                       | rustplan: unknown command 'tody'; did you mean 'today'? (rustplan help lists them)
      stat                       | rustplan: unknown command 'stat'; did you mean 'start'? (rustplan help lists them)
      reveiw 3                   | rustplan: unknown command 'reveiw'; did you mean 'review'? (rustplan help lists them)
      frobnicate                 | rustplan: unknown command 'frobnicate' (rustplan help lists them)
      log --lerned x             | rustplan: unknown option '--lerned' for rustplan log; did you mean '--learned'? (rustplan log --help lists them)
      --colr never today         | rustplan: unknown option '--colr' for rustplan; did you mean '--color'? (rustplan --help lists them)
      log --minuets=3            | rustplan: unknown option '--minuets' for rustplan log; did you mean '--minutes'? (rustplan log --help lists them)
      show 1 2                   | rustplan: unexpected argument '2': show takes [DAY] (rustplan show --help)
      progress 3                 | rustplan: unexpected argument '3': progress takes no arguments (rustplan progress --help)
      export                     | rustplan: export needs --format FORMAT: md, json, csv, ics (rustplan export --help)
      log --minutes              | rustplan: --minutes needs a value (N) (rustplan log --help)
      review 3 --ok --again      | rustplan: --ok and --again cannot go together; give one of them (rustplan review --help)
      today --brief --json       | rustplan: --brief and --json cannot go together; give one of them (rustplan today --help)
      --color=sometimes today    | rustplan: --color: expected auto, always or never, got 'sometimes' (rustplan --help)
      done --date someday        | rustplan: --date: invalid date 'someday': use YYYY-MM-DD, today, yesterday, 'N days ago', or a weekday name (monday ... sunday) (rustplan done --help)
      """)
  void isOneLine(String args, String line) {
    assertThat(new Rustplan(home).run(args.trim().split(" +"))).failsWith(2, line + "\n");
  }
}
