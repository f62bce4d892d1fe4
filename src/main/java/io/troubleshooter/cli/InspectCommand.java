package io.troubleshooter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.troubleshooter.content.Article;
import io.troubleshooter.content.Problem;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.Command;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Step;
import io.troubleshooter.guide.VisibleText;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code inspect}: the catalog as JSON for scripts, or as a short text summary for people. */
final class InspectCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InspectCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Sources sources = Sources.parse(args);
        Catalog catalog = sources.load();
        if (sources.format().equals("json")) {
            try {
                out.println(JSON.writeValueAsString(toJson(catalog)));
            } catch (JsonProcessingException e) {
                err.println("Cannot write JSON: " + e.getMessage());
                return 1;
            }
        } else {
            printText(catalog, out);
        }
        return 0;
    }

    static Map<String, Object> toJson(Catalog catalog) {
        var root = new LinkedHashMap<String, Object>();
        root.put("articles", catalog.articles().stream().map(a -> article(a, catalog.entries(a))).toList());
        root.put("problems", catalog.problems().stream().map(InspectCommand::problem).toList());
        return root;
    }

    private static Map<String, Object> article(Article a, List<ErrorEntry> entries) {
        var m = new LinkedHashMap<String, Object>();
        m.put("path", a.path());
        m.put("id", a.id());
        m.put("locale", a.locale());
        m.put("title", a.title());
        m.put("date", a.date() == null ? null : a.date().toString());
        m.put("errors", entries.stream().map(InspectCommand::entry).toList());
        return m;
    }

    private static Map<String, Object> entry(ErrorEntry e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("key", e.key());
        m.put("codes", e.codes());
        m.put("numericIds", e.numericIds());
        m.put("message", e.message());
        m.put("messages", e.messages());
        m.put("anchor", e.anchor());
        m.put("line", e.line());
        m.put("causes", e.causes().stream().map(InspectCommand::cause).toList());
        m.put("commands", e.commands().stream().map(InspectCommand::command).toList());
        m.put("logs", e.logs());
        DecisionTree tree = e.tree();
        // Ordered maps throughout: the same catalog prints the same bytes, run after run.
        var treeJson = new LinkedHashMap<String, Object>();
        treeJson.put("nodes", tree.nodes().stream().map(n -> node(n)).toList());
        treeJson.put("edges", tree.edges().stream().map(InspectCommand::edge).toList());
        m.put("tree", treeJson);
        return m;
    }

    private static Map<String, Object> edge(DecisionTree.Edge x) {
        var m = new LinkedHashMap<String, Object>();
        m.put("from", x.from());
        m.put("to", x.to());
        m.put("label", x.label().name().toLowerCase(Locale.ROOT));
        return m;
    }

    private static Map<String, Object> node(DecisionTree.Node n) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", n.id());
        m.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
        m.put("label", n.label());
        return m;
    }

    private static Map<String, Object> cause(Cause c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", c.id());
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("title", c.title());
        m.put("steps", c.steps().stream().map(InspectCommand::step).toList());
        return m;
    }

    private static Map<String, Object> step(Step s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", s.id());
        m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        m.put("title", s.title());
        if (s.alternative()) {
            m.put("alternative", true);
        }
        if (!s.commands().isEmpty()) {
            m.put("commands", s.commands().stream().map(Command::text).toList());
        }
        if (!s.children().isEmpty()) {
            m.put("steps", s.children().stream().map(InspectCommand::step).toList());
        }
        return m;
    }

    static Map<String, Object> command(Command c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("text", c.text());
        m.put("shell", c.shell().label());
        m.put("placeholders", c.placeholders().stream().map(p -> p.environment() ? p.token() + " (cmd only)" : p.name())
                .toList());
        m.put("changesState", c.changesState());
        m.put("source", c.source().name().toLowerCase(Locale.ROOT));
        m.put("line", c.line());
        if (!c.flags().isEmpty()) {
            m.put("flags", c.flags().stream().map(Command.Flag::description).toList());
        }
        return m;
    }

    static Map<String, Object> problem(Problem p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("path", p.path());
        m.put("line", p.line());
        m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        m.put("message", p.message());
        return m;
    }

    private static void printText(Catalog catalog, PrintStream out) {
        for (Article a : catalog.articles()) {
            List<ErrorEntry> entries = catalog.entries(a);
            out.printf(Locale.ROOT, "%s  [%s, %s]  %s%n", VisibleText.of(a.path()), a.locale(), a.version(),
                    VisibleText.of(a.title()));
            for (ErrorEntry e : entries) {
                String name = VisibleText.of(e.codes().isEmpty() ? "\"" + e.message() + "\""
                        : String.join(" / ", e.codes()));
                out.printf(Locale.ROOT, "  %-60s %d causes, %d steps, %d commands%n", name, e.causes().size(),
                        e.causes().stream().mapToLong(c -> c.allSteps().count()).sum(), e.commands().size());
            }
        }
        long codes = catalog.entries().stream().flatMap(e -> e.codes().stream()).distinct().count();
        out.printf(Locale.ROOT, "%d articles, %d error entries, %d distinct error codes, %d problems%n",
                catalog.articles().size(), catalog.entries().size(), codes, catalog.problems().size());
    }
}
