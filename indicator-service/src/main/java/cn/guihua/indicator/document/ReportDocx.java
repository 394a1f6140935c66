package cn.guihua.indicator.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

import cn.guihua.indicator.evaluation.Report;
import cn.guihua.indicator.evaluation.TargetEvaluation;
import cn.guihua.indicator.evaluation.TargetStatus;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Messages;

/**
 * The evaluation report as a Word document (POI's XWPF) the office edits into its official text: the same sections as
 * the PDF, texts in 宋体 and headings in 黑体 (fonts every office machine has, so the document embeds none), tables as
 * Word tables, charts as PNG pictures drawn at twice their size.
 */
public final class ReportDocx {

    private static final String BODY = "宋体";
    private static final String HEADING = "黑体";

    private ReportDocx() {
    }

    public static byte[] write(ReportBundle.Bundle b, Language lang) {
        Report r = b.report();
        String title = r.planTitle() == null ? r.planCode() : r.planTitle();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setEastAsia(BODY);
            fonts.setAscii("Times New Roman");
            fonts.setHAnsi("Times New Roman");
            doc.createStyles().setDefaultFonts(fonts);
            doc.getProperties().getCoreProperties().setTitle(title + " " + Labels.kind(lang, r.kind()));
            doc.getProperties().getCoreProperties().setCreator("Guihua indicator-service");

            if (b.plan() != null && b.plan().documentNumber() != null) {
                text(doc, b.plan().documentNumber(), 12, false, ParagraphAlignment.CENTER, BODY).setSpacingBefore(2400);
            }
            text(doc, title, 22, true, ParagraphAlignment.CENTER, HEADING).setSpacingBefore(600);
            text(doc, Messages.get(lang, "document.kind-year", Labels.kind(lang, r.kind()), String.valueOf(r.year())), 18, true,
                    ParagraphAlignment.CENTER, HEADING);
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] { Messages.get(lang, "document.plan-code"), r.planCode() });
            facts.add(new String[] { Messages.get(lang, "document.document-number"), b.plan() == null
                    ? Messages.get(lang, "document.document-number.unknown")
                    : b.plan().documentNumber() == null ? "—" : b.plan().documentNumber() });
            if (b.plan() != null && b.plan().issuer() != null) {
                facts.add(new String[] { Messages.get(lang, "document.issuer"), b.plan().issuer() });
            }
            facts.add(new String[] { Messages.get(lang, "document.year"), String.valueOf(r.year()) });
            facts.add(new String[] { Messages.get(lang, "document.basis"), Messages.get(lang, r.includePending()
                    ? "document.basis.pending" : "document.basis.approved") });
            facts.add(new String[] { Messages.get(lang, "document.as-of"), b.dataAsOf() == null
                    ? Messages.get(lang, "document.as-of.none") : Labels.time(b.dataAsOf()) });
            facts.add(new String[] { Messages.get(lang, "document.generated"), Labels.time(r.generatedAt()) });
            table(doc, null, facts);
            text(doc, ReportPdf.summary(r.counts(), lang), 11, false, ParagraphAlignment.LEFT, BODY);
            pageBreak(doc);

            text(doc, Messages.get(lang, "document.section.overview"), 15, true, ParagraphAlignment.LEFT, HEADING);
            List<String[]> rows = new ArrayList<>();
            for (TargetStatus s : TargetStatus.values()) {
                rows.add(new String[] { Labels.status(lang, s), String.valueOf(r.counts().getOrDefault(s, 0)) });
            }
            table(doc, new String[] { Messages.get(lang, "sheet.column.statusLabel"), Messages.get(lang, "sheet.column.count") }, rows);

            text(doc, Messages.get(lang, "document.section.areas"), 15, true, ParagraphAlignment.LEFT, HEADING);
            Map<String, List<TargetEvaluation>> byArea = new LinkedHashMap<>();
            for (TargetEvaluation t : r.targets()) {
                byArea.computeIfAbsent(t.areaName() == null ? "" : t.areaName(), a -> new ArrayList<>()).add(t);
            }
            int n = 0;
            for (Map.Entry<String, List<TargetEvaluation>> a : byArea.entrySet()) {
                String name = a.getKey().isEmpty() ? Messages.get(lang, "sheet.no-area") : a.getKey();
                text(doc, Messages.get(lang, "document.area-heading", ++n, name), 12.5, true, ParagraphAlignment.LEFT, HEADING);
                picture(doc, Charts.png(Charts.status(name, ReportBundle.counts(a.getValue()), lang), 640, 300, 2), 440, 206);
                List<String[]> ts = new ArrayList<>();
                for (TargetEvaluation t : a.getValue()) {
                    ts.add(new String[] { t.indicatorName() == null ? t.indicatorCode() : t.indicatorName(), Labels.target(lang, t),
                        t.observed() == null ? "—" : Labels.withUnit(t.observed(), t.unit()),
                        Labels.status(lang, t.status()) });
                }
                table(doc, new String[] { Messages.get(lang, "sheet.column.indicatorName"), Messages.get(lang, "sheet.column.target"),
                    Messages.get(lang, "sheet.column.observed"), Messages.get(lang, "sheet.column.statusLabel") }, ts);
            }

            text(doc, Messages.get(lang, "document.section.trends"), 15, true, ParagraphAlignment.LEFT, HEADING);
            n = 0;
            for (Trend t : b.trends().values()) {
                text(doc, Messages.get(lang, "document.trend-heading", ++n, t.target().indicatorName() == null
                        ? t.target().indicatorCode() : t.target().indicatorName(), t.target().indicatorCode()), 11.5, true,
                        ParagraphAlignment.LEFT, HEADING);
                picture(doc, Charts.png(Charts.trend(t, lang), 640, 320, 2), 440, 220);
            }
            if (b.trends().isEmpty()) {
                text(doc, Messages.get(lang, "document.none-lagging"), 10.5, false, ParagraphAlignment.LEFT, BODY);
            }

            text(doc, Messages.get(lang, "document.section.lagging"), 15, true, ParagraphAlignment.LEFT, HEADING);
            List<String[]> lag = new ArrayList<>();
            for (TargetEvaluation t : r.lagging()) {
                lag.add(new String[] { t.areaName() == null ? "" : t.areaName(),
                    t.indicatorName() == null ? t.indicatorCode() : t.indicatorName(), Labels.target(lang, t),
                    t.observed() == null ? "—" : Labels.withUnit(t.observed(), t.unit()),
                    Labels.status(lang, t.status()), t.explanation() == null ? "" : t.explanation().in(lang),
                    t.sourceRef() == null ? "" : t.sourceRef() });
            }
            if (lag.isEmpty()) {
                text(doc, Messages.get(lang, "document.none-lagging"), 10.5, false, ParagraphAlignment.LEFT, BODY);
            } else {
                table(doc, new String[] { Messages.get(lang, "sheet.column.areaName"), Messages.get(lang, "sheet.column.indicatorName"),
                    Messages.get(lang, "sheet.column.target"), Messages.get(lang, "sheet.column.observed"),
                    Messages.get(lang, "sheet.column.statusLabel"), Messages.get(lang, "sheet.column.explanation"),
                    Messages.get(lang, "sheet.column.sourceRef") }, lag);
            }

            text(doc, Messages.get(lang, "document.section.sources"), 15, true, ParagraphAlignment.LEFT, HEADING);
            text(doc, Messages.get(lang, "document.sources.values", Messages.get(lang, r.includePending() ? "document.basis.pending"
                    : "document.basis.approved")), 10.5, false, ParagraphAlignment.LEFT, BODY);
            text(doc, Messages.get(lang, "document.sources.catalogue", Labels.time(r.catalogueFetchedAt())), 10.5, false,
                    ParagraphAlignment.LEFT, BODY);
            text(doc, Messages.get(lang, "document.sources.as-of", b.dataAsOf() == null ? Messages.get(lang, "document.as-of.none")
                    : Labels.time(b.dataAsOf())), 10.5, false, ParagraphAlignment.LEFT, BODY);
            List<String[]> src = new ArrayList<>();
            for (ReportBundle.Source s : b.sources()) {
                src.add(new String[] { s.department() == null ? Messages.get(lang, "document.department.none") : s.department(),
                    String.valueOf(s.values()), Labels.time(s.lastReported()), Labels.time(s.lastReviewed()) });
            }
            if (!src.isEmpty()) {
                table(doc, new String[] { Messages.get(lang, "sheet.column.department"), Messages.get(lang, "document.values"),
                    Messages.get(lang, "sheet.column.reportedAt"), Messages.get(lang, "sheet.column.reviewedAt") }, src);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XWPFParagraph text(XWPFDocument doc, String text, double size, boolean bold, ParagraphAlignment align,
            String font) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        return p;
    }

    private static void pageBreak(XWPFDocument doc) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void picture(XWPFDocument doc, byte[] png, int widthPt, int heightPt)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "chart.png", Units.toEMU(widthPt),
                Units.toEMU(heightPt));
    }

    private static void table(XWPFDocument doc, String[] header, List<String[]> rows) {
        int columns = header != null ? header.length : rows.isEmpty() ? 1 : rows.get(0).length;
        XWPFTable t = doc.createTable(Math.max(1, rows.size() + (header == null ? 0 : 1)), columns);
        t.setWidth("100%");
        int r = 0;
        if (header != null) {
            fill(t.getRow(r++), header, true);
        }
        for (String[] row : rows) {
            fill(t.getRow(r++), row, false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, String[] cells, boolean head) {
        for (int c = 0; c < cells.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(cells[c] == null ? "" : cells[c]);
            run.setFontSize(9);
            run.setBold(head);
            if (head) {
                cell.setColor("E8EAF0");
            }
        }
    }
}
