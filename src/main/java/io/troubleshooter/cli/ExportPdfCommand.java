package io.troubleshooter.cli;

import io.troubleshooter.content.VersionStore;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.incident.DataFolder;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentFileException;
import io.troubleshooter.incident.IncidentJson;
import io.troubleshooter.incident.IncidentPdf;
import io.troubleshooter.incident.IncidentTexts;
import io.troubleshooter.incident.WalkedVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code export-pdf [--lang TAG] <incident.json> <out.pdf>}: the incident report without the app, for scripts.
 * Texts of causes and steps come from the article version the incident was walked on, as kept in the data folder
 * (else the shipped content) by the stored ids, in the article's version in {@code TAG} when there is one (as the
 * app does); the labels are in {@code TAG}, by default the system's
 * language. The flowchart is drawn as in the app.
 */
final class ExportPdfCommand {

    private ExportPdfCommand() {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        var args = new ArrayList<>(arguments);
        Locale language = null;
        int lang = args.indexOf("--lang");
        if (lang >= 0) {
            if (lang + 1 >= args.size()) {
                throw new Cli.UsageException("--lang needs a language: en, es or pt-BR.");
            }
            language = Locale.forLanguageTag(args.get(lang + 1));
            if (!hasTexts(language)) {
                throw new Cli.UsageException("No report texts in \"" + args.get(lang + 1) + "\": use en, es or pt-BR.");
            }
            args.subList(lang, lang + 2).clear();
        }
        if (args.size() != 2) {
            throw new Cli.UsageException("export-pdf needs an incident file and the PDF to write.");
        }
        Path source = Path.of(args.get(0));
        Path target = Path.of(args.get(1));
        Incident incident;
        try {
            // Bounded and checked first: a pipe or a huge file is refused with a message instead of hanging.
            incident = IncidentJson.read(source);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + source);
            return 1;
        } catch (IOException e) {
            err.println(source + " cannot be read: " + e.getMessage());
            return 1;
        } catch (IncidentFileException e) {
            err.println(e.getMessage());
            return 1;
        }
        Catalog catalog = Catalog.loadShipped();
        Locale locale = language != null ? language : Locale.getDefault(Locale.Category.FORMAT);
        var bundle = texts(language != null ? language : Locale.getDefault(Locale.Category.DISPLAY));
        var options = new IncidentPdf.Options(locale, IncidentPdf.labels(bundle), null, null, null);
        // The version the incident was worked on, kept in the data folder, unless another language is asked for:
        // then that language's newest.
        String recorded = incident.error().locale();
        Locale wordsIn = language != null ? language
                : Locale.forLanguageTag(recorded == null ? "en-US" : recorded);
        WalkedVersion versions = new WalkedVersion(new VersionStore(DataFolder.resolve().resolve("versions")),
                Terms.shipped());
        IncidentTexts found = IncidentTexts.of(incident, catalog, versions, wordsIn, options.labels());
        if (found.entry().isEmpty()) {
            err.println("The error " + incident.error().key() + " is not in the shipped content; the report has no "
                    + "titles for its causes and steps, and no flowchart.");
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            var texts = new IncidentTexts(found.inLanguage(), found.own(), locale, options.labels());
            Files.write(target, IncidentPdf.withTexts(incident, texts, catalog, versions, options));
        } catch (IOException e) {
            err.println(target + " cannot be written: " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + target);
        return 0;
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale, ExportPdfCommand.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Whether the report has its own words in that language (English is the base bundle). */
    private static boolean hasTexts(Locale locale) {
        return !locale.getLanguage().isEmpty() && (locale.getLanguage().equals("en")
                || texts(locale).getLocale().getLanguage().equals(locale.getLanguage()));
    }
}
