package io.troubleshooter.incident;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.DecisionTree;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.util.Map;

/** The report's tables: the path answered, the checklist, the commands copied and the warnings acknowledged. */
final class IncidentPdfSections {

    /** Printed state marks; DejaVu Sans has all four. */
    static final Map<ChecklistItem.State, String> MARKS = Map.of(
            ChecklistItem.State.TODO, "\u2610",
            ChecklistItem.State.DONE, "\u2611",
            ChecklistItem.State.SKIPPED, "\u21B7",
            ChecklistItem.State.NOT_APPLICABLE, "\u2298");

    private final IncidentPdf pdf;
    private final PdfKit kit;
    private final Incident incident;

    IncidentPdfSections(IncidentPdf pdf) {
        this.pdf = pdf;
        this.kit = pdf.kit();
        this.incident = pdf.incident();
    }

    Element path() {
        var path = incident.path();
        if (path.stream().allMatch(p -> p.answer() == null)) {
            return new Paragraph(pdf.label("pdf.path.none"), kit.smallGrey);
        }
        PdfPTable table = IncidentPdf.table(5, 63, 16, 16);
        header(table, "pdf.column.number", "pdf.column.cause", "pdf.column.answer", "pdf.column.time");
        int number = 1;
        for (var step : path) {
            table.addCell(kit.cell(String.valueOf(number++), kit.body));
            table.addCell(kit.cell(pdf.causeText(step.causeId()), kit.body));
            table.addCell(kit.cell(step.answer() == null ? pdf.label("pdf.path.open")
                    : pdf.label("pdf.answer." + step.answer().name()), step.answer() == Answer.RESOLVED ? kit.strong : kit.body));
            table.addCell(kit.cell(pdf.date(step.at()), kit.small));
        }
        return table;
    }

    Element legend() {
        String text = pdf.text("pdf.legend", MARKS.get(ChecklistItem.State.TODO), MARKS.get(ChecklistItem.State.DONE),
                MARKS.get(ChecklistItem.State.SKIPPED), MARKS.get(ChecklistItem.State.NOT_APPLICABLE));
        var legend = new Paragraph(text, kit.smallGrey);
        legend.setSpacingAfter(2);
        return legend;
    }

    Element checklist() {
        PdfPTable table = IncidentPdf.table(7, 44, 28, 13, 8);
        header(table, "pdf.column.state", "pdf.column.item", "pdf.column.note", "pdf.column.changed", "pdf.column.spent");
        DecisionTree tree = pdf.tree();
        var reports = tree == null ? incident.statuses() : incident.reconcile(tree).items();
        for (Incident.ItemReport report : reports) {
            ChecklistItem item = report.item();
            Incident.ItemStatus status = report.status();
            boolean onPath = status == Incident.ItemStatus.ON_PATH;
            var mark = kit.cell(MARKS.get(item.state()), kit.symbol);
            mark.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(mark);
            var text = new Phrase(pdf.nodeText(item.nodeId()), item.causeItem() ? kit.strong : onPath ? kit.body : kit.smallGrey);
            if (!onPath) {
                text.add(new Chunk("\n" + pdf.label("pdf.status." + status.name()), kit.smallGrey));
            }
            PdfPCell itemCell = kit.cell(text);
            if (!item.causeItem()) {
                itemCell.setPaddingLeft(14);
            }
            table.addCell(itemCell);
            table.addCell(kit.cell(item.note(), kit.body));
            table.addCell(kit.cell(pdf.date(item.changed()), kit.small));
            Long spent = incident.timeSpentMs().get(item.nodeId());
            table.addCell(kit.cell(spent == null ? "" : IncidentPdf.duration(spent), kit.small));
        }
        return table;
    }

    Element commands() {
        if (incident.commands().isEmpty()) {
            return new Paragraph(pdf.label("pdf.commands.none"), kit.smallGrey);
        }
        PdfPTable table = IncidentPdf.table(16, 84);
        header(table, "pdf.column.time", "pdf.column.command");
        for (CopiedCommand command : incident.commands()) {
            table.addCell(kit.cell(pdf.date(command.at()), kit.small));
            var content = new Phrase();
            content.add(new Chunk(SafeText.line(command.text()), kit.code));
            content.add(new Chunk("\n" + pdf.text("pdf.command.from", pdf.nodeText(command.nodeId())), kit.smallGrey));
            if (!command.values().isEmpty()) {
                content.add(new Chunk("\n" + pdf.text("pdf.command.values", IncidentPdf.values(command.values())),
                        kit.smallGrey));
            }
            table.addCell(kit.cell(content));
        }
        return table;
    }

    Element warnings() {
        PdfPTable table = IncidentPdf.table(16, 84);
        header(table, "pdf.column.time", "pdf.column.item");
        for (AcknowledgedWarning warning : incident.warnings()) {
            table.addCell(kit.cell(pdf.date(warning.at()), kit.small));
            table.addCell(kit.cell(pdf.text("pdf.warning.item", pdf.nodeText(warning.nodeId()), warning.index() + 1),
                    kit.body));
        }
        return table;
    }

    private void header(PdfPTable table, String... keys) {
        for (String key : keys) {
            table.addCell(kit.headerCell(pdf.label(key)));
        }
    }
}
