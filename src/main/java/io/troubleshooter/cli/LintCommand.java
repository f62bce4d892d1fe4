package io.troubleshooter.cli;

import io.troubleshooter.content.Problem;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ContentLint;
import io.troubleshooter.guide.VisibleText;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** {@code lint}: one problem per line, {@code file:line: severity: message}; exit 1 if any is an error. */
final class LintCommand {

    private LintCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Catalog catalog = Sources.parse(args).load();
        List<Problem> problems = ContentLint.check(catalog).stream()
                .sorted(Comparator.comparing(Problem::path).thenComparingInt(Problem::line)).toList();
        problems.forEach(p -> out.println(VisibleText.of(p.format())));
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        err.printf(Locale.ROOT, "%d problems (%d errors) in %d articles%n", problems.size(), errors,
                catalog.articles().size());
        return errors > 0 ? 1 : 0;
    }
}
