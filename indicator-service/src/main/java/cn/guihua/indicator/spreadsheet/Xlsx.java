package cn.guihua.indicator.spreadsheet;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/** Media types, names and cell styles every workbook of the service shares. */
public final class Xlsx {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String XLS = "application/vnd.ms-excel";
    /** Excel's limit of a sheet name. */
    private static final int SHEET_NAME_MAX = 31;

    private Xlsx() {
    }

    /** Whether a Content-Type is one of the two spreadsheet types the bulk import reads. */
    public static boolean isSpreadsheet(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return t.equals(XLSX) || t.equals(XLS);
    }

    /** A name Excel takes for a sheet, unique among {@code taken}: no {@code []:*?/\}, at most 31 characters. */
    public static String sheetName(String wanted, Set<String> taken) {
        String base = wanted == null || wanted.isBlank() ? "Sheet" : wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.startsWith("'")) {
            base = base.substring(1);
        }
        if (base.isEmpty()) {
            base = "Sheet";
        }
        if (base.length() > SHEET_NAME_MAX) {
            base = base.substring(0, SHEET_NAME_MAX);
        }
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** The address of a cell as Excel writes it, the sheet always quoted: {@code '教育'!D7}. */
    public static String cell(String sheet, int rowIndex, int column) {
        return quoted(sheet) + '!' + CellReference.convertNumToColString(column) + (rowIndex + 1);
    }

    /** A whole row: {@code '教育'!7:7}. */
    public static String row(String sheet, int rowIndex) {
        return quoted(sheet) + '!' + (rowIndex + 1) + ':' + (rowIndex + 1);
    }

    private static String quoted(String sheet) {
        return '\'' + sheet.replace("'", "''") + '\'';
    }

    public static String column(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** Closes a streaming workbook, which removes its temporary files; a failure to remove them is not the caller's. */
    public static void close(org.apache.poi.xssf.streaming.SXSSFWorkbook wb) {
        try {
            wb.close();
        } catch (java.io.IOException e) {
            // left in the JVM's temporary directory
        }
    }

    /** A number cell (a number, never a text); blank when null. */
    public static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    public static void text(Row row, int column, Object value, CellStyle style) {
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value.toString());
        }
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** The few styles a workbook uses, made once per workbook (a workbook holds at most 64 000 styles). */
    public static final class Styles {
        public final CellStyle title;
        public final CellStyle header;
        public final CellStyle code;
        public final CellStyle text;
        public final CellStyle number;
        public final CellStyle locked;
        public final CellStyle lockedNumber;
        public final CellStyle input;
        public final CellStyle inputText;
        public final CellStyle note;
        public final CellStyle dateTime;
        private final Map<String, CellStyle> extra = new HashMap<>();
        private final Workbook workbook;

        public Styles(Workbook wb) {
            this.workbook = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font grey = wb.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setFontHeightInPoints((short) 9);
            title = wb.createCellStyle();
            title.setFont(big);
            header = bordered(wb.createCellStyle());
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            code = wb.createCellStyle();
            code.setFont(grey);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = wb.createCellStyle();
            locked = bordered(wb.createCellStyle());
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked.setDataFormat(wb.createDataFormat().getFormat("@"));
            lockedNumber = bordered(wb.createCellStyle());
            lockedNumber.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            lockedNumber.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input = bordered(wb.createCellStyle());
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            inputText = bordered(wb.createCellStyle());
            inputText.setLocked(false);
            inputText.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            inputText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            // typed as text, so that 2023-05 stays a period and is not turned into a date
            inputText.setDataFormat(wb.createDataFormat().getFormat("@"));
            note = wb.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }

        /** A style by name, made on first use. */
        public CellStyle named(String name, java.util.function.Consumer<CellStyle> setUp) {
            return extra.computeIfAbsent(name, n -> {
                CellStyle s = workbook.createCellStyle();
                setUp.accept(s);
                return s;
            });
        }

        private static CellStyle bordered(CellStyle s) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
