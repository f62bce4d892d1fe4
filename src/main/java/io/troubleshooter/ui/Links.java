package io.troubleshooter.ui;

import java.net.URI;
import java.util.Locale;

/**
 * Where a link of an article leads on the web. Articles link to other articles by relative path
 * ({@code ../virtual-machines/disks-types.md}) or site path ({@code /troubleshoot/...}); the browser needs
 * the published address.
 */
final class Links {

    static final String SITE = "https://learn.microsoft.com";
    /** The folder the backup articles are published from. */
    static final String ARTICLES = SITE + "/azure/backup/";

    private Links() {
    }

    static String resolve(String target) {
        String t = target.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return t;
        }
        if (t.startsWith("/")) {
            return SITE + withoutMd(t);
        }
        try {
            return URI.create(ARTICLES).resolve(withoutMd(t).replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return ARTICLES + t;
        }
    }

    private static String withoutMd(String path) {
        int hash = path.indexOf('#');
        String file = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return (file.endsWith(".md") ? file.substring(0, file.length() - 3) : file) + fragment;
    }
}
