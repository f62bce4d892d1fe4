package io.troubleshooter.cli;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Terms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The folders a command reads, and its {@code --format}. */
record Sources(List<Path> dirs, String format) {

    static Sources parse(List<String> args) {
        var dirs = new ArrayList<Path>();
        String format = "text";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format")) {
                if (i + 1 >= args.size()) {
                    throw new Cli.UsageException("--format needs json or text");
                }
                format = args.get(++i);
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("--")) {
                throw new Cli.UsageException("Unknown option: " + arg);
            } else {
                dirs.add(Path.of(arg));
            }
        }
        if (!format.equals("json") && !format.equals("text")) {
            throw new Cli.UsageException("--format must be json or text, not " + format);
        }
        return new Sources(List.copyOf(dirs), format);
    }

    Catalog load() {
        return dirs.isEmpty() ? Catalog.loadShipped() : Catalog.build(ContentLoader.loadDirectories(dirs), Terms.shipped());
    }
}
