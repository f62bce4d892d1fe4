package io.troubleshooter.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads prepared DocFX Markdown into sections of blocks. One flexmark parser, built once;
 * one conversion per flexmark node type; unknown nodes keep their text rather than vanish.
 */
public final class MarkdownReader {

    private static final Parser PARSER = buildParser();
    private static final Pattern ALERT = Pattern.compile("^\\s*\\[(?:!|AZURE\\.)(\\w+)\\]\\s*");
    private static final Pattern INCLUDE = Pattern.compile(
            "^\\s*\\[(?:!INCLUDE|AZURE\\.INCLUDE)\\s*\\[([^\\]]*)\\]\\(([^)]*)\\)\\s*\\]\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    /** Resolves an include target to its blocks, or null when it is not shipped. */
    public interface Includes {
        List<Block> resolve(String target, int line);
    }

    private final Includes includes;
    private final InlineReader inlines = new InlineReader(this);
    /** Offsets where lines start: flexmark's own line lookup counts from the top every time. */
    private int[] lineStarts = {0};

    public MarkdownReader(Includes includes) {
        this.includes = includes;
    }

    private static Parser buildParser() {
        var options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        // "-- | --" separators are common in the localized articles.
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        return Parser.builder(options).build();
    }

    /** Parse only, for the benchmark's baseline. */
    public static Document parseOnly(String markdown) {
        return PARSER.parse(markdown);
    }

    public List<Section> readSections(String markdown) {
        lineStarts = lineStarts(markdown);
        Document document = PARSER.parse(markdown);
        var sections = new ArrayList<Section>();
        var current = new ArrayList<Block>();
        String pendingAnchor = null;
        String headingAnchor = null;
        Heading heading = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                addSection(sections, heading, headingAnchor, current);
                heading = h;
                current = new ArrayList<>();
                headingAnchor = pendingAnchor;
                pendingAnchor = null;
            } else if (node instanceof HtmlBlock html && anchorOnly(html.getChars().toString()) != null) {
                pendingAnchor = anchorOnly(html.getChars().toString());
            } else {
                current.addAll(blocks(node));
            }
        }
        addSection(sections, heading, headingAnchor, current);
        return sections;
    }

    private void addSection(List<Section> sections, Heading heading, String anchorBefore, List<Block> blocks) {
        if (heading == null) {
            if (!blocks.isEmpty()) {
                sections.add(new Section(0, "", false, List.of(), 1, List.copyOf(blocks)));
            }
            return;
        }
        List<Inline> title = inlines.read(heading);
        String anchor = inlines.firstAnchor(heading);
        if (anchor == null) {
            anchor = anchorBefore;
        }
        boolean explicit = anchor != null;
        if (anchor == null) {
            anchor = slug(Inline.plain(title));
        }
        sections.add(new Section(heading.getLevel(), anchor, explicit, title, line(heading), List.copyOf(blocks)));
    }

    List<Block> blocks(Node node) {
        return switch (node) {
            case Paragraph p -> List.of(paragraph(p));
            case ListBlock list -> List.of(list(list));
            case FencedCodeBlock f -> List.of(new Block.CodeBlock(f.getInfo().toString().strip(),
                    stripFinalNewline(f.getContentChars().toString()), line(f)));
            case IndentedCodeBlock c -> List.of(new Block.CodeBlock("",
                    stripFinalNewline(c.getContentChars().toString()), line(c)));
            case BlockQuote q -> List.of(quote(q));
            case TableBlock t -> List.of(TableReader.read(t, inlines, line(t)));
            case Heading h -> List.of(new Block.SubHeading(h.getLevel(), inlines.read(h), line(h)));
            case ThematicBreak r -> List.of(new Block.Rule(line(r)));
            case HtmlCommentBlock c -> List.of();
            case HtmlBlock h -> htmlBlock(h);
            default -> childrenBlocks(node);
        };
    }

    private List<Block> childrenBlocks(Node parent) {
        var out = new ArrayList<Block>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            out.addAll(blocks(child));
        }
        return out;
    }

    private Block paragraph(Paragraph p) {
        Matcher include = opensWithBracket(p) ? INCLUDE.matcher(p.getChars().toString().strip()) : null;
        if (include != null && include.matches()) {
            String target = include.group(2).strip();
            List<Block> resolved = includes.resolve(target, line(p));
            return new Block.Include(target, resolved != null, resolved == null ? List.of() : resolved, line(p));
        }
        return new Block.Paragraph(inlines.read(p), line(p));
    }

    /** Only a paragraph that opens with {@code [} can be an include; most are not, and copying them costs. */
    private static boolean opensWithBracket(Paragraph p) {
        var chars = p.getChars();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '[';
            }
        }
        return false;
    }

    private Block list(ListBlock list) {
        var items = new ArrayList<Block.Item>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                items.add(new Block.Item(List.copyOf(childrenBlocks(item)), line(item)));
            }
        }
        int start = list instanceof OrderedList ordered ? ordered.getStartNumber() : 1;
        return new Block.ListBlock(!(list instanceof BulletList), start, List.copyOf(items), line(list));
    }

    private Block quote(BlockQuote quote) {
        List<Block> content = childrenBlocks(quote);
        if (!content.isEmpty() && content.getFirst() instanceof Block.Paragraph first) {
            Matcher m = ALERT.matcher(first.text());
            if (m.find()) {
                var rest = new ArrayList<Block>(content.subList(1, content.size()));
                List<Inline> remaining = InlineReader.dropPrefix(first.inlines(), m.group().strip());
                if (!Inline.plain(remaining).isBlank()) {
                    rest.addFirst(new Block.Paragraph(remaining, first.line()));
                }
                return new Block.Alert(Block.AlertKind.parse(m.group(1)), List.copyOf(rest), line(quote));
            }
        }
        return new Block.Quote(List.copyOf(content), line(quote));
    }

    private List<Block> htmlBlock(HtmlBlock html) {
        List<Inline> text = InlineReader.fromHtml(html.getChars().toString());
        if (Inline.plain(text).isBlank()) {
            return List.of();
        }
        return List.of(new Block.Paragraph(text, line(html)));
    }

    static @Nullable String anchorOnly(String html) {
        String stripped = html.strip();
        Matcher m = HTML_ANCHOR.matcher(stripped);
        if (m.find() && stripped.replaceAll("<[^>]*>", "").isBlank()) {
            return m.group(1);
        }
        return null;
    }

    int line(Node node) {
        int at = Arrays.binarySearch(lineStarts, node.getStartOffset());
        return (at >= 0 ? at : -at - 2) + 1;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    private static String stripFinalNewline(String code) {
        return code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
    }

    public static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", "").strip()
                .replaceAll("\\s+", "-");
        return slug.isEmpty() ? "section" : slug;
    }
}
