package io.troubleshooter.ui;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a link of an article leads on the web. Articles link to other articles by relative path
 * ({@code ../virtual-machines/disks-types.md}) or site path ({@code /troubleshoot/...}); the browser needs
 * the published address. Only web addresses are ever handed on: a {@code file:}, {@code javascript:}, UNC,
 * {@code ms-settings:} or unknown-scheme link in an article is shown, never opened.
 */
final class Links {

    static final String SITE = "https://learn.microsoft.com";
    /** The folder the backup articles are published from. */
    static final String ARTICLES = SITE + "/azure/backup/";

    private Links() {
    }

    /** The web address {@code target} leads to, or empty when it is not an http or https link. */
    static Optional<String> resolve(String target) {
        String t = target.strip();
        if (t.startsWith("//") || t.startsWith("\\\\") || t.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return Optional.empty();
        }
        String resolved;
        if (t.startsWith("/")) {
            resolved = SITE + withoutMd(t);
        } else if (hasScheme(t)) {
            resolved = t;
        } else {
            try {
                resolved = URI.create(ARTICLES).resolve(withoutMd(t).replace(" ", "%20")).toString();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return web(resolved) ? Optional.of(resolved) : Optional.empty();
    }

    private static boolean hasScheme(String t) {
        int colon = t.indexOf(':');
        return colon > 0 && t.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    }

    private static boolean web(String address) {
        try {
            URI uri = URI.create(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutMd(String path) {
        int hash = path.indexOf('#');
        String file = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return (file.endsWith(".md") ? file.substring(0, file.length() - 3) : file) + fragment;
    }
}
