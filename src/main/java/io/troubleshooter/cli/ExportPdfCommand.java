package io.troubleshooter.cli;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentFileException;
import io.troubleshooter.incident.IncidentJson;
import io.troubleshooter.incident.IncidentPdf;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code export-pdf <incident.json> <out.pdf>}: the incident report without the app, for scripts. Texts of
 * causes and steps come from the shipped content by the stored ids; no flowchart is drawn.
 */
final class ExportPdfCommand {

    private ExportPdfCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2) {
            throw new Cli.UsageException("export-pdf needs an incident file and the PDF to write.");
        }
        Path source = Path.of(args.get(0));
        Path target = Path.of(args.get(1));
        Incident incident;
        try {
            incident = IncidentJson.read(Files.readAllBytes(source), source.toString());
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
        ErrorEntry entry = incident.error().findIn(Catalog.loadShipped()).orElse(null);
        if (entry == null) {
            err.println("The error " + incident.error().key() + " is not in the shipped content; causes and steps "
                    + "are printed by their ids.");
        }
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        var bundle = ResourceBundle.getBundle("i18n.messages", Locale.getDefault(Locale.Category.DISPLAY),
                ExportPdfCommand.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var options = new IncidentPdf.Options(locale, IncidentPdf.labels(bundle), null, null, null);
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, IncidentPdf.toBytes(incident, entry, options));
        } catch (IOException e) {
            err.println(target + " cannot be written: " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + target);
        return 0;
    }
}
