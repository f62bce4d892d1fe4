package io.troubleshooter.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** flexmark inline nodes to {@link Inline}s; stray or unknown HTML is dropped, its text kept. */
final class InlineReader {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>");

    private final MarkdownReader lines;

    InlineReader(MarkdownReader lines) {
        this.lines = lines;
    }

    List<Inline> read(Node parent) {
        var out = new ArrayList<Inline>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            convert(n, out);
        }
        return merge(out);
    }

    @Nullable String firstAnchor(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline html) {
                Matcher m = MarkdownReader.HTML_ANCHOR.matcher(html.getChars());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private void convert(Node n, List<Inline> out) {
        switch (n) {
            case Text t -> out.add(new Inline.Text(t.getChars().unescape()));
            case TextBase t -> out.addAll(read(t));
            case Code c -> out.add(new Inline.Code(c.getText().toString().strip(), lines.line(c)));
            case StrongEmphasis s -> out.add(new Inline.Strong(read(s), lines.line(s)));
            case Emphasis e -> out.add(new Inline.Emphasis(read(e)));
            case Link l -> out.add(new Inline.Link(l.getUrl().unescape(), read(l)));
            case Image i -> out.add(new Inline.Image(i.getText().unescape(), i.getUrl().unescape()));
            case ImageRef i -> out.add(new Inline.Image(i.getText().unescape(), ""));
            // DocFX has no reference definitions: [!NOTE] and [HKEY_LOCAL_MACHINE\...] are text, brackets included.
            case LinkRef r -> out.add(new Inline.Text(r.getChars().toString()));
            case AutoLink a -> out.add(new Inline.Link(a.getText().toString(), List.of(new Inline.Text(a.getText().toString()))));
            case SoftLineBreak b -> out.add(new Inline.SoftBreak());
            case HardLineBreak b -> out.add(new Inline.LineBreak());
            case HtmlInlineComment c -> { }
            case HtmlInline h -> html(h.getChars().toString(), out);
            case HtmlEntity e -> out.add(new Inline.Text(Escaping.unescapeString(e.getChars().toString())));
            default -> {
                if (n.hasChildren()) {
                    out.addAll(read(n));
                } else {
                    out.add(new Inline.Text(n.getChars().toString()));
                }
            }
        }
    }

    private static void html(String tag, List<Inline> out) {
        Matcher anchor = MarkdownReader.HTML_ANCHOR.matcher(tag);
        if (anchor.find()) {
            out.add(new Inline.Anchor(anchor.group(1)));
            return;
        }
        Matcher m = TAG.matcher(tag);
        if (!m.find()) {
            return;
        }
        String name = m.group(2).toLowerCase(Locale.ROOT);
        boolean closing = !m.group(1).isEmpty();
        if (name.equals("br") || name.equals("p") && closing) {
            out.add(new Inline.LineBreak());
        } else if (name.equals("li") && !closing) {
            out.add(new Inline.ListMark());
        } else if ((name.equals("ol") || name.equals("ul")) && closing) {
            out.add(new Inline.LineBreak());
        }
    }

    /** Text of an HTML block: tags dropped, line breaks and list items kept. */
    static List<Inline> fromHtml(String html) {
        var out = new ArrayList<Inline>();
        Matcher m = TAG.matcher(html);
        int last = 0;
        while (m.find()) {
            addText(html.substring(last, m.start()), out);
            html(m.group(), out);
            last = m.end();
        }
        addText(html.substring(last), out);
        return merge(out);
    }

    private static void addText(String raw, List<Inline> out) {
        String text = Escaping.unescapeString(raw.replace('\n', ' '));
        if (!text.isEmpty()) {
            out.add(new Inline.Text(text));
        }
    }

    /** Removes a leading marker such as {@code [!NOTE]} and the break after it. */
    static List<Inline> dropPrefix(List<Inline> inlines, String prefix) {
        var out = new ArrayList<>(inlines);
        String remaining = prefix;
        while (!remaining.isEmpty() && !out.isEmpty() && out.getFirst() instanceof Inline.Text t) {
            String text = t.text().stripLeading();
            int take = Math.min(remaining.length(), text.length());
            if (!text.regionMatches(true, 0, remaining, 0, take)) {
                break;
            }
            remaining = remaining.substring(take);
            out.removeFirst();
            if (take < text.length()) {
                out.addFirst(new Inline.Text(text.substring(take)));
            }
        }
        while (!out.isEmpty() && (out.getFirst() instanceof Inline.SoftBreak || out.getFirst() instanceof Inline.LineBreak
                || out.getFirst() instanceof Inline.Text t && t.text().isBlank())) {
            out.removeFirst();
        }
        if (!out.isEmpty() && out.getFirst() instanceof Inline.Text t) {
            out.set(0, new Inline.Text(t.text().stripLeading()));
        }
        return List.copyOf(out);
    }

    private static List<Inline> merge(List<Inline> inlines) {
        var out = new ArrayList<Inline>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t && !out.isEmpty() && out.getLast() instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else {
                out.add(inline);
            }
        }
        return List.copyOf(out);
    }
}
