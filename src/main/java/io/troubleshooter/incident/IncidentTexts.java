package io.troubleshooter.incident;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.NodeId;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The words for an incident's nodes in one language, from the incident alone: its error, its article version.
 * A node reads as in that language's version of the article when that version has it, else as in the
 * incident's own version with the language marked; a node no version has reads as gone. A stored id is never
 * the text.
 *
 * @param inLanguage the error in the language asked for, newest version, or null when there is none
 * @param own        the version the incident was worked on (or the nearest one still shipped), or null
 * @param labels     the report's words ({@code pdf.node.*} keys)
 */
public record IncidentTexts(@Nullable ErrorEntry inLanguage, @Nullable ErrorEntry own, Locale locale,
                            Function<String, String> labels) {

    /** The texts of {@code incident}'s error in {@code locale}, looked up in {@code catalog} (may be null). */
    public static IncidentTexts of(Incident incident, @Nullable Catalog catalog, Locale locale,
                                   Function<String, String> labels) {
        return of(incident, catalog, null, locale, labels);
    }

    /**
     * The texts of {@code incident}'s error in {@code locale}: its own version is the one kept when it was walked
     * ({@code versions}, may be null), even after the file changed or went away; a report in that version's
     * language reads as that version, never as a newer one the incident was not worked on.
     */
    public static IncidentTexts of(Incident incident, @Nullable Catalog catalog, @Nullable WalkedVersion versions,
                                   Locale locale, Function<String, String> labels) {
        if (catalog == null) {
            return new IncidentTexts(null, null, locale, labels);
        }
        ErrorRef ref = incident.error();
        ErrorEntry own = (versions == null ? Optional.<ErrorEntry>empty() : versions.walked(ref, catalog))
                .or(() -> ref.findIn(catalog)).orElse(null);
        ErrorEntry inLanguage = own != null && sameLanguage(own.locale(), locale) ? own
                : catalog.group(ref.key()).flatMap(g -> g.best(locale.toLanguageTag())).orElse(null);
        return new IncidentTexts(inLanguage, own, locale, labels);
    }

    private static boolean sameLanguage(String tag, Locale locale) {
        return Locale.forLanguageTag(tag).getLanguage().equals(locale.getLanguage());
    }

    /** The tree checked against and drawn: the incident's own version's, else the one in the language. */
    public @Nullable DecisionTree tree() {
        return treeEntry().map(ErrorEntry::tree).orElse(null);
    }

    /** The version whose tree is checked against and drawn. */
    public Optional<ErrorEntry> treeEntry() {
        return Optional.ofNullable(own != null ? own : inLanguage);
    }

    /** The words of a node of the flowchart: a cause's or step's title, or what the node stands for. */
    public String chartNode(DecisionTree.Node node) {
        return switch (node.kind()) {
            case DECISION -> labels.apply("flowchart.node.decision");
            case RESOLVED -> labels.apply("flowchart.node.resolved");
            case ESCALATE -> labels.apply("flowchart.node.escalate");
            case ERROR -> node.label();
            case CAUSE, STEP, CONDITION -> {
                String words = node(node.id());
                yield words.equals(labels.apply("pdf.node.gone")) && node.kind() == DecisionTree.Kind.CAUSE
                        ? labels.apply("flowchart.node.solution") : words;
            }
        };
    }

    /** The error's entry the words come from first. */
    public Optional<ErrorEntry> entry() {
        return Optional.ofNullable(inLanguage != null ? inLanguage : own);
    }

    /** The error's message, in the language when it can be, never an id. */
    public String errorMessage(Incident incident) {
        return entry().map(ErrorEntry::message).orElseGet(() -> SafeText.line(incident.error().displayCode()));
    }

    /** A cause's or step's title; empty for no node (a command copied with nothing on screen). */
    public String node(@Nullable String nodeId) {
        if (nodeId == null || nodeId.isBlank()) {
            return "";
        }
        var parsed = NodeId.parse(nodeId);
        if (parsed.filter(n -> n.is(NodeId.Kind.END)).isPresent()) {
            return labels.apply(parsed.get().equals(NodeId.RESOLVED) ? "flowchart.node.resolved" : "flowchart.node.escalate");
        }
        if (parsed.filter(n -> n.is(NodeId.Kind.DECISION)).isPresent()) {
            return cause(parsed.get().id());
        }
        Optional<String> here = label(inLanguage, nodeId);
        if (here.isPresent()) {
            return here.get();
        }
        Optional<String> there = label(own, nodeId);
        if (there.isPresent()) {
            return there.get() + " (" + own.locale() + ")";
        }
        return labels.apply("pdf.node.gone");
    }

    public String cause(String causeId) {
        return node(NodeId.cause(causeId).toString());
    }

    private static Optional<String> label(@Nullable ErrorEntry entry, String nodeId) {
        if (entry == null) {
            return Optional.empty();
        }
        return entry.tree().node(nodeId).map(n -> switch (n.kind()) {
            case ERROR -> entry.codes().isEmpty() ? entry.message() : String.join(" / ", entry.codes());
            default -> n.label();
        }).filter(text -> !text.isBlank());
    }
}
