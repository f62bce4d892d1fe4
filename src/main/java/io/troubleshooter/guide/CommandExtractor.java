package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the commands in article content: fenced blocks, code spans, bold prose, registry snippets in text. */
public final class CommandExtractor {

    private static final Pattern REGISTRY = Pattern.compile(
            "\\[HKEY_[A-Z_]+(?:\\\\[^\\]\\n]+)?\\](?:\\s*\"[^\"\\n]+\"\\s*=\\s*(?:\"[^\"\\n]*\"|dword:[0-9a-fA-F]{1,8}))+");
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private static final Pattern NAME_PATTERN = Pattern.compile(
            "[A-Za-z][\\w]*_" + OPEN + "<\\w+>" + CLOSE + "(?:_(?:" + OPEN + "<\\w+>" + CLOSE + "|\\w+))*");

    private CommandExtractor() {
    }

    public static List<Command> fromBlocks(List<Block> blocks) {
        var found = new LinkedHashMap<String, Command>();
        for (Block block : blocks) {
            collect(block, found);
        }
        return List.copyOf(found.values());
    }

    public static List<Command> fromInlines(List<Inline> inlines, int line) {
        var found = new LinkedHashMap<String, Command>();
        inlines(inlines, line, found);
        nameOrRegistry(inlines, line, found);
        return List.copyOf(found.values());
    }

    private static void collect(Block block, Map<String, Command> found) {
        switch (block) {
            case Block.Paragraph p -> {
                inlines(p.inlines(), p.line(), found);
                nameOrRegistry(p.inlines(), p.line(), found);
            }
            case Block.CodeBlock c -> codeBlock(c, found);
            case Block.ListBlock l -> l.items().forEach(item -> item.blocks().forEach(b -> collect(b, found)));
            case Block.Table t -> t.rows().forEach(row -> row.forEach(cell -> {
                inlines(cell, t.line(), found);
                nameOrRegistry(cell, t.line(), found);
            }));
            case Block.Quote q -> q.blocks().forEach(b -> collect(b, found));
            case Block.Include i -> i.blocks().forEach(b -> collect(b, found));
            case Block.Alert a -> a.blocks().forEach(b -> collect(b, found));
            case Block.SubHeading h -> { }
            case Block.Rule r -> { }
        }
    }

    static void codeBlock(Block.CodeBlock block, Map<String, Command> found) {
        String code = block.code();
        if (code.isBlank()) {
            return;
        }
        List<String> lines = code.lines().filter(l -> !l.isBlank()).toList();
        Command.Shell first = CommandText.shellOf(CommandText.clean(lines.getFirst()).text());
        if (first == Command.Shell.REGISTRY) {
            add(code, Command.Shell.REGISTRY, Command.Source.CODE_BLOCK, block.line(), found);
            return;
        }
        boolean eachLine = lines.size() > 1
                && lines.stream().allMatch(l -> CommandText.looksLikeCommand(CommandText.clean(l).text()));
        if (eachLine) {
            int offset = 1;
            for (String line : code.split("\n")) {
                if (!line.isBlank()) {
                    add(line, CommandText.shellOf(CommandText.clean(line).text()), Command.Source.CODE_BLOCK,
                            block.line() + offset, found);
                }
                offset++;
            }
            return;
        }
        Command.Shell shell = shellFromInfo(block.info());
        if (shell == null) {
            shell = first != null ? first : Command.Shell.TEXT;
        }
        add(code, shell, Command.Source.CODE_BLOCK, block.line() + 1, found);
    }

    private static Command.Shell shellFromInfo(String info) {
        return switch (info.toLowerCase(Locale.ROOT).split("\\s+")[0]) {
            case "bash", "sh", "shell", "azurecli", "azurecli-interactive" -> Command.Shell.BASH;
            case "powershell", "ps", "azurepowershell", "azurepowershell-interactive", "ps1" -> Command.Shell.POWERSHELL;
            case "cmd", "bat", "batch" -> Command.Shell.CMD;
            case "reg", "registry" -> Command.Shell.REGISTRY;
            default -> null;
        };
    }

    private static void inlines(List<Inline> inlines, int line, Map<String, Command> found) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Code c -> {
                    if (CommandText.looksLikeCommand(CommandText.clean(c.text()).text())) {
                        add(c.text(), null, Command.Source.CODE_SPAN, c.line(), found);
                    }
                }
                case Inline.Strong s -> {
                    String text = Inline.plain(s.children()).replaceAll("\\s*\\n\\s*", " ");
                    boolean hasCode = s.children().stream().anyMatch(i -> i instanceof Inline.Code);
                    if (!hasCode && CommandText.looksLikeCommand(CommandText.clean(text).text())) {
                        add(text.replaceFirst("[.:]$", ""), null, Command.Source.BOLD, s.line(), found);
                    } else {
                        inlines(s.children(), s.line(), found);
                    }
                }
                case Inline.Emphasis e -> inlines(e.children(), line, found);
                default -> { }
            }
        }
    }

    /** Registry snippets written as text, and resource names such as AzureBackupRG_`<Geo>`_`<number>`. */
    private static void nameOrRegistry(List<Inline> inlines, int line, Map<String, Command> found) {
        String marked = marked(inlines);
        boolean registry = marked.contains("[HKEY_");
        boolean name = marked.indexOf(OPEN) >= 0;
        if (!registry && !name) {
            return;
        }
        Matcher reg = REGISTRY.matcher(marked);
        while (reg.find()) {
            add(reg.group(), Command.Shell.REGISTRY, Command.Source.PROSE, line, found);
        }
        Matcher names = NAME_PATTERN.matcher(marked);
        while (names.find()) {
            String text = names.group().replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
            add(text, Command.Shell.TEXT, Command.Source.PROSE, line, found);
        }
    }

    private static String marked(List<Inline> inlines) {
        var sb = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> sb.append(t.text());
                case Inline.Code c -> sb.append(OPEN).append(c.text()).append(CLOSE);
                case Inline.Strong s -> sb.append(marked(s.children()));
                case Inline.Emphasis e -> sb.append(marked(e.children()));
                case Inline.SoftBreak b -> sb.append(' ');
                case Inline.LineBreak b -> sb.append('\n');
                default -> sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static void add(String raw, Command.Shell shell, Command.Source source, int line, Map<String, Command> found) {
        CommandText.Cleaned cleaned = CommandText.clean(raw);
        String text = cleaned.text();
        if (shell == Command.Shell.REGISTRY || text.startsWith("[HKEY_")) {
            // One value per line, as regedit reads it, whether the article wrote it on one line or several.
            text = text.replaceAll("\\]\\s+\"", "]\n\"").replaceAll("(\"|[0-9a-fA-F])[ \\t]+\"", "$1\n\"");
        }
        if (text.isEmpty() || found.containsKey(text)) {
            return;
        }
        Command.Shell resolved = shell != null ? shell : CommandText.shellOf(text);
        if (resolved == null) {
            resolved = Command.Shell.TEXT;
        }
        found.put(text, new Command(text, resolved, CommandText.placeholders(text, resolved),
                CommandText.changesState(text, resolved), source, line, cleaned.flags()));
    }
}
