package io.troubleshooter.content;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves {@code [!INCLUDE]} targets against the content's {@code includes/} folder. A target is
 * matched by file name, or by a name ending in {@code includes_<name>} (preferring the article's
 * locale). Cycles and runaway nesting are reported and cut, never followed. Each file is read once per article
 * and its blocks reused; what an article pulls in, counting every include inside an include, is bounded by
 * {@value #MAX_INCLUDED}, so a few files including each other many times cannot multiply into millions.
 */
final class Includes implements MarkdownReader.Includes {

    private static final int MAX_DEPTH = 8;
    static final int MAX_INCLUDED = 200;

    /** One article's includes: what each file expanded to and how many inclusions it stands for. */
    private static final class Budget {
        final Map<String, Expanded> done = new HashMap<>();
        int included;
    }

    private record Expanded(List<Block> blocks, int weight) { }

    private final ContentFiles files;
    private final String locale;
    private final String path;
    private final List<Problem> problems;
    private final Deque<String> stack;
    private final Budget budget;

    Includes(ContentFiles files, String locale, String path, List<Problem> problems) {
        this(files, locale, path, problems, new ArrayDeque<>(), new Budget());
    }

    private Includes(ContentFiles files, String locale, String path, List<Problem> problems, Deque<String> stack,
            Budget budget) {
        this.files = files;
        this.locale = locale;
        this.path = path;
        this.problems = problems;
        this.stack = stack;
        this.budget = budget;
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
        Expanded again = budget.done.get(file);
        int weight = again == null ? 1 : again.weight();
        if (budget.included + weight > MAX_INCLUDED) {
            problems.add(Problem.error(path, line, "Include " + target + " left out: the article already includes "
                    + budget.included + " files, counting includes inside includes (at most " + MAX_INCLUDED + ")."));
            return null;
        }
        if (again != null) {
            budget.included += weight;
            return again.blocks();
        }
        int before = budget.included++;
        List<Block> blocks = expand(file, target, line);
        if (blocks != null) {
            budget.done.put(file, new Expanded(blocks, budget.included - before));
        }
        return blocks;
    }

    private List<Block> expand(String file, String target, int line) {
        try {
            byte[] bytes = files.read("includes/" + file);
            SourceText.Decoded decoded = SourceText.decode(files.describe("includes/" + file), bytes == null ? new byte[0] : bytes);
            problems.addAll(decoded.problems());
            if (!decoded.usable()) {
                return null;
            }
            stack.push(file);
            try {
                var nested = new Includes(files, locale, files.describe("includes/" + file), problems, stack,
                        budget);
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
