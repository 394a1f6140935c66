package cn.guihua.indicator.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.guihua.indicator.document.Labels;
import cn.guihua.indicator.evaluation.LargeChange;
import cn.guihua.indicator.evaluation.PlanEvaluation;
import cn.guihua.indicator.evaluation.Report;
import cn.guihua.indicator.evaluation.TargetEvaluation;
import cn.guihua.indicator.evaluation.TargetStatus;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Messages;

/**
 * An evaluation, or an annual, mid-term or final report, as an {@code .xlsx}: a summary sheet (counts by status and by
 * area), a sheet per area with its targets, and for a report the lagging indicators and the large changes. Numbers are
 * numbers; each sheet's two header rows (labels, field codes) are frozen.
 */
public final class ReportWorkbooks {

    private static final String[] TARGET_COLUMNS = { "goalSequence", "indicatorCode", "indicatorName", "jurisdiction", "comparator",
        "target", "targetValue", "targetValueHigh", "direction", "unit", "targetYear", "nature", "observed",
        "observedJurisdiction", "reference", "requiredLevel", "statusLabel", "status", "explanation", "sourceRef", "targetId" };
    private static final int[] TARGET_WIDTHS = { 6, 26, 28, 11, 14, 22, 10, 10, 10, 9, 8, 10, 10, 11, 10, 10, 10, 13, 60, 12, 8 };
    private static final Set<String> NUMBERS = Set.of("goalSequence", "targetValue", "targetValueHigh", "targetYear", "observed",
            "reference", "requiredLevel", "targetId");

    private ReportWorkbooks() {
    }

    public static byte[] evaluation(PlanEvaluation e, Language lang) {
        Map<String, Map<TargetStatus, Integer>> byArea = byArea(e.targets());
        return write(lang, wb -> {
            Xlsx.Styles st = new Xlsx.Styles(wb);
            Set<String> taken = new HashSet<>();
            Sheet summary = wb.createSheet(Xlsx.sheetName(Messages.get(lang, "sheet.summary"), taken));
            int r = facts(summary, st, lang, new Object[][] { { "planCode", e.planCode() }, { "planTitle", e.planTitle() },
                { "year", e.year() }, { "includePending", yesNo(lang, e.includePending()) },
                { "catalogueFetchedAt", Labels.time(e.catalogueFetchedAt()) } });
            r = counts(summary, st, lang, r + 1, e.counts());
            areaCounts(summary, st, lang, r + 1, byArea);
            targetSheets(wb, st, lang, taken, e.targets());
        });
    }

    public static byte[] report(Report rep, Language lang) {
        Map<String, Map<TargetStatus, Integer>> byArea = new LinkedHashMap<>();
        for (Report.AreaCounts a : rep.areas()) {
            byArea.put(a.areaName(), a.counts());
        }
        return write(lang, wb -> {
            Xlsx.Styles st = new Xlsx.Styles(wb);
            Set<String> taken = new HashSet<>();
            Sheet summary = wb.createSheet(Xlsx.sheetName(Messages.get(lang, "sheet.summary"), taken));
            int r = facts(summary, st, lang, new Object[][] { { "planCode", rep.planCode() }, { "planTitle", rep.planTitle() },
                { "kind", Labels.kind(lang, rep.kind()) }, { "year", rep.year() },
                { "includePending", yesNo(lang, rep.includePending()) }, { "generatedAt", Labels.time(rep.generatedAt()) },
                { "catalogueFetchedAt", Labels.time(rep.catalogueFetchedAt()) },
                { "changeThresholdPercent", rep.changeThresholdPercent() } });
            r = counts(summary, st, lang, r + 1, rep.counts());
            areaCounts(summary, st, lang, r + 1, byArea);
            targetSheets(wb, st, lang, taken, rep.targets());
            Sheet lagging = wb.createSheet(Xlsx.sheetName(Messages.get(lang, "sheet.lagging"), taken));
            targets(lagging, st, lang, rep.lagging());
            Sheet changes = wb.createSheet(Xlsx.sheetName(Messages.get(lang, "sheet.large-changes"), taken));
            largeChanges(changes, st, lang, rep.largeChanges());
        });
    }

    private interface Content {
        void fill(SXSSFWorkbook wb);
    }

    private static byte[] write(Language lang, Content content) {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Xlsx.close(wb);
        }
    }

    private static Map<String, Map<TargetStatus, Integer>> byArea(List<TargetEvaluation> targets) {
        Map<String, Map<TargetStatus, Integer>> byArea = new LinkedHashMap<>();
        for (TargetEvaluation t : targets) {
            byArea.computeIfAbsent(area(t), a -> zero()).merge(t.status(), 1, Integer::sum);
        }
        return byArea;
    }

    private static Map<TargetStatus, Integer> zero() {
        Map<TargetStatus, Integer> m = new EnumMap<>(TargetStatus.class);
        for (TargetStatus s : TargetStatus.values()) {
            m.put(s, 0);
        }
        return m;
    }

    private static String area(TargetEvaluation t) {
        return t.areaName() == null ? "" : t.areaName();
    }

    private static String yesNo(Language lang, boolean b) {
        return Messages.get(lang, b ? "sheet.yes" : "sheet.no");
    }

    /** Label and value pairs, from the top; the next free row. */
    private static int facts(Sheet s, Xlsx.Styles st, Language lang, Object[][] facts) {
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 40 * 256);
        for (int c = 2; c < 2 + TargetStatus.values().length; c++) {
            s.setColumnWidth(c, 12 * 256);
        }
        int r = 0;
        for (Object[] f : facts) {
            Row row = s.createRow(r++);
            Xlsx.text(row, 0, Messages.get(lang, "sheet.column." + f[0]), st.header);
            if (f[1] instanceof Number n && !(f[1] instanceof BigDecimal)) {
                row.createCell(1).setCellValue(n.doubleValue());
            } else if (f[1] instanceof BigDecimal d) {
                Xlsx.number(row, 1, d, null);
            } else {
                Xlsx.text(row, 1, f[1], null);
            }
        }
        return r;
    }

    private static int counts(Sheet s, Xlsx.Styles st, Language lang, int r, Map<TargetStatus, Integer> counts) {
        Row h = s.createRow(r++);
        Xlsx.text(h, 0, Messages.get(lang, "sheet.column.statusLabel"), st.header);
        Xlsx.text(h, 1, Messages.get(lang, "sheet.column.count"), st.header);
        Xlsx.text(h, 2, Messages.get(lang, "sheet.column.status"), st.header);
        int total = 0;
        for (TargetStatus status : TargetStatus.values()) {
            Row row = s.createRow(r++);
            int n = counts.getOrDefault(status, 0);
            total += n;
            Xlsx.text(row, 0, Labels.status(lang, status), null);
            row.createCell(1).setCellValue(n);
            Xlsx.text(row, 2, status.name(), st.code);
        }
        Row row = s.createRow(r++);
        Xlsx.text(row, 0, Messages.get(lang, "sheet.total"), st.header);
        row.createCell(1).setCellValue(total);
        return r;
    }

    private static void areaCounts(Sheet s, Xlsx.Styles st, Language lang, int r, Map<String, Map<TargetStatus, Integer>> byArea) {
        Row h = s.createRow(r++);
        Xlsx.text(h, 0, Messages.get(lang, "sheet.column.areaName"), st.header);
        TargetStatus[] all = TargetStatus.values();
        for (int i = 0; i < all.length; i++) {
            Xlsx.text(h, i + 1, Labels.status(lang, all[i]), st.header);
        }
        Xlsx.text(h, all.length + 1, Messages.get(lang, "sheet.total"), st.header);
        for (Map.Entry<String, Map<TargetStatus, Integer>> a : byArea.entrySet()) {
            Row row = s.createRow(r++);
            Xlsx.text(row, 0, a.getKey().isEmpty() ? Messages.get(lang, "sheet.no-area") : a.getKey(), null);
            int total = 0;
            for (int i = 0; i < all.length; i++) {
                int n = a.getValue().getOrDefault(all[i], 0);
                total += n;
                row.createCell(i + 1).setCellValue(n);
            }
            row.createCell(all.length + 1).setCellValue(total);
        }
    }

    private static void targetSheets(SXSSFWorkbook wb, Xlsx.Styles st, Language lang, Set<String> taken, List<TargetEvaluation> all) {
        Map<String, List<TargetEvaluation>> byArea = new LinkedHashMap<>();
        for (TargetEvaluation t : all) {
            byArea.computeIfAbsent(area(t), a -> new ArrayList<>()).add(t);
        }
        for (Map.Entry<String, List<TargetEvaluation>> a : byArea.entrySet()) {
            Sheet sheet = wb.createSheet(Xlsx.sheetName(a.getKey().isEmpty() ? Messages.get(lang, "sheet.no-area") : a.getKey(), taken));
            targets(sheet, st, lang, a.getValue());
        }
    }

    private static void targets(Sheet sheet, Xlsx.Styles st, Language lang, List<TargetEvaluation> targets) {
        header(sheet, st, lang, TARGET_COLUMNS, TARGET_WIDTHS);
        int r = 2;
        for (TargetEvaluation t : targets) {
            Row row = sheet.createRow(r++);
            Object[] cells = { t.goalSequence(), t.indicatorCode(), t.indicatorName(), t.jurisdiction(), t.comparator(),
                Labels.target(lang, t), t.targetValue(), t.targetValueHigh(), t.direction(), t.unit(), t.targetYear(), t.nature(),
                t.observed(), t.observedJurisdiction(), t.reference(), t.requiredLevel(), Labels.status(lang, t.status()),
                t.status(), t.explanation() == null ? null : t.explanation().in(lang), t.sourceRef(), t.targetId() };
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (NUMBERS.contains(TARGET_COLUMNS[c])) {
                    Xlsx.number(row, c, v == null ? null : v instanceof BigDecimal d ? d : new BigDecimal(v.toString()), null);
                } else {
                    Xlsx.text(row, c, v, c == 18 ? st.note : null);
                }
            }
        }
    }

    private static void largeChanges(Sheet sheet, Xlsx.Styles st, Language lang, List<LargeChange> changes) {
        String[] cols = { "indicatorCode", "jurisdiction", "period", "value", "previousPeriod", "previousValue", "changePercent" };
        header(sheet, st, lang, cols, new int[] { 26, 12, 9, 12, 12, 12, 12 });
        int r = 2;
        for (LargeChange c : changes) {
            Row row = sheet.createRow(r++);
            Xlsx.text(row, 0, c.indicatorCode(), null);
            Xlsx.text(row, 1, c.jurisdiction(), null);
            Xlsx.text(row, 2, c.period(), null);
            Xlsx.number(row, 3, c.value(), null);
            Xlsx.text(row, 4, c.previousPeriod(), null);
            Xlsx.number(row, 5, c.previousValue(), null);
            Xlsx.number(row, 6, c.changePercent(), null);
        }
    }

    private static void header(Sheet sheet, Xlsx.Styles st, Language lang, String[] columns, int[] widths) {
        Row labels = sheet.createRow(0);
        Row codes = sheet.createRow(1);
        for (int c = 0; c < columns.length; c++) {
            Xlsx.text(labels, c, Messages.get(lang, "sheet.column." + columns[c]), st.header);
            Xlsx.text(codes, c, columns[c], st.code);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        labels.setHeightInPoints(30);
        sheet.createFreezePane(2, 2);
    }
}
