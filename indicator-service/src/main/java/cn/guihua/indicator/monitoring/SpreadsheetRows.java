package cn.guihua.indicator.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import cn.guihua.indicator.spreadsheet.WorkbookReader;
import cn.guihua.indicator.spreadsheet.WorkbookReader.Cell;
import cn.guihua.indicator.spreadsheet.Xlsx;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;

/**
 * The rows of a bulk submission sent as a workbook ({@code .xlsx}, {@code .xls}), beside the JSON and CSV readers:
 * every sheet whose first 30 rows hold a header is read; others (the instructions of a template) are passed over.
 * <p>
 * The header is found two ways. A template of the service has a hidden row of field codes ({@code indicatorCode},
 * {@code value}, ...; a code starting with {@code _} marks a column for reading only, such as the previous period's
 * value) under its visible labels, so renaming a visible column changes nothing. A sheet of the office's own has a row
 * of labels named as a CSV's header is (指标代码, 行政区划代码, 期间, 数值, ...), with the same rule: a column that is
 * not a known field, or a field twice, refuses the file, naming the cell.
 * <p>
 * A row without a value, numerator and denominator has nothing to submit and is passed over (a template's rows left
 * empty). Every violation of a row names its cell ({@code '儿童与健康'!K7}) as its field, and its message names the
 * sheet, the row and the column; a cell holding an error value ({@code #DIV/0!}) is refused; a formula counts by the
 * value Excel last computed for it.
 */
final class SpreadsheetRows implements WorkbookReader.Rows {

    /** How far down a sheet its header may be. */
    private static final int HEADER_WITHIN = 30;
    /** Labels of a template's reading-only columns, and their like in an office's sheet: not a field, not an error. */
    private static final Set<String> INFORMATIONAL = Set.of("指标名称", "indicatorname", "行政区划名称", "区划名称", "jurisdictionname",
            "领域", "areaname", "序号", "no.", "上期值", "上期数值", "previousvalue");
    private static final int VALUE = 6;
    private static final int NUMERATOR = 7;
    private static final int DENOMINATOR = 8;
    private static final int PERIOD = 2;

    private enum State {
        SEEKING, LABEL_SEEN, DATA, SKIP
    }

    private final int maxRows;
    private final Consumer<BulkReader.Row> out;
    private String sheet;
    private State state;
    private int rowsSeen;
    /** The field of each column (index in Candidate.FIELDS), -1 for a column read only, absent for no column. */
    private Map<Integer, Integer> fieldsByColumn;
    private Map<Integer, String> labels;
    private int[] columnOfField;
    private Map<Integer, Integer> pendingFields;
    private Map<Integer, String> pendingLabels;
    private List<Violation> pendingProblems;
    private int number;
    private boolean anyHeader;
    /** The row above, whose texts are a template's visible labels when a row of codes follows. */
    private Map<Integer, String> previousTexts;

    private SpreadsheetRows(int maxRows, Consumer<BulkReader.Row> out) {
        this.maxRows = maxRows;
        this.out = out;
    }

    static void read(byte[] body, WorkbookReader.Limits limits, int maxRows, Consumer<BulkReader.Row> out) {
        SpreadsheetRows rows = new SpreadsheetRows(maxRows, out);
        WorkbookReader.read(body, limits, rows);
        rows.endOfSheet();
        if (!rows.anyHeader) {
            throw ProblemException.invalid("body", "spreadsheet.no-header");
        }
    }

    /** Whether a violation names a cell or a row of a sheet already. */
    static boolean located(Violation v) {
        return v.field() != null && v.field().startsWith("'");
    }

    @Override
    public void sheet(String name) {
        endOfSheet();
        sheet = name;
        state = name.startsWith("_guihua") ? State.SKIP : State.SEEKING;
        rowsSeen = 0;
        fieldsByColumn = null;
        labels = null;
        pendingProblems = null;
        previousTexts = null;
    }

    private static Map<Integer, String> texts(List<Cell> cells) {
        Map<Integer, String> texts = new HashMap<>();
        for (Cell c : cells) {
            if (c.text() != null && !c.text().isBlank()) {
                texts.put(c.column(), c.text().strip());
            }
        }
        return texts;
    }

    private void endOfSheet() {
        if (state == State.LABEL_SEEN) {
            adoptLabels();
        }
        state = State.SKIP;
    }

    @Override
    public void row(int rowIndex, List<Cell> cells) {
        switch (state) {
            case SKIP -> {
            }
            case SEEKING -> {
                if (++rowsSeen > HEADER_WITHIN) {
                    state = State.SKIP;
                } else if (!codeRow(cells, previousTexts)) {
                    labelRow(rowIndex, cells);
                }
                previousTexts = texts(cells);
            }
            case LABEL_SEEN -> {
                if (!codeRow(cells, pendingLabels)) {
                    adoptLabels();
                    data(rowIndex, cells);
                }
            }
            case DATA -> data(rowIndex, cells);
        }
    }

    /** A template's row of field codes; true when it is one (and it becomes the header). */
    private boolean codeRow(List<Cell> cells, Map<Integer, String> visible) {
        Map<Integer, Integer> fields = new HashMap<>();
        for (Cell c : cells) {
            String t = c.text() == null ? "" : c.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (c.kind() != WorkbookReader.Kind.TEXT) {
                return false;
            }
            if (t.startsWith("_")) {
                fields.put(c.column(), -1);
                continue;
            }
            int index = Arrays.asList(Candidate.FIELDS).indexOf(t);
            if (index < 0 || fields.containsValue(index)) {
                return false;
            }
            fields.put(c.column(), index);
        }
        if (!fields.containsValue(0) || !fields.containsValue(VALUE)) {
            return false;
        }
        Map<Integer, String> names = new HashMap<>();
        fields.forEach((col, f) -> names.put(col, visible != null && visible.get(col) != null ? visible.get(col)
                : f >= 0 ? Candidate.FIELDS[f] : ""));
        header(fields, names);
        return true;
    }

    /** A row of labels as a CSV's header; kept until the next row shows whether a row of codes follows it. */
    private void labelRow(int rowIndex, List<Cell> cells) {
        Map<Integer, Integer> fields = new HashMap<>();
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, Integer> firstColumn = new HashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (Cell c : cells) {
            String t = c.text() == null ? "" : c.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            names.put(c.column(), t);
            Integer index = BulkReader.fieldOf(t);
            if (index == null) {
                if (informational(t)) {
                    fields.put(c.column(), -1);
                } else {
                    problems.add(new Violation(Xlsx.cell(sheet, rowIndex, c.column()), Text.of("spreadsheet.unknown-column",
                            Xlsx.cell(sheet, rowIndex, c.column()), sheet, rowIndex + 1, Xlsx.column(c.column()), t)));
                }
                continue;
            }
            Integer first = firstColumn.putIfAbsent(index, c.column());
            if (first != null) {
                problems.add(new Violation(Xlsx.cell(sheet, rowIndex, c.column()), Text.of("spreadsheet.duplicate-column",
                        Xlsx.cell(sheet, rowIndex, c.column()), sheet, rowIndex + 1, Xlsx.column(c.column()), t,
                        Xlsx.column(first), Candidate.FIELDS[index])));
                continue;
            }
            fields.put(c.column(), index);
        }
        boolean required = Arrays.stream(new int[] { 0, 1, 2, VALUE }).allMatch(firstColumn::containsKey);
        if (!required) {
            return;
        }
        pendingFields = fields;
        pendingLabels = names;
        pendingProblems = problems;
        state = State.LABEL_SEEN;
    }

    private static boolean informational(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return INFORMATIONAL.contains(l) || l.startsWith("上期") || l.startsWith("previous");
    }

    private void adoptLabels() {
        if (!pendingProblems.isEmpty()) {
            throw ProblemException.invalid(pendingProblems);
        }
        header(pendingFields, pendingLabels);
    }

    private void header(Map<Integer, Integer> fields, Map<Integer, String> names) {
        fieldsByColumn = fields;
        labels = names;
        columnOfField = new int[Candidate.FIELDS.length];
        Arrays.fill(columnOfField, -1);
        fields.forEach((col, f) -> {
            if (f >= 0) {
                columnOfField[f] = col;
            }
        });
        state = State.DATA;
        anyHeader = true;
    }

    private void data(int rowIndex, List<Cell> cells) {
        String[] fields = new String[Candidate.FIELDS.length];
        List<Violation> shape = new ArrayList<>(0);
        String at = sheet;
        for (Cell c : cells) {
            Integer f = fieldsByColumn.get(c.column());
            if (f == null || f < 0) {
                continue;
            }
            switch (c.kind()) {
                case ERROR -> shape.add(new Violation(Xlsx.cell(at, rowIndex, c.column()), Text.of("spreadsheet.at-cell",
                        Xlsx.cell(at, rowIndex, c.column()), at, rowIndex + 1, Xlsx.column(c.column()), labels.get(c.column()),
                        Text.of("spreadsheet.error-value", c.text()))));
                // a period typed as 2023-05 into a cell that is not text becomes a date in Excel: May 2023
                case DATE -> fields[f] = f == PERIOD ? c.text().substring(0, Math.min(7, c.text().length())) : c.text();
                default -> fields[f] = c.text();
            }
        }
        if (blank(fields[VALUE]) && blank(fields[NUMERATOR]) && blank(fields[DENOMINATOR]) && shape.isEmpty()) {
            return;
        }
        BulkReader.limit(++number, maxRows);
        int[] columns = columnOfField.clone();
        Map<Integer, String> names = labels;
        out.accept(new BulkReader.Row(number, Candidate.of(fields), shape, v -> locate(v, at, rowIndex, columns, names)));
    }

    private static Violation locate(Violation v, String sheet, int rowIndex, int[] columns, Map<Integer, String> labels) {
        if (located(v)) {
            return v;
        }
        int field = v.field() == null ? -1 : Arrays.asList(Candidate.FIELDS).indexOf(v.field());
        int column = field < 0 ? -1 : columns[field];
        if (column < 0) {
            return new Violation(Xlsx.row(sheet, rowIndex), Text.of("spreadsheet.at-row", Xlsx.row(sheet, rowIndex), sheet,
                    rowIndex + 1, field < 0 ? "-" : Candidate.FIELDS[field], v.message()));
        }
        String cell = Xlsx.cell(sheet, rowIndex, column);
        return new Violation(cell, Text.of("spreadsheet.at-cell", cell, sheet, rowIndex + 1, Xlsx.column(column),
                labels.getOrDefault(column, Candidate.FIELDS[field]), v.message()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
