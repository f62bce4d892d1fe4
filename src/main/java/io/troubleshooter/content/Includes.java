package io.troubleshooter.content;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Resolves {@code [!INCLUDE]} targets against the content's {@code includes/} folder. A target is
 * matched by file name, or by a name ending in {@code includes_<name>} (preferring the article's
 * locale). Cycles and runaway nesting are reported and cut, never followed.
 */
final class Includes implements MarkdownReader.Includes {

    private static final int MAX_DEPTH = 8;

    private final ContentFiles files;
    private final String locale;
    private final String path;
    private final List<Problem> problems;
    private final Deque<String> stack;

    Includes(ContentFiles files, String locale, String path, List<Problem> problems) {
        this(files, locale, path, problems, new ArrayDeque<>());
    }

    private Includes(ContentFiles files, String locale, String path, List<Problem> problems, Deque<String> stack) {
        this.files = files;
        this.locale = locale;
        this.path = path;
        this.problems = problems;
        this.stack = stack;
    }

    @Override
    public @Nullable List<Block> resolve(String target, int line) {
        String name = target.substring(target.replace('\\', '/').lastIndexOf('/') + 1);
        String file = find(name);
        if (file == null) {
            problems.add(Problem.info(path, line, "Include " + target + " is not available offline."));
            return null;
        }
        if (stack.contains(file) || stack.size() >= MAX_DEPTH) {
            problems.add(Problem.error(path, line, "Include cycle: " + String.join(" -> ", stack) + " -> " + file));
            return null;
        }
        try {
            byte[] bytes = files.read("includes/" + file);
            SourceText.Decoded decoded = SourceText.decode(files.describe("includes/" + file), bytes == null ? new byte[0] : bytes);
            problems.addAll(decoded.problems());
            if (!decoded.usable()) {
                return null;
            }
            stack.push(file);
            try {
                var nested = new Includes(files, locale, files.describe("includes/" + file), problems, stack);
                String body = FrontMatter.read(decoded.text()).body();
                String text = DocfxText.prepare(body, DocfxText.Variant.TRANSLATION, path, problems);
                var blocks = new ArrayList<Block>();
                for (Section s : new MarkdownReader(nested).readSections(text)) {
                    if (s.level() > 0) {
                        blocks.add(new Block.SubHeading(s.level(), s.heading(), s.line()));
                    }
                    blocks.addAll(s.blocks());
                }
                return List.copyOf(blocks);
            } finally {
                stack.pop();
            }
        } catch (IOException e) {
            problems.add(Problem.warning(path, line, "Include " + target + " could not be read: " + e.getMessage()));
            return null;
        }
    }

    private String find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String fallback = null;
        for (String candidate : files.includeNames()) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            if (lower.equals(wanted)) {
                return candidate;
            }
            if (lower.endsWith("includes_" + wanted)) {
                if (lower.contains(locale.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
                if (fallback == null) {
                    fallback = candidate;
                }
            }
        }
        return fallback;
    }
}
