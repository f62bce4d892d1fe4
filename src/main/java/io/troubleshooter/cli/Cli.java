package io.troubleshooter.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The command-line tool: {@code inspect}, {@code lint}, {@code bench}, {@code export-pdf}. No JavaFX here. */
public final class Cli {

    static final String USAGE = """
            Usage: java -jar troubleshooter.jar <command> [options]
              (no command)                        start the desktop app
              inspect [DIR|FILE...] [--shipped] [--format json|text]
                                                  the error catalog of the shipped content or of the given folders
                                                  (read recursively, no manifest needed; --shipped: and the shipped
                                                  content, as the app reads them)
              lint [DIR|FILE...] [--shipped]      problems for authors, one per line; exit 1 when any is an error
              bench [--no-start | --start-only | --sources-only] [--aot DIR] [--corpus DIR]
                                                  performance figures as one JSON object (start-up needs a display;
                                                  --aot: also start with the AOT caches DIR/app.aot and DIR/bare.aot;
                                                  --corpus: the folder of articles timed against flexmark,
                                                  ../shared/corpus when there, also copied into a
                                                  folder of 2,000 articles for the sources_* figures)
              export-pdf [--lang TAG] INCIDENT.json OUT.pdf
                                                  an incident's report as PDF (texts from the shipped content;
                                                  labels and content in TAG: en, es or pt-BR)
              help                                this text
            """;

    private Cli() {
    }

    public static int run(String[] args) {
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "inspect" -> InspectCommand.run(rest, out, err);
                case "lint" -> LintCommand.run(rest, out, err);
                case "bench" -> BenchCommand.run(rest, out, err);
                case "export-pdf" -> ExportPdfCommand.run(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("Unknown command: " + args[0]);
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
