package io.troubleshooter.incident;

import org.openpdf.text.pdf.PdfPTable;

import java.util.Locale;

/** The fields at the top of the report, two to a row: the case, the outcome, the times and the versions. */
final class IncidentPdfHeader {

    private final IncidentPdf pdf;
    private final PdfPTable table = new PdfPTable(new float[]{17, 33, 17, 33});

    IncidentPdfHeader(IncidentPdf pdf) {
        this.pdf = pdf;
        table.setWidthPercentage(100);
    }

    PdfPTable table() {
        Incident incident = pdf.incident();
        var info = incident.info();
        var error = incident.error();
        var progress = incident.progress();
        Locale locale = pdf.options().locale();
        field("pdf.field.reference", info.reference());
        field("pdf.field.vm", info.vmName());
        field("pdf.field.customer", info.customer());
        field("pdf.field.error", String.join(", ", incident.errors().stream().map(ErrorRef::displayCode).toList()));
        field("pdf.field.outcome", outcome());
        field("pdf.field.progress", pdf.text("pdf.progress", progress.settled(), progress.total(), progress.fraction()));
        field("pdf.field.created", pdf.date(incident.created()));
        field("pdf.field.updated", pdf.date(incident.updated()));
        field("pdf.field.exported", pdf.date(pdf.options().exported()));
        field("pdf.field.timezone", pdf.options().zone().getId());
        field("pdf.field.article", pdf.text("pdf.article", error.articleId(), error.locale(), error.articleVersion()));
        field("pdf.field.contentVersion", incident.contentVersion());
        field("pdf.field.appVersion", incident.origin().appVersion());
        field("pdf.field.user", incident.origin().osUser());
        field("pdf.field.language", locale.getDisplayName(locale));
        field("pdf.field.id", incident.id());
        return table;
    }

    private String outcome() {
        var outcome = pdf.incident().outcome();
        return switch (outcome.kind()) {
            case RESOLVED -> pdf.text("pdf.outcome.RESOLVED", outcome.causeId() == null ? ""
                    : pdf.causeText(outcome.causeId()));
            case ESCALATED, OPEN -> pdf.label("pdf.outcome." + outcome.kind().name());
        };
    }

    private void field(String key, String value) {
        var kit = pdf.kit();
        var label = kit.cell(pdf.label(key), kit.smallGrey);
        label.setBorder(0);
        var content = kit.cell(value, kit.body);
        content.setBorder(0);
        table.addCell(label);
        table.addCell(content);
    }
}
