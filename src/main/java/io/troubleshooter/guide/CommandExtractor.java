package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;

import java.util.ArrayList;
import java.util.HashSet;
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
    /** Where a registry snippet written on one line starts its next value: compiled once, it runs per line. */
    private static final Pattern VALUE_AFTER_KEY = Pattern.compile("\\]\\s+\"");
    private static final Pattern VALUE_AFTER_VALUE = Pattern.compile("(\"|[0-9a-fA-F])[ \\t]+\"");
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
                if (!commandLines(p, found)) {
                    inlines(p.inlines(), p.line(), found);
                    nameOrRegistry(p.inlines(), p.line(), found);
                }
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

    /**
     * A code block: a registry file is one command; a script (braces, loops) is one command; otherwise each
     * line is a command (a line continued with a trailing backslash or backtick runs on), in a block marked as a
     * shell every line but comments, elsewhere the lines that start like a command.
     */
    static void codeBlock(Block.CodeBlock block, Map<String, Command> found) {
        String code = block.code();
        if (code.isBlank()) {
            return;
        }
        List<String> lines = code.lines().filter(l -> !l.isBlank()).toList();
        Command.Shell first = CommandText.shellOf(CommandText.clean(lines.getFirst()).text());
        String info = block.info().toLowerCase(Locale.ROOT).strip();
        if (first == Command.Shell.REGISTRY || info.equals("reg") || info.equals("registry")) {
            add(code, Command.Shell.REGISTRY, Command.Source.CODE_BLOCK, block.line(), found);
            return;
        }
        boolean data = DATA.contains(info.split("\\s+")[0]);
        Command.Shell declared = data ? null : shellFromInfo(info);
        boolean shell = !data && (declared != null || SHELL_INFO.contains(info.split("\\s+")[0]));
        if (shell && SCRIPT.matcher(code).find()) {
            add(code, declared != null ? declared : first != null ? first : Command.Shell.TEXT,
                    Command.Source.CODE_BLOCK, block.line() + 1, found);
            return;
        }
        int offset = 1;
        var logical = new StringBuilder();
        int start = 0;
        for (String line : code.split("\n", -1)) {
            if (logical.isEmpty()) {
                start = offset;
            }
            if (!line.isBlank()) {
                logical.append(logical.isEmpty() ? "" : "\n").append(line);
            }
            String trimmed = line.stripTrailing();
            boolean continues = trimmed.endsWith("\\") || trimmed.endsWith("`") && !trimmed.endsWith("``")
                    && countOf(trimmed, '`') % 2 == 1;
            if (!continues && !logical.isEmpty()) {
                command(logical.toString(), declared, shell, block.line() + start, found);
                logical.setLength(0);
            }
            offset++;
        }
        if (!logical.isEmpty()) {
            command(logical.toString(), declared, shell, block.line() + start, found);
        }
    }

    private static final java.util.Set<String> SHELL_INFO = java.util.Set.of("console", "shell", "terminal", "zsh",
            "cli", "azurecli", "azurecli-interactive", "azure-cli", "kusto-cli", "cmdlet");
    private static final java.util.Set<String> DATA = java.util.Set.of("yaml", "yml", "json", "xml", "log", "http",
            "kusto", "sql", "csharp", "c#", "java", "javascript", "js", "ts", "typescript", "html", "ini", "toml",
            "properties", "conf", "config", "error", "md", "markdown");
    private static final Pattern SCRIPT = Pattern.compile(
            "(?m)[{}]\\s*$|^\\s*(?:foreach|for|while|if|do|then|fi|done|function|param)\\b|@\"\\s*$|<<\\s*['\"]?\\w+");
    private static final Pattern COMMENT = Pattern.compile("^\\s*(?:#|//|::|rem\\s)", Pattern.CASE_INSENSITIVE);

    private static void command(String text, Command.Shell declared, boolean shell, int line, Map<String, Command> found) {
        String firstLine = text.lines().findFirst().orElse("");
        if (COMMENT.matcher(firstLine).find()) {
            return;
        }
        String clean = CommandText.clean(firstLine).text();
        boolean looks = CommandText.looksLikeCommand(clean) || CommandText.shellOf(clean) != null && text.contains("\n");
        if (!looks && !(shell && startsLikeCommand(clean))) {
            return;
        }
        Command.Shell s = declared != null ? declared : CommandText.shellOf(clean);
        add(text, s == null ? Command.Shell.TEXT : s, Command.Source.CODE_BLOCK, line, found);
    }

    /** In a block marked as a shell: a word, a path or a variable first, not output or prose. */
    private static boolean startsLikeCommand(String line) {
        return line.matches("^[$&.\\[]?[A-Za-z][\\w.:\\\\/-]*(?:\\s.*)?$") && !line.matches("^[A-Z][a-z]+ [a-z]+ [a-z]+ .*[.:]$")
                && line.length() <= 600;
    }

    private static int countOf(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
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
                case Inline.Text t -> quoted(t.text(), line, found);
                default -> { }
            }
        }
    }

    /** A paragraph of plain lines that each start like a command is those commands (an indented block gone astray). */
    private static boolean commandLines(Block.Paragraph p, Map<String, Command> found) {
        var lines = Lines.of(p.inlines());
        if (lines.size() < 2 || lines.stream().anyMatch(l -> l.stream().anyMatch(i -> !(i instanceof Inline.Text)))) {
            return false;
        }
        var texts = lines.stream().map(l -> Inline.plain(l).strip()).toList();
        if (!texts.stream().allMatch(t -> CommandText.looksLikeCommand(CommandText.clean(t).text()))) {
            return false;
        }
        // A line repeated is the same command: cleaned once, at its first line (a pasted list can be long).
        var seen = new HashSet<String>();
        for (int i = 0; i < texts.size(); i++) {
            if (seen.add(texts.get(i))) {
                add(texts.get(i), null, Command.Source.PROSE, p.line() + i, found);
            }
        }
        return true;
    }

    /** "the cmdlet New-NetRoute", "the New-NetRoute cmdlet": a cmdlet the text names as one. */
    private static final Pattern NAMED_CMDLET = Pattern.compile(
            "(?i:cmdlet)\\s+([A-Z][a-z]+-[A-Z][A-Za-z]+)\\b|\\b([A-Z][a-z]+-[A-Z][A-Za-z]+)\\s+(?i:cmdlet)");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u201D]([^\"\u201C\u201D\\n]{3,200})[\"\u201C\u201D]");

    /** A command quoted in running text: {@code run "net start OBEngine"}. */
    private static void quoted(String text, int line, Map<String, Command> found) {
        if (text.indexOf('"') < 0 && text.indexOf('\u201C') < 0 && text.indexOf('\u201D') < 0
                && !text.contains("mdlet")) {
            return;
        }
        Matcher named = NAMED_CMDLET.matcher(text);
        while (named.find()) {
            add(named.group(1) != null ? named.group(1) : named.group(2), Command.Shell.POWERSHELL, Command.Source.PROSE,
                    line, found);
        }
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            if (CommandText.looksLikeCommand(CommandText.clean(inner).text()) && inner.contains(" ")) {
                add(inner, null, Command.Source.PROSE, line, found);
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
        var seen = new HashSet<String>();
        while (reg.find()) {
            if (seen.add(reg.group())) {
                add(reg.group(), Command.Shell.REGISTRY, Command.Source.PROSE, line, found);
            }
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
            text = VALUE_AFTER_VALUE.matcher(VALUE_AFTER_KEY.matcher(text).replaceAll("]\n\"")).replaceAll("$1\n\"");
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
