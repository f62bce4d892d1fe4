package io.troubleshooter.guide;

import io.troubleshooter.content.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * "It could happen because of one of the following reasons:" followed by bullets: each bullet is a cause,
 * checked in the order given; the bullet's own advice is its step.
 */
final class ReasonBullets {

    private final Terms terms;

    ReasonBullets(Terms terms) {
        this.terms = terms;
    }

    List<Cause> read(String anchor, List<Block> blocks) {
        Block previous = null;
        for (Block block : blocks) {
            if (block instanceof Block.ListBlock list && !list.ordered() && list.items().size() >= 2
                    && conditional(list)) {
                return causes(anchor, list);
            }
            if (block instanceof Block.ListBlock list && !list.ordered() && list.items().size() >= 2
                    && previous instanceof Block.Paragraph p && introducesReasons(p.text())) {
                return causes(anchor, list);
            }
            if (block instanceof Block.ListBlock list) {
                for (Block.Item item : list.items()) {
                    // "- Common reasons for file restore failures:" with the reasons listed below it.
                    if (item.blocks().size() >= 2 && item.blocks().get(0) instanceof Block.Paragraph p
                            && introducesReasons(p.text()) && p.text().strip().matches("(?s).*[:：]$")
                            && item.blocks().get(1) instanceof Block.ListBlock inner && inner.items().size() >= 2) {
                        return causes(anchor, inner);
                    }
                }
            }
            previous = block;
        }
        // Bullets straight under the error, before anything else: the reasons it gives.
        if (!blocks.isEmpty() && blocks.getFirst() instanceof Block.ListBlock first && !first.ordered()
                && first.items().size() >= 2 && prose(first)) {
            return causes(anchor, first);
        }
        return List.of();
    }

    /** Items that are sentences, not commands or bare links. */
    private static boolean prose(Block.ListBlock list) {
        return list.items().stream().allMatch(i -> {
            String t = EntryParts.firstText(i.blocks());
            return t.split("\\s+").length >= 4 && !CommandText.looksLikeCommand(t)
                    || t.codePoints().filter(Character::isIdeographic).count() >= 8;
        });
    }

    /** "If the agent ...", "Si el agente ...": most items open with a condition. */
    private boolean conditional(Block.ListBlock list) {
        long ifs = list.items().stream().filter(i -> terms.startsWith(Terms.Key.CONDITION,
                EntryParts.firstText(i.blocks()))).count();
        return ifs * 3 >= list.items().size() * 2;
    }

    private boolean introducesReasons(String text) {
        return terms.contains(Terms.Key.CAUSE, text.strip());
    }

    private List<Cause> causes(String anchor, Block.ListBlock list) {
        var out = new ArrayList<Cause>();
        for (Block.Item item : list.items()) {
            String text = EntryParts.firstText(item.blocks());
            if (text.isBlank()) {
                continue;
            }
            String id = anchor + "/cause-" + (out.size() + 1);
            String title = title(text);
            var collector = new StepCollector(terms, id);
            collector.collect(item.blocks(), false);
            collector.proseAsSteps(false);
            out.add(new Cause(id, Cause.Kind.CAUSE, title, List.of(), List.copyOf(collector.steps()),
                    List.copyOf(collector.notes()), List.of(), id, item.line()));
        }
        return out;
    }

    /** The part that names the cause: up to a colon that ends it, else the first sentence. */
    static String title(String text) {
        String t = EntryBuilder.firstLine(text);
        int colon = t.indexOf(": ");
        if (colon > 12) {
            return t.substring(0, colon).strip();
        }
        int stop = t.indexOf(". ");
        return stop > 12 ? t.substring(0, stop + 1).strip() : t;
    }
}
