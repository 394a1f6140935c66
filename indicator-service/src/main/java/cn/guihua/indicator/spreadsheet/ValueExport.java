package cn.guihua.indicator.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.indicator.catalogue.TargetDefinition;
import cn.guihua.indicator.monitoring.MonitoringValue;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Messages;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.JurisdictionCodes;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The monitoring values a list selects, as an {@code .xlsx}: every matching row (not a page), a sheet per area (领域)
 * of the indicator's plan, numbers as numbers, the header frozen. Streamed: the rows are read from the database with a
 * cursor and written with POI's SXSSF, which keeps a window of rows in memory and the rest in a compressed temporary
 * file until the workbook is zipped straight into the answer, so an export of 100 000 rows holds about 200 of them.
 */
@ApplicationScoped
public class ValueExport {

    private static final int WINDOW = 200;
    private static final int FETCH = 1000;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final String[] COLUMNS = { "indicatorCode", "indicatorName", "unit", "jurisdiction", "period", "year", "sex",
        "residence", "ageGroup", "value", "numerator", "denominator", "status", "version", "current", "department", "comment",
        "reportedBy", "reportedAt", "reviewedBy", "reviewedAt", "reviewReason", "reason", "id" };
    private static final int[] WIDTHS = { 26, 28, 9, 12, 9, 7, 7, 7, 8, 12, 10, 10, 9, 6, 8, 18, 24, 18, 17, 18, 17, 20, 20, 38 };
    private static final int VALUE = 9;

    @Inject
    Catalogue catalogue;

    @Inject
    EntityManager em;

    @Inject
    SpreadsheetConfig config;

    /** The answer to a list asked for as {@code .xlsx}: {@code where} and {@code params} as the list's query has them. */
    public Response values(String where, Map<String, Object> params, String order, Language lang) {
        long count = MonitoringValue.count(where, params);
        if (count > config.maxExportRows()) {
            throw ProblemException.invalid("jurisdiction", "export.too-many-rows", count, config.maxExportRows());
        }
        Catalogue.Snapshot s = catalogue.require();
        SelectionQuery<Object[]> pairs = em.unwrap(Session.class).createSelectionQuery(
                "select distinct indicatorCode, jurisdiction from MonitoringValue where " + where, Object[].class);
        pairs.setProperties(params);
        List<Object[]> series = pairs.getResultList();
        Areas areas = new Areas(s, lang);
        StreamingOutput body = out -> write(where, params, order, lang, s, areas, series, out);
        String day = OffsetDateTime.now(CHINA).toLocalDate().toString();
        return Response.ok(body, Xlsx.XLSX)
                .header("Content-Disposition", "attachment; filename=\"monitoring-values-" + day + ".xlsx\"").build();
    }

    private void write(String where, Map<String, Object> params, String order, Language lang, Catalogue.Snapshot s,
            Areas areas, List<Object[]> series, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        wb.setCompressTempFiles(true);
        try {
            Xlsx.Styles st = new Xlsx.Styles(wb);
            Map<String, SXSSFSheet> sheets = new LinkedHashMap<>();
            Map<String, int[]> next = new HashMap<>();
            Set<String> taken = new HashSet<>();
            // the sheets in the catalogue's order of areas, each with the unit of its values in the header when it has one
            Map<String, Set<String>> unitsByArea = new LinkedHashMap<>();
            for (Object[] p : series) {
                IndicatorDefinition i = s.indicator((String) p[0]);
                unitsByArea.computeIfAbsent(areas.of((String) p[0], (String) p[1]), a -> new LinkedHashSet<>())
                        .add(i == null ? "" : String.valueOf(i.unit()));
            }
            if (unitsByArea.isEmpty()) {
                unitsByArea.put(Messages.get(lang, "sheet.no-area"), Set.of());
            }
            for (Map.Entry<String, Set<String>> a : unitsByArea.entrySet()) {
                SXSSFSheet sheet = wb.createSheet(Xlsx.sheetName(a.getKey(), taken));
                header(sheet, st, lang, a.getValue());
                sheets.put(a.getKey(), sheet);
                next.put(a.getKey(), new int[] { 2 });
            }
            QuarkusTransaction.requiringNew().timeout(600).run(() -> {
                Session session = em.unwrap(Session.class);
                SelectionQuery<MonitoringValue> q = session.createSelectionQuery("from MonitoringValue where " + where
                        + " order by " + order, MonitoringValue.class);
                q.setProperties(params);
                q.setFetchSize(FETCH);
                q.setHint("org.hibernate.fetchSize", FETCH);
                q.setReadOnly(true);
                int n = 0;
                try (var rows = q.stream()) {
                    for (var it = rows.iterator(); it.hasNext();) {
                        MonitoringValue v = it.next();
                        String area = areas.of(v.indicatorCode, v.jurisdiction);
                        SXSSFSheet sheet = sheets.get(area);
                        if (sheet == null) {
                            sheet = wb.createSheet(Xlsx.sheetName(area, taken));
                            header(sheet, st, lang, Set.of());
                            sheets.put(area, sheet);
                            next.put(area, new int[] { 2 });
                        }
                        row(sheet.createRow(next.get(area)[0]++), v, s.indicator(v.indicatorCode), st, lang);
                        if (++n % FETCH == 0) {
                            session.clear();
                        }
                    }
                }
            });
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Xlsx.close(wb);
        }
    }

    private static void header(SXSSFSheet sheet, Xlsx.Styles st, Language lang, Set<String> units) {
        Row labels = sheet.createRow(0);
        Row codes = sheet.createRow(1);
        for (int c = 0; c < COLUMNS.length; c++) {
            String label = Messages.get(lang, "sheet.column." + (COLUMNS[c].equals("status") ? "valueStatus" : COLUMNS[c]));
            if (c == VALUE) {
                label = units.size() == 1 ? Messages.get(lang, "sheet.column.value-in", units.iterator().next())
                        : Messages.get(lang, "sheet.column.value-see-unit");
            }
            Xlsx.text(labels, c, label, st.header);
            Xlsx.text(codes, c, COLUMNS[c], st.code);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        labels.setHeightInPoints(30);
        sheet.createFreezePane(1, 2);
    }

    private static void row(Row r, MonitoringValue v, IndicatorDefinition i, Xlsx.Styles st, Language lang) {
        Xlsx.text(r, 0, v.indicatorCode, null);
        Xlsx.text(r, 1, i == null ? null : i.name(), null);
        Xlsx.text(r, 2, v.unit, null);
        Xlsx.text(r, 3, v.jurisdiction, null);
        Xlsx.text(r, 4, v.period, null);
        r.createCell(5).setCellValue(v.year);
        Xlsx.text(r, 6, Messages.get(lang, "sheet.sex." + v.sex.name()), null);
        Xlsx.text(r, 7, Messages.get(lang, "sheet.residence." + v.residence.name()), null);
        Xlsx.text(r, 8, v.ageGroup, null);
        Xlsx.number(r, 9, v.value, null);
        Xlsx.number(r, 10, v.numerator, null);
        Xlsx.number(r, 11, v.denominator, null);
        Xlsx.text(r, 12, Messages.get(lang, "sheet.value-status." + v.status.name()), null);
        r.createCell(13).setCellValue(v.version);
        Xlsx.text(r, 14, Messages.get(lang, v.current ? "sheet.yes" : "sheet.no"), null);
        Xlsx.text(r, 15, v.department, null);
        Xlsx.text(r, 16, v.comment, null);
        Xlsx.text(r, 17, v.reportedBy, null);
        time(r, 18, v.reportedAt, st);
        Xlsx.text(r, 19, v.reviewedBy, null);
        time(r, 20, v.reviewedAt, st);
        Xlsx.text(r, 21, v.reviewReason, null);
        Xlsx.text(r, 22, v.reason, null);
        Xlsx.text(r, 23, v.id, null);
    }

    private static void time(Row r, int column, OffsetDateTime t, Xlsx.Styles st) {
        Cell c = r.createCell(column);
        if (t != null) {
            c.setCellValue(t.atZoneSameInstant(CHINA).toLocalDateTime());
            c.setCellStyle(st.dateTime);
        }
    }

    /**
     * The area (领域) a value's sheet is named after: the area of the indicator in a plan whose jurisdiction covers the
     * value's, else in any plan, else "other indicators".
     */
    static final class Areas {
        private final Map<String, List<TargetDefinition>> byIndicator = new HashMap<>();
        private final Map<String, String> known = new HashMap<>();
        private final String other;

        Areas(Catalogue.Snapshot s, Language lang) {
            for (TargetDefinition t : s.targets()) {
                if (t.indicatorCode() != null && t.areaName() != null && !t.areaName().isBlank()) {
                    byIndicator.computeIfAbsent(t.indicatorCode(), k -> new java.util.ArrayList<>()).add(t);
                }
            }
            byIndicator.values().forEach(l -> l.sort(java.util.Comparator.comparing(TargetDefinition::planCode,
                    java.util.Comparator.nullsLast(String::compareTo))));
            other = Messages.get(lang, "sheet.no-area");
        }

        String of(String indicator, String jurisdiction) {
            return known.computeIfAbsent(indicator + '|' + jurisdiction, k -> {
                List<TargetDefinition> ts = byIndicator.get(indicator);
                if (ts == null) {
                    return other;
                }
                return ts.stream().filter(t -> t.jurisdiction() != null && JurisdictionCodes.isValid(t.jurisdiction())
                        && JurisdictionCodes.within(jurisdiction, t.jurisdiction())).map(TargetDefinition::areaName)
                        .findFirst().orElse(ts.get(0).areaName());
            });
        }
    }
}
