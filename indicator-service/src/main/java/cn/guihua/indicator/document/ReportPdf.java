package cn.guihua.indicator.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import cn.guihua.indicator.evaluation.LargeChange;
import cn.guihua.indicator.evaluation.Report;
import cn.guihua.indicator.evaluation.TargetEvaluation;
import cn.guihua.indicator.evaluation.TargetStatus;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Messages;

/**
 * The evaluation report as a PDF (A4, OpenPDF), every text in the embedded CJK font: a title page with the plan's
 * title, document number and issuer and the summary; then the counts by status and by area, a chart and the targets of
 * each area, a trend chart per lagging indicator against its target line, the list of lagging indicators with the
 * evaluation's explanations, the large changes, and the data sources with the "as of" date. Charts are vectors.
 */
public final class ReportPdf {

    private static final Color HEAD = new Color(0xE8EAF0);
    private static final float CHART_WIDTH = 480f;

    private ReportPdf() {
    }

    private static Font font(float size) {
        return new Font(CjkFont.pdf(), size);
    }

    private static Font bold(float size) {
        return new Font(CjkFont.pdf(), size, Font.BOLD);
    }

    public static byte[] write(ReportBundle.Bundle b, Language lang) {
        Report r = b.report();
        String title = r.planTitle() == null ? r.planCode() : r.planTitle();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 64, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Footer(title, lang));
            doc.addTitle(title + " " + Labels.kind(lang, r.kind()));
            doc.addSubject(Messages.get(lang, "document.subject", title, String.valueOf(r.year())));
            doc.addCreator("Guihua indicator-service");
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(lang == Language.EN ? "en" : "zh-CN"));
            doc.open();
            titlePage(doc, b, title, lang);
            doc.newPage();
            overview(doc, b, lang);
            areas(doc, writer, b, lang);
            trends(doc, writer, b, lang);
            lagging(doc, r, lang);
            largeChanges(doc, r, lang);
            sources(doc, b, lang);
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be written as PDF", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    /** "共 5 项目标：已达标 1 项，……": the counts in one sentence, as the title page and the overview say them. */
    public static String summary(Map<TargetStatus, Integer> counts, Language lang) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        for (TargetStatus s : TargetStatus.values()) {
            parts.add(Messages.get(lang, "document.count", Labels.status(lang, s), counts.getOrDefault(s, 0)));
        }
        return Messages.get(lang, "document.summary", total, String.join(Messages.get(lang, "document.list-separator"), parts));
    }

    private static void titlePage(Document doc, ReportBundle.Bundle b, String title, Language lang) throws DocumentException {
        Report r = b.report();
        Paragraph space = new Paragraph(" ", font(12));
        space.setSpacingBefore(90);
        doc.add(space);
        Paragraph number = new Paragraph(b.plan() != null && b.plan().documentNumber() != null ? b.plan().documentNumber() : "",
                font(12));
        number.setAlignment(Element.ALIGN_CENTER);
        doc.add(number);
        Paragraph t = new Paragraph(title, bold(22));
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(24);
        t.setLeading(32);
        doc.add(t);
        Paragraph k = new Paragraph(Messages.get(lang, "document.kind-year", Labels.kind(lang, r.kind()), String.valueOf(r.year())),
                bold(18));
        k.setAlignment(Element.ALIGN_CENTER);
        k.setSpacingBefore(16);
        doc.add(k);
        PdfPTable facts = new PdfPTable(new float[] { 1.2f, 3f });
        facts.setWidthPercentage(80);
        facts.setSpacingBefore(60);
        fact(facts, Messages.get(lang, "document.plan-code"), r.planCode());
        fact(facts, Messages.get(lang, "document.document-number"), b.plan() == null
                ? Messages.get(lang, "document.document-number.unknown")
                : b.plan().documentNumber() == null ? "—" : b.plan().documentNumber());
        if (b.plan() != null && b.plan().issuer() != null) {
            fact(facts, Messages.get(lang, "document.issuer"), b.plan().issuer()
                    + (b.plan().issueDate() == null ? "" : "（" + b.plan().issueDate() + "）"));
        }
        if (b.plan() != null && b.plan().periodStart() != null && b.plan().periodEnd() != null) {
            fact(facts, Messages.get(lang, "document.period"), Messages.get(lang, "document.period.years",
                    String.valueOf(b.plan().periodStart()), String.valueOf(b.plan().periodEnd())));
        }
        fact(facts, Messages.get(lang, "document.year"), String.valueOf(r.year()));
        fact(facts, Messages.get(lang, "document.basis"), Messages.get(lang, r.includePending() ? "document.basis.pending"
                : "document.basis.approved"));
        fact(facts, Messages.get(lang, "document.as-of"), b.dataAsOf() == null ? Messages.get(lang, "document.as-of.none")
                : Labels.time(b.dataAsOf()));
        fact(facts, Messages.get(lang, "document.generated"), Labels.time(r.generatedAt()));
        doc.add(facts);
        Paragraph s = new Paragraph(summary(r.counts(), lang), font(11));
        s.setSpacingBefore(30);
        s.setLeading(18);
        doc.add(s);
    }

    private static void fact(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, bold(10.5f)));
        l.setBackgroundColor(HEAD);
        l.setPadding(5);
        t.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, font(10.5f)));
        v.setPadding(5);
        t.addCell(v);
    }

    private static Paragraph heading(String text, float size) {
        Paragraph p = new Paragraph(text, bold(size));
        p.setSpacingBefore(14);
        p.setSpacingAfter(8);
        return p;
    }

    private static PdfPCell head(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, bold(9)));
        c.setBackgroundColor(HEAD);
        c.setPadding(4);
        return c;
    }

    private static PdfPCell cell(Object text) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text.toString(), font(9)));
        c.setPadding(4);
        return c;
    }

    private static PdfPCell number(Object n) {
        PdfPCell c = cell(n);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static void overview(Document doc, ReportBundle.Bundle b, Language lang) throws DocumentException {
        Report r = b.report();
        doc.add(heading(Messages.get(lang, "document.section.overview"), 15));
        doc.add(new Paragraph(summary(r.counts(), lang), font(10.5f)));
        int total = r.counts().values().stream().mapToInt(Integer::intValue).sum();
        PdfPTable byStatus = new PdfPTable(new float[] { 2f, 1f, 1f });
        byStatus.setWidthPercentage(60);
        byStatus.setHorizontalAlignment(Element.ALIGN_LEFT);
        byStatus.setSpacingBefore(8);
        byStatus.addCell(head(Messages.get(lang, "sheet.column.statusLabel")));
        byStatus.addCell(head(Messages.get(lang, "sheet.column.count")));
        byStatus.addCell(head(Messages.get(lang, "document.share")));
        for (TargetStatus s : TargetStatus.values()) {
            int n = r.counts().getOrDefault(s, 0);
            byStatus.addCell(cell(Labels.status(lang, s)));
            byStatus.addCell(number(n));
            byStatus.addCell(number(total == 0 ? "—" : String.format("%.1f%%", 100.0 * n / total)));
        }
        byStatus.addCell(head(Messages.get(lang, "sheet.total")));
        byStatus.addCell(number(total));
        byStatus.addCell(number(total == 0 ? "—" : "100%"));
        doc.add(byStatus);
        TargetStatus[] all = TargetStatus.values();
        float[] widths = new float[all.length + 2];
        widths[0] = 2.4f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        PdfPTable byArea = new PdfPTable(widths);
        byArea.setWidthPercentage(100);
        byArea.setSpacingBefore(12);
        byArea.setHeaderRows(1);
        byArea.addCell(head(Messages.get(lang, "sheet.column.areaName")));
        for (TargetStatus s : all) {
            byArea.addCell(head(Labels.status(lang, s)));
        }
        byArea.addCell(head(Messages.get(lang, "sheet.total")));
        for (Map.Entry<String, Map<TargetStatus, Integer>> a : b.byArea().entrySet()) {
            byArea.addCell(cell(area(a.getKey(), lang)));
            int sum = 0;
            for (TargetStatus s : all) {
                int n = a.getValue().getOrDefault(s, 0);
                sum += n;
                byArea.addCell(number(n));
            }
            byArea.addCell(number(sum));
        }
        doc.add(byArea);
    }

    private static String area(String name, Language lang) {
        return name == null || name.isEmpty() ? Messages.get(lang, "sheet.no-area") : name;
    }

    private static void areas(Document doc, PdfWriter writer, ReportBundle.Bundle b, Language lang) throws DocumentException {
        Report r = b.report();
        doc.add(heading(Messages.get(lang, "document.section.areas"), 15));
        Map<String, List<TargetEvaluation>> byArea = new LinkedHashMap<>();
        for (TargetEvaluation t : r.targets()) {
            byArea.computeIfAbsent(t.areaName() == null ? "" : t.areaName(), a -> new ArrayList<>()).add(t);
        }
        int n = 0;
        for (Map.Entry<String, List<TargetEvaluation>> a : byArea.entrySet()) {
            doc.add(heading(Messages.get(lang, "document.area-heading", ++n, area(a.getKey(), lang)), 12.5f));
            Image chart = Charts.pdf(Charts.status(area(a.getKey(), lang), ReportBundle.counts(a.getValue()), lang),
                    writer.getDirectContent(), CHART_WIDTH, 230f);
            chart.setAlignment(Image.MIDDLE);
            doc.add(chart);
            PdfPTable t = new PdfPTable(new float[] { 3f, 2.4f, 1.2f, 1.2f });
            t.setWidthPercentage(100);
            t.setSpacingBefore(6);
            t.setHeaderRows(1);
            t.addCell(head(Messages.get(lang, "sheet.column.indicatorName")));
            t.addCell(head(Messages.get(lang, "sheet.column.target")));
            t.addCell(head(Messages.get(lang, "sheet.column.observed")));
            t.addCell(head(Messages.get(lang, "sheet.column.statusLabel")));
            for (TargetEvaluation e : a.getValue()) {
                t.addCell(cell(name(e)));
                t.addCell(cell(Labels.target(lang, e)));
                t.addCell(number(e.observed() == null ? "—" : Labels.withUnit(e.observed(), e.unit())));
                t.addCell(status(e.status(), lang));
            }
            doc.add(t);
        }
    }

    private static PdfPCell status(TargetStatus s, Language lang) {
        Font f = bold(9);
        f.setColor(Charts.colour(s));
        PdfPCell c = new PdfPCell(new Phrase(Labels.status(lang, s), f));
        c.setPadding(4);
        return c;
    }

    private static String name(TargetEvaluation e) {
        return (e.indicatorName() == null ? e.indicatorCode() : e.indicatorName())
                + (e.observedJurisdiction() != null && !e.observedJurisdiction().equals(e.jurisdiction())
                        ? "（" + e.observedJurisdiction() + "）" : "");
    }

    private static void trends(Document doc, PdfWriter writer, ReportBundle.Bundle b, Language lang) throws DocumentException {
        doc.add(heading(Messages.get(lang, "document.section.trends"), 15));
        if (b.trends().isEmpty()) {
            doc.add(new Paragraph(Messages.get(lang, "document.none-lagging"), font(10.5f)));
            return;
        }
        int n = 0;
        for (Trend t : b.trends().values()) {
            Paragraph h = heading(Messages.get(lang, "document.trend-heading", ++n, name(t.target()), t.target().indicatorCode()), 11.5f);
            h.setKeepTogether(true);
            doc.add(h);
            Image chart = Charts.pdf(Charts.trend(t, lang), writer.getDirectContent(), CHART_WIDTH, 240f);
            chart.setAlignment(Image.MIDDLE);
            doc.add(chart);
            if (t.values().isEmpty()) {
                doc.add(new Paragraph(Messages.get(lang, "document.trend.no-values"), font(9.5f)));
            }
        }
    }

    private static void lagging(Document doc, Report r, Language lang) throws DocumentException {
        doc.add(heading(Messages.get(lang, "document.section.lagging"), 15));
        if (r.lagging().isEmpty()) {
            doc.add(new Paragraph(Messages.get(lang, "document.none-lagging"), font(10.5f)));
            return;
        }
        PdfPTable t = new PdfPTable(new float[] { 0.5f, 1.6f, 2.2f, 1.8f, 1.1f, 1.1f, 4f, 1f });
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : new String[] { "document.no", "sheet.column.areaName", "sheet.column.indicatorName", "sheet.column.target",
            "sheet.column.observed", "sheet.column.statusLabel", "sheet.column.explanation", "sheet.column.sourceRef" }) {
            t.addCell(head(Messages.get(lang, h)));
        }
        int n = 0;
        for (TargetEvaluation e : r.lagging()) {
            t.addCell(number(++n));
            t.addCell(cell(area(e.areaName(), lang)));
            t.addCell(cell(name(e)));
            t.addCell(cell(Labels.target(lang, e)));
            t.addCell(number(e.observed() == null ? "—" : Labels.withUnit(e.observed(), e.unit())));
            t.addCell(status(e.status(), lang));
            t.addCell(cell(e.explanation() == null ? "" : e.explanation().in(lang)));
            t.addCell(cell(e.sourceRef()));
        }
        doc.add(t);
    }

    private static void largeChanges(Document doc, Report r, Language lang) throws DocumentException {
        doc.add(heading(Messages.get(lang, "document.section.changes"), 15));
        if (r.changeThresholdPercent() == null) {
            doc.add(new Paragraph(Messages.get(lang, "document.changes.no-threshold"), font(10.5f)));
            return;
        }
        doc.add(new Paragraph(Messages.get(lang, "document.changes.threshold", Labels.plain(r.changeThresholdPercent()),
                r.largeChanges().size()), font(10.5f)));
        if (r.largeChanges().isEmpty()) {
            return;
        }
        PdfPTable t = new PdfPTable(new float[] { 2.4f, 1.2f, 1f, 1f, 1f, 1f, 1f });
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        for (String h : new String[] { "indicatorCode", "jurisdiction", "period", "value", "previousPeriod", "previousValue",
            "changePercent" }) {
            t.addCell(head(Messages.get(lang, "sheet.column." + h)));
        }
        for (LargeChange c : r.largeChanges()) {
            t.addCell(cell(c.indicatorCode()));
            t.addCell(cell(c.jurisdiction()));
            t.addCell(cell(c.period()));
            t.addCell(number(Labels.plain(c.value())));
            t.addCell(cell(c.previousPeriod()));
            t.addCell(number(Labels.plain(c.previousValue())));
            t.addCell(number(c.changePercent() == null ? "—" : Labels.plain(c.changePercent()) + "%"));
        }
        doc.add(t);
    }

    private static void sources(Document doc, ReportBundle.Bundle b, Language lang) throws DocumentException {
        Report r = b.report();
        doc.add(heading(Messages.get(lang, "document.section.sources"), 15));
        List<String> lines = List.of(
                Messages.get(lang, "document.sources.values", Messages.get(lang, r.includePending() ? "document.basis.pending"
                        : "document.basis.approved")),
                Messages.get(lang, "document.sources.catalogue", Labels.time(r.catalogueFetchedAt())),
                Messages.get(lang, "document.sources.as-of", b.dataAsOf() == null ? Messages.get(lang, "document.as-of.none")
                        : Labels.time(b.dataAsOf())),
                Messages.get(lang, "document.sources.refs", String.join("、", r.targets().stream().map(TargetEvaluation::sourceRef)
                        .filter(s -> s != null && !s.isBlank()).distinct().toList())));
        for (String l : lines) {
            Paragraph p = new Paragraph(l, font(10.5f));
            p.setLeading(17);
            doc.add(p);
        }
        if (!b.sources().isEmpty()) {
            PdfPTable t = new PdfPTable(new float[] { 3f, 1f, 1.6f, 1.6f });
            t.setWidthPercentage(100);
            t.setSpacingBefore(8);
            t.setHeaderRows(1);
            for (String h : new String[] { "sheet.column.department", "document.values", "sheet.column.reportedAt",
                "sheet.column.reviewedAt" }) {
                t.addCell(head(Messages.get(lang, h)));
            }
            for (ReportBundle.Source s : b.sources()) {
                t.addCell(cell(s.department() == null ? Messages.get(lang, "document.department.none") : s.department()));
                t.addCell(number(s.values()));
                t.addCell(cell(Labels.time(s.lastReported())));
                t.addCell(cell(Labels.time(s.lastReviewed())));
            }
            doc.add(t);
        }
    }

    /** The plan's title at the head and the page number at the foot of every page but the title page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String title;
        private final Language lang;

        Footer(String title, Language lang) {
            this.title = title;
            this.lang = lang;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page == 1) {
                return;
            }
            Rectangle box = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(Messages.get(lang, "document.page", page), font(9)), box.getWidth() / 2, 30, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(title, font(8.5f)),
                    document.leftMargin(), box.getHeight() - 40, 0);
        }
    }
}
