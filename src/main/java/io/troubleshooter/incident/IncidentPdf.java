package io.troubleshooter.incident;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * An incident as a PDF to attach to a ticket: its fields and versions, the path answered, the checklist,
 * the commands as copied and, when the caller supplies one, the flowchart with the path highlighted.
 * Labels come from the UI's bundle ({@code pdf.*} keys), texts of causes and steps from {@link IncidentTexts}:
 * the article in the report's language, else the incident's own version marked with its language; a stored id
 * is never printed.
 */
public final class IncidentPdf {

    /**
     * @param locale       language of labels and dates, and paper: US Letter for the Americas that use it, else A4
     * @param labels       the message pattern for a {@code pdf.*} key, e.g. {@code bundle::getString}
     * @param zone         the time zone dates are shown in
     * @param flowchartPng the flowchart as the UI draws it, or null for none
     * @param exported     the time printed as the export time
     */
    public record Options(Locale locale, Function<String, String> labels, ZoneId zone, byte[] flowchartPng,
                          Instant exported) {
        public Options {
            Objects.requireNonNull(locale);
            Objects.requireNonNull(labels);
            zone = zone == null ? ZoneId.systemDefault() : zone;
            exported = exported == null ? Instant.now() : exported;
        }

        /** English labels from the shipped bundle, the system's time zone, no flowchart. */
        public static Options english() {
            return new Options(Locale.US, IncidentPdf.labels(ResourceBundle.getBundle("i18n.messages", Locale.ROOT)), null, null,
                    null);
        }
    }

    private final Incident incident;
    private final IncidentTexts texts;
    private final Options options;
    private final PdfKit kit = new PdfKit();
    private final DateTimeFormatter dates;

    /** The words of the errors added to the incident, each looked up as the first one's are. */
    private final Function<Incident, IncidentTexts> addedTexts;

    private IncidentPdf(Incident incident, IncidentTexts texts, Options options,
                        Function<Incident, IncidentTexts> addedTexts) {
        this.addedTexts = addedTexts;
        this.incident = incident;
        this.texts = texts;
        this.options = options;
        this.dates = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .toFormatter(options.locale()).withZone(options.zone());
    }

    /** Labels from a resource bundle; a missing key prints as the key rather than failing the export. */
    public static Function<String, String> labels(ResourceBundle bundle) {
        return key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }

    /**
     * Writes the report of the incident alone: its error and version, looked up in {@code catalog} (null for no
     * content) for the words, in the options' language where the article has it.
     */
    public static byte[] fromCatalog(Incident incident, @Nullable Catalog catalog, Options options)
            throws IOException {
        return fromCatalog(incident, catalog, null, options);
    }

    /**
     * Writes the report of the incident alone, each error read from the article version kept when it was walked
     * ({@code versions}, may be null) even when its file changed since, else looked up in {@code catalog}.
     */
    public static byte[] fromCatalog(Incident incident, @Nullable Catalog catalog, @Nullable WalkedVersion versions,
                                     Options options) throws IOException {
        var out = new ByteArrayOutputStream(64 * 1024);
        Function<Incident, IncidentTexts> textsOf = i -> IncidentTexts.of(i, catalog, versions, options.locale(),
                options.labels());
        render(new IncidentPdf(incident, textsOf.apply(incident), options, textsOf), out);
        return out.toByteArray();
    }

    /** Writes the report with the words of {@code entry}; it may be null when the error is no longer shipped. */
    public static void write(Incident incident, @Nullable ErrorEntry entry, Options options, OutputStream out)
            throws IOException {
        writeWithTexts(incident, new IncidentTexts(entry, entry, options.locale(), options.labels()), options, out);
    }

    public static void writeWithTexts(Incident incident, IncidentTexts texts, Options options, OutputStream out)
            throws IOException {
        render(new IncidentPdf(incident, texts, options,
                i -> new IncidentTexts(null, null, options.locale(), options.labels())), out);
    }

    /**
     * Writes the report with {@code texts} for the incident's first error and the errors added to it looked up
     * in {@code catalog} (null for no content), each with its own flowchart.
     */
    public static byte[] withTexts(Incident incident, IncidentTexts texts, @Nullable Catalog catalog,
                                   Options options) throws IOException {
        return withTexts(incident, texts, catalog, null, options);
    }

    /** As {@link #withTexts(Incident, IncidentTexts, Catalog, Options)}, added errors read from their kept version. */
    public static byte[] withTexts(Incident incident, IncidentTexts texts, @Nullable Catalog catalog,
                                   @Nullable WalkedVersion versions, Options options) throws IOException {
        var out = new ByteArrayOutputStream(64 * 1024);
        render(new IncidentPdf(incident, texts, options,
                i -> IncidentTexts.of(i, catalog, versions, options.locale(), options.labels())), out);
        return out.toByteArray();
    }

    private static void render(IncidentPdf pdf, OutputStream out) throws IOException {
        // The embedded fonts are shared between exports and read while subsetting: one export at a time.
        synchronized (IncidentPdf.class) {
            try {
                pdf.render(out);
            } catch (DocumentException e) {
                throw new IOException("the PDF could not be written: " + e.getMessage(), e);
            }
        }
    }

    public static byte[] toBytes(Incident incident, @Nullable ErrorEntry entry, Options options) throws IOException {
        return withTexts(incident, new IncidentTexts(entry, entry, options.locale(), options.labels()), options);
    }

    public static byte[] withTexts(Incident incident, IncidentTexts texts, Options options) throws IOException {
        var out = new ByteArrayOutputStream(64 * 1024);
        writeWithTexts(incident, texts, options, out);
        return out.toByteArray();
    }

    private void render(OutputStream out) {
        var document = new Document(PdfKit.paper(options.locale()), 42, 42, 42, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String footer = SafeText.line(incident.info().reference()) + "  ·  " + incident.id();
        writer.setPageEvent(new PdfKit.PageNumbers(label("pdf.page"), footer, options.locale(), kit.smallGrey));
        document.addTitle(text("pdf.title", reference()));
        document.open();
        document.add(new Paragraph(text("pdf.title", reference()), kit.title));
        var subtitle = new Paragraph(text("pdf.subtitle", SafeText.line(incident.error().displayCode()),
                errorMessage()), kit.body);
        subtitle.setSpacingAfter(8);
        document.add(subtitle);
        document.add(new IncidentPdfHeader(this).table());
        if (!incident.info().notes().isBlank()) {
            document.add(heading("pdf.section.notes"));
            document.add(new Paragraph(SafeText.block(incident.info().notes()), kit.body));
        }
        var sections = new IncidentPdfSections(this);
        document.add(heading("pdf.section.path"));
        document.add(sections.path());
        document.add(heading("pdf.section.checklist"));
        document.add(sections.legend());
        document.add(sections.checklist());
        var addedPdfs = new ArrayList<IncidentPdf>();
        for (AddedError other : incident.added()) {
            Incident part = incident.as(other);
            var added = new IncidentPdf(part, addedTexts.apply(part), options, addedTexts);
            addedPdfs.add(added);
            document.add(headingText(text("pdf.section.added", SafeText.line(other.error().displayCode()),
                    added.errorMessage())));
            var its = new IncidentPdfSections(added);
            document.add(its.path());
            document.add(its.checklist());
        }
        document.add(heading("pdf.section.commands"));
        document.add(sections.commands());
        if (!incident.warnings().isEmpty()) {
            document.add(heading("pdf.section.warnings"));
            document.add(sections.warnings());
        }
        if (addedPdfs.isEmpty()) {
            document.add(heading("pdf.section.flowchart"));
            document.add(flowchart(document, writer, options.flowchartPng()));
        } else {
            // Each error's chart on a page of its own, so its heading never stays behind alone.
            document.newPage();
            document.add(flowchartHeading());
            document.add(flowchart(document, writer, options.flowchartPng()));
            for (IncidentPdf added : addedPdfs) {
                document.newPage();
                document.add(added.flowchartHeading());
                document.add(added.flowchart(document, writer, null));
            }
        }
        document.close();
    }

    /** The heading of the flowchart of this report's error, naming it, for an incident of several errors. */
    private Paragraph flowchartHeading() {
        return headingText(text("pdf.section.flowchart.of", SafeText.line(incident.error().displayCode()),
                errorMessage()));
    }

    /**
     * The flowchart of this report's error with the incident's path on it: drawn here as vector graphics, or the
     * picture the caller gave; a note when the error is in no article loaded.
     */
    private Element flowchart(Document document, PdfWriter writer, byte @Nullable [] png) {
        boolean picture = png != null && png.length > 0;
        var drawn = texts.treeEntry();
        if (!picture && drawn.isEmpty()) {
            return new Paragraph(label("pdf.flowchart.none"), kit.smallGrey);
        }
        try {
            Image image;
            if (picture) {
                image = Image.getInstance(png);
            } else {
                var chart = new FlowchartPdf(kit.sans(), kit.bold(), texts::chartNode,
                        edge -> label("flowchart.edge." + edge.name().toLowerCase(Locale.ROOT)));
                var path = incident.walk().pathNodes(drawn.get());
                image = chart.draw(writer.getDirectContent(), drawn.get().tree(), path, path.getLast());
            }
            float width = document.right() - document.left();
            float height = document.top() - document.bottom() - 40;
            if (image.getWidth() > width || image.getHeight() > height) {
                image.scaleToFit(width, height);
            }
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (IOException | RuntimeException e) {
            return new Paragraph(label("pdf.flowchart.none") + " (" + e.getMessage() + ")", kit.smallGrey);
        }
    }

    private Paragraph heading(String key) {
        return headingText(label(key));
    }

    private Paragraph headingText(String words) {
        var paragraph = new Paragraph(words, kit.heading);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    Incident incident() {
        return incident;
    }

    Options options() {
        return options;
    }

    PdfKit kit() {
        return kit;
    }

    String label(String key) {
        return options.labels().apply(key);
    }

    String text(String key, Object... args) {
        return new MessageFormat(label(key), options.locale()).format(args);
    }

    String date(Instant at) {
        return at == null ? "" : dates.format(at);
    }

    String reference() {
        return incident.info().reference().isBlank() ? incident.id() : SafeText.line(incident.info().reference());
    }

    String errorMessage() {
        return texts.errorMessage(incident);
    }

    /** The cause's or step's title in the report's language, never its stored id; empty for no node. */
    String nodeText(@Nullable String nodeId) {
        return texts.node(nodeId);
    }

    String causeText(String causeId) {
        return texts.cause(causeId);
    }

    @Nullable DecisionTree tree() {
        return texts.tree();
    }

    static String duration(long ms) {
        long seconds = ms / 1000;
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    static String values(java.util.Map<String, String> values) {
        return values.entrySet().stream().map(e -> SafeText.line(e.getKey() + " = " + e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static PdfPTable table(float... widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        return table;
    }
}
