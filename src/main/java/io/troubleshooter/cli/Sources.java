package io.troubleshooter.cli;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Terms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources a command reads, as the app reads them: folders of articles (no manifest needed; a folder with one
 * is read by it), with {@code --shipped} the shipped content as well, and none given, the shipped content alone.
 * And the command's {@code --format}.
 */
record Sources(List<Path> dirs, boolean shipped, String format) {

    static Sources parse(List<String> args) {
        var dirs = new ArrayList<Path>();
        String format = "text";
        boolean shipped = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format")) {
                if (i + 1 >= args.size()) {
                    throw new Cli.UsageException("--format needs json or text");
                }
                format = args.get(++i);
            } else if (arg.equals("--shipped")) {
                shipped = true;
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
        return new Sources(List.copyOf(dirs), shipped || dirs.isEmpty(), format);
    }

    Catalog load() {
        if (dirs.isEmpty()) {
            return Catalog.loadShipped();
        }
        ContentLoader.Loaded folders = ContentLoader.loadDirectories(dirs);
        return Catalog.build(shipped ? ContentLoader.loadShipped().plus(folders) : folders, Terms.shipped());
    }
}
