package cn.guihua.indicator.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.indicator.catalogue.TargetDefinition;
import cn.guihua.indicator.directory.PlanDirectory;
import cn.guihua.indicator.monitoring.MonitoringValue;
import cn.guihua.indicator.monitoring.Period;
import cn.guihua.indicator.monitoring.ValueStatus;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Messages;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;

/**
 * The filling template (填报模板) of a plan or of an indicator set, for a jurisdiction and its streets and one period:
 * a sheet per area (领域) or per reporting unit, a row per indicator, unit and disaggregation the office is expected to
 * fill, the previous period's value beside it, drop-down lists for the coded cells, the cells the office must not change
 * locked, the instructions on a sheet of their own, and under the visible header a hidden row of field codes by which
 * {@code POST /api/v1/monitoring-values/bulk} reads the filled file back, whatever the columns were renamed to.
 */
@ApplicationScoped
public class Templates {

    /** Rows left open at the end of each sheet for disaggregations and indicators the office adds. */
    static final int SPARE_ROWS = 15;
    static final int TITLE_ROW = 0;
    static final int HELP_ROW = 1;
    static final int LABEL_ROW = 2;
    static final int CODE_ROW = 3;
    static final int FIRST_DATA_ROW = 4;
    static final String META_SHEET = "_guihua";

    public enum Layout {
        /** One sheet per area (领域) of the plan. */
        AREA,
        /** One sheet per reporting unit: the jurisdiction, then each street. */
        UNIT
    }

    /** What a template is asked for. */
    public record Request(String plan, List<String> indicators, String jurisdiction, List<String> streets,
            boolean withStreets, String period, Layout layout) {
    }

    /** A template made: its bytes and a file name. */
    public record Made(byte[] bytes, String fileName) {
    }

    private record Column(String code, String labelKey, int width, boolean input, boolean number) {
    }

    private record Unit(String code, String name) {
    }

    private record Line(String area, IndicatorDefinition indicator, Unit unit, String sex, String residence, String ageGroup) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("indicatorCode", "sheet.column.indicatorCode", 26, false, false),
            new Column("_indicatorName", "sheet.column.indicatorName", 30, false, false),
            new Column("unit", "sheet.column.unit", 9, false, false),
            new Column("jurisdiction", "sheet.column.jurisdiction", 14, false, false),
            new Column("_jurisdictionName", "sheet.column.jurisdictionName", 16, false, false),
            new Column("period", "sheet.column.period", 10, false, false),
            new Column("sex", "sheet.column.sex", 8, false, false),
            new Column("residence", "sheet.column.residence", 8, false, false),
            new Column("ageGroup", "sheet.column.ageGroup", 9, false, false),
            new Column("_previousValue", "sheet.column.previousValue", 14, false, true),
            new Column("value", "sheet.column.value", 12, true, true),
            new Column("numerator", "sheet.column.numerator", 10, true, true),
            new Column("denominator", "sheet.column.denominator", 10, true, true),
            new Column("department", "sheet.column.department", 18, true, false),
            new Column("comment", "sheet.column.comment", 28, true, false),
            new Column("_areaName", "sheet.column.areaName", 16, false, false));
    private static final int C_SEX = 6;
    private static final int C_RESIDENCE = 7;
    private static final int C_AGE = 8;
    private static final int C_PREVIOUS = 9;
    private static final int C_VALUE = 10;
    private static final int C_DENOMINATOR = 12;
    private static final int C_AREA = 15;

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    PlanDirectory directory;

    @Inject
    SpreadsheetConfig config;

    /** A comma-separated list of codes, blanks dropped; empty when null. At most 1000 codes. */
    public static List<String> list(String text, String field) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : text.split(",", 1002)) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
        if (codes.size() > 1000) {
            throw ProblemException.invalid(field, "template.list-too-long", 1000);
        }
        return codes;
    }

    public Made make(Request r, Language lang) {
        Catalogue.Snapshot s = catalogue.require();
        Period period = Period.parse(r.period());
        if (period == null) {
            throw ProblemException.invalid("period", Period.SHAPE_KEY);
        }
        // the indicators by area, in the plan's order
        Map<String, List<IndicatorDefinition>> areas = new LinkedHashMap<>();
        String title;
        String jurisdiction = r.jurisdiction();
        if (r.plan() != null) {
            List<TargetDefinition> targets = s.targetsOfPlan(r.plan());
            if (targets.isEmpty()) {
                throw ProblemException.notFound("thing.plan-with-targets", r.plan());
            }
            title = targets.get(0).planTitle() == null ? r.plan() : targets.get(0).planTitle();
            if (jurisdiction == null) {
                jurisdiction = targets.get(0).jurisdiction();
            }
            Set<String> placed = new HashSet<>();
            for (TargetDefinition t : targets) {
                IndicatorDefinition i = s.indicator(t.indicatorCode());
                if (i != null && placed.add(i.code())) {
                    String area = t.areaName() == null || t.areaName().isBlank() ? Messages.get(lang, "sheet.no-area") : t.areaName();
                    areas.computeIfAbsent(area, a -> new ArrayList<>()).add(i);
                }
            }
        } else {
            List<Violation> unknown = new ArrayList<>();
            List<IndicatorDefinition> set = new ArrayList<>();
            for (String code : new LinkedHashSet<>(r.indicators())) {
                IndicatorDefinition i = s.indicator(code);
                if (i == null) {
                    unknown.add(Violation.of("indicators", "monitoring.indicator.unknown", code, s.fetchedAt()));
                } else {
                    set.add(i);
                }
            }
            if (!unknown.isEmpty()) {
                throw ProblemException.invalid(unknown);
            }
            if (jurisdiction == null) {
                throw ProblemException.invalid("jurisdiction", "template.jurisdiction-required");
            }
            title = Messages.get(lang, "template.indicator-set");
            areas.put(Messages.get(lang, "template.indicator-set"), set);
        }
        if (!JurisdictionCodes.isValid(jurisdiction)) {
            throw ProblemException.invalid("jurisdiction", "monitoring.jurisdiction.code");
        }
        caller.requireJurisdiction(jurisdiction);
        List<String> codes = areas.values().stream().flatMap(List::stream).map(IndicatorDefinition::code).distinct().toList();
        List<Unit> units = units(jurisdiction, r, codes);
        Map<String, BigDecimal> previous = new HashMap<>();
        Map<String, Set<List<String>>> breakdowns = new HashMap<>();
        previousValues(codes, units, period.previous(), previous, breakdowns);

        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, List<IndicatorDefinition>> a : areas.entrySet()) {
            for (IndicatorDefinition i : a.getValue()) {
                for (Unit u : units) {
                    lines.add(new Line(a.getKey(), i, u, "TOTAL", "TOTAL", "TOTAL"));
                    for (List<String> d : breakdowns.getOrDefault(i.code() + '|' + u.code(), Set.of())) {
                        lines.add(new Line(a.getKey(), i, u, d.get(0), d.get(1), d.get(2)));
                    }
                }
            }
        }
        if (lines.size() > config.maxTemplateRows()) {
            throw ProblemException.invalid("streets", "template.too-many-rows", lines.size(), config.maxTemplateRows());
        }
        byte[] bytes = write(title, jurisdiction, period, r.layout(), areas.keySet(), units, codes, lines, previous, lang,
                r.plan());
        String name = (r.plan() != null ? r.plan() : jurisdiction) + "-template-" + period.text() + ".xlsx";
        return new Made(bytes, name);
    }

    /** The jurisdiction and the streets to report for: those asked for, else those plan-service lists and those with data. */
    private List<Unit> units(String jurisdiction, Request r, List<String> codes) {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(jurisdiction, directory.name(jurisdiction).orElse(jurisdiction)));
        if (!r.withStreets() || jurisdiction.length() > 6) {
            return units;
        }
        Map<String, String> names = new HashMap<>();
        directory.children(jurisdiction).forEach(p -> names.put(p.code(), p.name()));
        TreeSet<String> streets = new TreeSet<>();
        if (r.streets() != null && !r.streets().isEmpty()) {
            List<Violation> wrong = new ArrayList<>();
            for (String st : r.streets()) {
                if (st.length() != 9 || !JurisdictionCodes.isValid(st) || !JurisdictionCodes.within(st, jurisdiction)) {
                    wrong.add(Violation.of("streets", "template.street", st, jurisdiction));
                } else {
                    streets.add(st);
                }
            }
            if (!wrong.isEmpty()) {
                throw ProblemException.invalid(wrong);
            }
        } else {
            names.keySet().stream().filter(c -> c.length() == 9).forEach(streets::add);
            if (!codes.isEmpty()) {
                List<String> withData = MonitoringValue.getEntityManager().createQuery("select distinct v.jurisdiction from "
                        + "MonitoringValue v where v.current = true and length(v.jurisdiction) = 9 and v.jurisdiction like :p "
                        + "and v.indicatorCode in :codes", String.class)
                        .setParameter("p", JurisdictionCodes.prefix(jurisdiction) + "%").setParameter("codes", codes)
                        .setMaxResults(1000).getResultList();
                streets.addAll(withData);
            }
        }
        for (String st : streets) {
            units.add(new Unit(st, names.getOrDefault(st, st)));
        }
        return units;
    }

    /**
     * The previous period's current values (approved or pending) of every series of these indicators and units, and the
     * disaggregations each indicator and unit had then, which the template offers again.
     */
    private static void previousValues(List<String> codes, List<Unit> units, Period previous, Map<String, BigDecimal> values,
            Map<String, Set<List<String>>> breakdowns) {
        if (codes.isEmpty()) {
            return;
        }
        List<String> unitCodes = units.stream().map(Unit::code).toList();
        List<MonitoringValue> rows = MonitoringValue.list("current = true and period = ?1 and indicatorCode in ?2 "
                + "and jurisdiction in ?3 and status in ?4", previous.text(), codes, unitCodes,
                List.of(ValueStatus.APPROVED, ValueStatus.PENDING));
        for (MonitoringValue v : rows) {
            values.put(key(v.indicatorCode, v.jurisdiction, v.sex.name(), v.residence.name(), v.ageGroup), v.value);
            if (!(v.sex.name().equals("TOTAL") && v.residence.name().equals("TOTAL") && "TOTAL".equals(v.ageGroup))) {
                breakdowns.computeIfAbsent(v.indicatorCode + '|' + v.jurisdiction, k -> new java.util.TreeSet<>(
                        java.util.Comparator.comparing((List<String> l) -> String.join("|", l))))
                        .add(List.of(v.sex.name(), v.residence.name(), v.ageGroup));
            }
        }
    }

    private static String key(String indicator, String jurisdiction, String sex, String residence, String age) {
        return indicator + '|' + jurisdiction + '|' + sex + '|' + residence + '|' + age;
    }

    private byte[] write(String title, String jurisdiction, Period period, Layout layout, Set<String> areaNames,
            List<Unit> units, List<String> codes, List<Line> lines, Map<String, BigDecimal> previous, Language lang,
            String plan) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Xlsx.Styles st = new Xlsx.Styles(wb);
            Set<String> taken = new HashSet<>();
            taken.add(META_SHEET.toLowerCase());
            instructions(wb, st, taken, title, period, lang);
            XSSFSheet meta = meta(wb, codes, units, lang, plan, jurisdiction, period, layout);
            Map<String, List<Line>> sheets = new LinkedHashMap<>();
            if (layout == Layout.UNIT) {
                for (Unit u : units) {
                    sheets.put(u.name().equals(u.code()) ? u.code() : u.name(), new ArrayList<>());
                }
                for (Line l : lines) {
                    sheets.get(l.unit().name().equals(l.unit().code()) ? l.unit().code() : l.unit().name()).add(l);
                }
            } else {
                for (String a : areaNames) {
                    sheets.put(a, new ArrayList<>());
                }
                for (Line l : lines) {
                    sheets.get(l.area()).add(l);
                }
            }
            for (Map.Entry<String, List<Line>> e : sheets.entrySet()) {
                dataSheet(wb, st, Xlsx.sheetName(e.getKey(), taken), e.getValue(), title, period, layout, previous, lang, units);
            }
            wb.setSheetOrder(META_SHEET, wb.getNumberOfSheets() - 1);
            wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(1);
            wb.setFirstVisibleTab(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void instructions(XSSFWorkbook wb, Xlsx.Styles st, Set<String> taken, String title, Period period,
            Language lang) {
        XSSFSheet sheet = wb.createSheet(Xlsx.sheetName(Messages.get(lang, "template.instructions.sheet"), taken));
        sheet.setColumnWidth(0, 110 * 256);
        Row r = sheet.createRow(0);
        Xlsx.text(r, 0, Messages.get(lang, "template.title", title, period.text()), st.title);
        for (int i = 1; i <= 9; i++) {
            Row line = sheet.createRow(i + 1);
            Xlsx.text(line, 0, Messages.get(lang, "template.instructions." + i, period.text(), period.previous().text()), st.note);
        }
        sheet.protectSheet("");
    }

    /** The lists the drop-downs use and what the template was made for, on a sheet nobody sees. */
    private static XSSFSheet meta(XSSFWorkbook wb, List<String> codes, List<Unit> units, Language lang, String plan,
            String jurisdiction, Period period, Layout layout) {
        XSSFSheet meta = wb.createSheet(META_SHEET);
        String[][] lists = { codes.toArray(String[]::new), units.stream().map(Unit::code).toArray(String[]::new),
            { word(lang, "sex", "TOTAL"), word(lang, "sex", "FEMALE"), word(lang, "sex", "MALE") },
            { word(lang, "residence", "TOTAL"), word(lang, "residence", "URBAN"), word(lang, "residence", "RURAL") } };
        String[] names = { "guihua_indicators", "guihua_units", "guihua_sex", "guihua_residence" };
        int longest = 0;
        for (String[] l : lists) {
            longest = Math.max(longest, l.length);
        }
        for (int i = 0; i < Math.max(longest, 6); i++) {
            meta.createRow(i);
        }
        for (int c = 0; c < lists.length; c++) {
            for (int i = 0; i < lists[c].length; i++) {
                meta.getRow(i).createCell(c).setCellValue(lists[c][i]);
            }
            Name n = wb.createName();
            n.setNameName(names[c]);
            String col = CellReference.convertNumToColString(c);
            n.setRefersToFormula(META_SHEET + "!$" + col + "$1:$" + col + "$" + Math.max(1, lists[c].length));
        }
        String[][] about = { { "template", "guihua-monitoring-template/1" }, { "plan", plan == null ? "" : plan },
            { "jurisdiction", jurisdiction }, { "period", period.text() }, { "layout", layout.name() },
            { "generatedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).toString() } };
        for (int i = 0; i < about.length; i++) {
            meta.getRow(i).createCell(5).setCellValue(about[i][0]);
            meta.getRow(i).createCell(6).setCellValue(about[i][1]);
        }
        return meta;
    }

    private static String word(Language lang, String field, String code) {
        return Messages.get(lang, "sheet." + field + "." + code);
    }

    private void dataSheet(XSSFWorkbook wb, Xlsx.Styles st, String name, List<Line> lines, String title, Period period,
            Layout layout, Map<String, BigDecimal> previous, Language lang, List<Unit> units) {
        XSSFSheet sheet = wb.createSheet(name);
        List<Column> columns = layout == Layout.UNIT ? COLUMNS : COLUMNS.subList(0, C_AREA);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        Row t = sheet.createRow(TITLE_ROW);
        Xlsx.text(t, 0, Messages.get(lang, "template.title", title, period.text()) + " · " + name, st.title);
        Row help = sheet.createRow(HELP_ROW);
        Xlsx.text(help, 0, Messages.get(lang, "template.help"), st.note);
        sheet.addMergedRegion(new CellRangeAddress(HELP_ROW, HELP_ROW, 0, columns.size() - 1));
        help.setHeightInPoints(30);
        Row labels = sheet.createRow(LABEL_ROW);
        Row codes = sheet.createRow(CODE_ROW);
        labels.setHeightInPoints(30);
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            String label = c == C_PREVIOUS ? Messages.get(lang, col.labelKey(), period.previous().text())
                    : Messages.get(lang, col.labelKey());
            Xlsx.text(labels, c, label, st.header);
            Xlsx.text(codes, c, col.code(), st.code);
        }
        codes.setZeroHeight(true);
        int r = FIRST_DATA_ROW;
        CellStyle locked = st.locked;
        for (Line l : lines) {
            Row row = sheet.createRow(r++);
            Xlsx.text(row, 0, l.indicator().code(), locked);
            Xlsx.text(row, 1, l.indicator().name(), locked);
            Xlsx.text(row, 2, l.indicator().unit(), locked);
            Xlsx.text(row, 3, l.unit().code(), locked);
            Xlsx.text(row, 4, l.unit().name(), locked);
            Xlsx.text(row, 5, period.text(), locked);
            Xlsx.text(row, C_SEX, word(lang, "sex", l.sex()), locked);
            Xlsx.text(row, C_RESIDENCE, word(lang, "residence", l.residence()), locked);
            Xlsx.text(row, C_AGE, l.ageGroup(), locked);
            Xlsx.number(row, C_PREVIOUS, previous.get(key(l.indicator().code(), l.unit().code(), l.sex(), l.residence(),
                    l.ageGroup())), st.lockedNumber);
            for (int c = C_VALUE; c <= C_DENOMINATOR; c++) {
                Xlsx.number(row, c, null, st.input);
            }
            Xlsx.text(row, 13, null, st.inputText);
            Xlsx.text(row, 14, null, st.inputText);
            if (layout == Layout.UNIT) {
                Xlsx.text(row, C_AREA, l.area(), locked);
            }
        }
        int firstSpare = r;
        for (int i = 0; i < SPARE_ROWS; i++) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                boolean readOnly = c == 1 || c == 4 || c == C_PREVIOUS || c == C_AREA;
                if (readOnly) {
                    Xlsx.text(row, c, null, locked);
                } else if (c >= C_VALUE && c <= C_DENOMINATOR) {
                    Xlsx.number(row, c, null, st.input);
                } else {
                    Xlsx.text(row, c, c == 5 ? period.text() : c == C_AGE ? "TOTAL" : null, st.inputText);
                }
            }
            if (layout == Layout.UNIT && !lines.isEmpty()) {
                row.getCell(3).setCellValue(lines.get(0).unit().code());
            }
        }
        int last = r - 1;
        validations(sheet, lang, FIRST_DATA_ROW, firstSpare, last);
        sheet.createFreezePane(2, FIRST_DATA_ROW);
        sheet.protectSheet("");
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private static void validations(XSSFSheet sheet, Language lang, int first, int firstSpare, int last) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        list(sheet, h, "guihua_sex", new CellRangeAddressList(first, last, C_SEX, C_SEX), lang);
        list(sheet, h, "guihua_residence", new CellRangeAddressList(first, last, C_RESIDENCE, C_RESIDENCE), lang);
        if (firstSpare <= last) {
            list(sheet, h, "guihua_indicators", new CellRangeAddressList(firstSpare, last, 0, 0), lang);
            list(sheet, h, "guihua_units", new CellRangeAddressList(firstSpare, last, 3, 3), lang);
        }
        DataValidationConstraint positive = h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                "0", null);
        DataValidation numbers = h.createValidation(positive, new CellRangeAddressList(first, last, C_VALUE, C_DENOMINATOR));
        numbers.setShowErrorBox(true);
        numbers.setErrorStyle(DataValidation.ErrorStyle.STOP);
        numbers.createErrorBox(Messages.get(lang, "template.number.title"), Messages.get(lang, "template.number.text"));
        sheet.addValidationData(numbers);
        DataValidation age = h.createValidation(h.createCustomConstraint("TRUE"),
                new CellRangeAddressList(first, last, C_AGE, C_AGE));
        age.setShowPromptBox(true);
        age.createPromptBox(Messages.get(lang, "template.age.title"), Messages.get(lang, "template.age.text"));
        sheet.addValidationData(age);
    }

    private static void list(XSSFSheet sheet, DataValidationHelper h, String name, CellRangeAddressList where, Language lang) {
        DataValidation v = h.createValidation(h.createFormulaListConstraint(name), where);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setSuppressDropDownArrow(true);
        v.createErrorBox(Messages.get(lang, "template.list.title"), Messages.get(lang, "template.list.text"));
        sheet.addValidationData(v);
    }
}
