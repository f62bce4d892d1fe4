package io.troubleshooter.guide;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error codes by their shape, in any language: {@code UserErrorSnapshotRGNotFound} (CamelCase),
 * {@code ERROR_ACCESS_DENIED} (upper snake), {@code AZCM0147} (letters and digits), {@code 0x800706BE} (HRESULT)
 * and its decimal form {@code -2147023170}, and numeric ids ({@code 28031}) where the text marks them as ids.
 * Product names ({@code BitLocker}, {@code PowerShell}) and label words ({@code ErrorCode}) are not codes.
 */
public final class CodeTokens {

    /** What kind of token: named codes stand alone, numbers need a reason to be codes. */
    public enum Kind { NAMED, HRESULT, DECIMAL, NUMBER }

    public record Token(String text, Kind kind, int start, int end) { }

    private static final Pattern SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    private static final Pattern LETTERS_DIGITS = Pattern.compile("[A-Z]{2,8}\\d{3,8}");
    private static final Set<String> NOT_CODES = Set.of("errorcode", "errorid", "errormessage", "innererror",
            "innererrorcode", "powershell", "bitlocker", "vmware", "javascript", "typescript", "linkedin", "youtube",
            "github", "onedrive", "sharepoint", "macos", "iphone", "ipados", "devops", "sqlserver", "hyperv",
            "windowsazure", "visualstudio", "azurecli", "azureportal");
    private static final Set<String> NOT_SNAKE_PREFIX = Set.of("HKEY", "HKLM", "HKCU", "REG", "LOCAL", "CURRENT");

    private CodeTokens() {
    }

    /** Every code-shaped token of {@code text}, numbers included (the caller decides whether they are ids). */
    public static List<Token> scan(String text) {
        var out = new ArrayList<Token>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (c == '0' && i + 2 < n && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X') && hex(text.charAt(i + 2))
                    && !wordBefore(text, i)) {
                end = i + 2;
                while (end < n && end - i < 10 && hex(text.charAt(end))) {
                    end++;
                }
                if (end < n && ascii(text.charAt(end))) {
                    i = skipWord(text, end);
                    continue;
                }
            } else if (c == '-' && i + 1 < n && digit(text.charAt(i + 1)) && !wordBefore(text, i)
                    && (i == 0 || text.charAt(i - 1) != '.' && text.charAt(i - 1) != '-')) {
                end = i + 1;
                while (end < n && digit(text.charAt(end))) {
                    end++;
                }
                if (end < n && ascii(text.charAt(end)) || end - i < 7) {
                    i = Math.max(end, i + 1);
                    continue;
                }
            } else if (digit(c) && !wordBefore(text, i) && (i == 0 || text.charAt(i - 1) != '.')) {
                end = i;
                while (end < n && (digit(text.charAt(end))
                        || text.charAt(end) == '.' && end + 1 < n && digit(text.charAt(end + 1)))) {
                    end++;
                }
                if (end < n && (ascii(text.charAt(end)) || text.charAt(end) == '.' && end + 1 < n && ascii(text.charAt(end + 1)))) {
                    i = skipWord(text, end);
                    continue;
                }
            } else if (letter(c) && !wordBefore(text, i)) {
                end = i + 1;
                while (end < n && ascii(text.charAt(end))) {
                    end++;
                }
            } else {
                i++;
                continue;
            }
            String t = text.substring(i, end);
            Kind kind = kindOf(t);
            if (kind != null) {
                out.add(new Token(t, kind, i, end));
            }
            i = end;
        }
        return out;
    }

    private static boolean hex(char c) {
        return digit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A character of an ASCII word: letters, digits and the underscore. */
    private static boolean ascii(char c) {
        return letter(c) || digit(c) || c == '_';
    }

    private static boolean wordBefore(String text, int i) {
        return i > 0 && ascii(text.charAt(i - 1));
    }

    private static int skipWord(String text, int from) {
        int i = from;
        while (i < text.length() && (ascii(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /** The named codes and HRESULTs of {@code text}; numbers only when {@link #numbersAreIds} says so. */
    public static List<String> codes(String text) {
        var tokens = scan(text);
        boolean ids = numbersAreIds(text, tokens);
        var out = new ArrayList<String>();
        for (Token t : tokens) {
            boolean keep = switch (t.kind()) {
                case NAMED, HRESULT, DECIMAL -> true;
                case NUMBER -> ids && isId(t.text(), text, t.start(), tokens);
            };
            if (keep && !out.contains(t.text())) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** True when {@code token} alone is code-shaped (numbers are not, on their own). */
    public static boolean isNamedCode(String token) {
        Kind k = kindOf(token);
        return k == Kind.NAMED || k == Kind.HRESULT || k == Kind.DECIMAL;
    }

    static @Nullable Kind kindOf(String t) {
        if (t.isEmpty()) {
            return null;
        }
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return t.length() >= 3 ? Kind.HRESULT : null;
        }
        if (t.startsWith("-")) {
            return t.length() >= 7 && t.substring(1).chars().allMatch(Character::isDigit) ? Kind.DECIMAL : null;
        }
        if (Character.isDigit(t.charAt(0))) {
            return t.indexOf('.') < 0 ? Kind.NUMBER : null;
        }
        if (NOT_CODES.contains(t.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (t.indexOf('_') > 0 && SNAKE.matcher(t).matches()) {
            String first = t.substring(0, t.indexOf('_'));
            return t.length() >= 6 && !NOT_SNAKE_PREFIX.contains(first) ? Kind.NAMED : null;
        }
        if (Character.isDigit(t.charAt(t.length() - 1)) && LETTERS_DIGITS.matcher(t).matches()) {
            return Kind.NAMED;
        }
        if (t.length() >= 6 && Character.isUpperCase(t.charAt(0)) && t.indexOf('_') < 0) {
            int words = camelWords(t);
            boolean lower = t.chars().anyMatch(Character::isLowerCase);
            return lower && (words >= 3 || words == 2 && t.length() >= 14) ? Kind.NAMED : null;
        }
        return null;
    }

    /** {@code AFSMaxSnapshotReached} has four words, {@code VMSnapshot} and {@code BitLocker} two. */
    static int camelWords(String t) {
        int words = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean start = i == 0
                    || Character.isUpperCase(c) && (Character.isLowerCase(t.charAt(i - 1))
                    || i + 1 < t.length() && Character.isLowerCase(t.charAt(i + 1)))
                    || Character.isDigit(c) && !Character.isDigit(t.charAt(i - 1));
            if (start) {
                words++;
            }
        }
        return words;
    }

    /**
     * Numbers are ids in a text that also holds an HRESULT or a decimal code, or that names an id
     * ({@code Error ID 28031}, {@code ErrorID: 95107}, {@code エラー 95107}, {@code exit code 511}).
     */
    static boolean numbersAreIds(String text, List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.kind() != Kind.NUMBER)
                || tokens.stream().anyMatch(t -> t.kind() == Kind.NUMBER && idWordBefore(text, t.start()));
    }

    private static boolean isId(String number, String text, int start, List<Token> tokens) {
        boolean named = tokens.stream().anyMatch(t -> t.kind() == Kind.NAMED);
        if (named && number.length() < 5 && !idWordBefore(text, start)) {
            return false;
        }
        if (number.length() >= 3 && !(number.length() == 4 && (number.startsWith("19") || number.startsWith("20")))) {
            return true;
        }
        if (idWordBefore(text, start)) {
            return true;
        }
        // "7 [0x7]": a small number written beside its HRESULT.
        return tokens.stream().anyMatch(t -> t.kind() == Kind.HRESULT && Math.abs(t.start() - start) <= number.length() + 3);
    }

    private static final Pattern ID_WORD = Pattern.compile(
            "(?iu)(?:\\bID|\\bid|error|erro|errore|erreur|fehler|fout|hata|błąd|ошибка|code|código|codice|코드|오류|エラー|コード|错误|錯誤|代码|代碼)"
                    + "\\s*(?:ID|id|번호|番号|号)?\\s*[:：#]?\\s*$");

    private static boolean idWordBefore(String text, int start) {
        int from = Math.max(0, start - 24);
        String before = text.substring(from, start);
        // Lists of ids: "95519、95520" or "95107 および 95108" - the id word sits before the first one.
        return ID_WORD.matcher(before).find() || listedAfterId(text, start);
    }

    private static boolean listedAfterId(String text, int start) {
        String before = text.substring(Math.max(0, start - 120), start);
        Matcher m = LISTED.matcher(before);
        return m.find();
    }

    private static final Pattern LISTED = Pattern.compile("(?iu)(?:\\bID|error|erro|fehler|code|코드|오류|エラー|コード|错误|錯誤)\\s*[:：]?\\s*\\d+"
                + "(?:\\s*(?:[,、，/]|and|y|e|et|und|および|및|和|或|or)\\s*\\d+)*\\s*(?:[,、，/]|and|y|e|et|und|および|및|和|或|or)\\s*$");
}
