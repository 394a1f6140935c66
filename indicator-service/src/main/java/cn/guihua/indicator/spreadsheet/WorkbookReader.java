package cn.guihua.indicator.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.ProblemType;

/**
 * Reads the cells of a workbook, sheet by sheet and row by row, without building the workbook in memory: an
 * {@code .xlsx} is opened from a temporary file (so POI inflates one part at a time, under its zip-bomb guards) and its
 * sheets are parsed with SAX; an {@code .xls} (BIFF8, not compressed) is read with HSSF under a size limit. A formula
 * cell is read by the value Excel cached for it; an error value ({@code #DIV/0!}) comes as {@link Kind#ERROR}.
 * Numbers come as plain decimals with Excel's 15 significant digits, never as the text a cell format shows.
 */
public final class WorkbookReader {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    public enum Kind {
        TEXT, NUMBER, BOOLEAN, ERROR, DATE
    }

    /** A cell that holds something: its 0-based column, its kind and its value as text (a date as ISO yyyy-MM-dd). */
    public record Cell(int column, Kind kind, String text) {
    }

    /** What a workbook's cells go to. */
    public interface Rows {
        void sheet(String name);

        /** A row with at least one cell, its 0-based index; cells in column order. */
        void row(int rowIndex, List<Cell> cells);
    }

    public record Limits(long maxCells, long maxXlsBytes) {
    }

    private WorkbookReader() {
    }

    public static void read(byte[] body, Limits limits, Rows out) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(body);
        } catch (RuntimeException e) {
            throw unreadable();
        }
        try {
            switch (magic) {
                case OOXML -> readXlsx(body, limits, out);
                case OLE2 -> readXls(body, limits, out);
                default -> throw ProblemException.of(ProblemType.MALFORMED, "spreadsheet.not-a-workbook");
            }
        } catch (ProblemException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw ProblemException.of(ProblemType.MALFORMED, "spreadsheet.encrypted");
        } catch (Exception e) {
            ProblemException inside = cause(e, ProblemException.class);
            if (inside != null) {
                throw inside;
            }
            if (zipBomb(e)) {
                throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "spreadsheet.zip-bomb");
            }
            throw unreadable();
        }
    }

    private static ProblemException unreadable() {
        return ProblemException.of(ProblemType.MALFORMED, "spreadsheet.unreadable");
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static void readXlsx(byte[] body, Limits limits, Rows out) throws Exception {
        Path file = Files.createTempFile("guihua-import-", ".xlsx");
        try {
            Files.write(file, body);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                long[] cells = { 0 };
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    try (InputStream in = sheets.next()) {
                        out.sheet(sheets.getSheetName());
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new SheetHandler(strings, styles, limits, cells, out));
                        xml.parse(new InputSource(in));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void readXls(byte[] body, Limits limits, Rows out) throws IOException {
        if (body.length > limits.maxXlsBytes()) {
            throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "spreadsheet.xls-too-large", limits.maxXlsBytes() / (1024 * 1024));
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(body))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                // an encrypted .xlsx is an OLE2 file holding the encrypted package
                throw ProblemException.of(ProblemType.MALFORMED, "spreadsheet.encrypted");
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("Book")) {
                throw ProblemException.of(ProblemType.MALFORMED, "spreadsheet.not-a-workbook");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
                long count = 0;
                for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                    out.sheet(sheet.getSheetName());
                    for (org.apache.poi.ss.usermodel.Row row : sheet) {
                        List<Cell> cells = new ArrayList<>();
                        for (org.apache.poi.ss.usermodel.Cell c : row) {
                            if (++count > limits.maxCells()) {
                                throw tooManyCells(limits);
                            }
                            Cell cell = hssfCell(c);
                            if (cell != null) {
                                cells.add(cell);
                            }
                        }
                        if (!cells.isEmpty()) {
                            out.row(row.getRowNum(), cells);
                        }
                    }
                }
            }
        }
    }

    private static Cell hssfCell(org.apache.poi.ss.usermodel.Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        int col = c.getColumnIndex();
        return switch (type) {
            case STRING -> new Cell(col, Kind.TEXT, c.getStringCellValue());
            case BOOLEAN -> new Cell(col, Kind.BOOLEAN, c.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new Cell(col, Kind.ERROR, errorText(c.getErrorCellValue()));
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? new Cell(col, Kind.DATE, c.getLocalDateTimeCellValue().toLocalDate().toString())
                    : new Cell(col, Kind.NUMBER, plain(Double.toString(c.getNumericCellValue())));
            default -> null;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private static ProblemException tooManyCells(Limits limits) {
        return ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "spreadsheet.too-many-cells", limits.maxCells());
    }

    /** A number as Excel holds it (15 significant digits), written out plainly: 0.30000000000000004 is 0.3. */
    static String plain(String raw) {
        try {
            BigDecimal d = new BigDecimal(raw.strip()).round(EXCEL_DIGITS).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** One sheet's XML ({@code <row><c r="D7" t="s" s="3"><v>…</v></c></row>}), cell by cell. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Limits limits;
        private final long[] count;
        private final Rows out;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private List<Cell> cells;
        private int rowIndex = -1;
        private int column;
        private String type;
        private String style;
        private boolean inValue;
        private boolean inInline;
        private boolean inText;
        private boolean inPhonetic;
        private boolean hasValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Limits limits, long[] count, Rows out) {
            this.strings = strings;
            this.styles = styles;
            this.limits = limits;
            this.count = count;
            this.out = out;
        }

        private static String name(String localName, String qName) {
            return localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
                    cells = new ArrayList<>();
                    column = 0;
                }
                case "c" -> {
                    if (++count[0] > limits.maxCells()) {
                        throw tooManyCells(limits);
                    }
                    String r = attributes.getValue("r");
                    column = r != null ? new CellReference(r).getCol() : column + 1;
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                    inline.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                    value.setLength(0);
                }
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inInline && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (name(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> {
                    inInline = false;
                    hasValue = true;
                }
                case "c" -> {
                    Cell cell = cell();
                    if (cell != null && cells != null) {
                        cells.add(cell);
                    }
                }
                case "row" -> {
                    if (cells != null && !cells.isEmpty()) {
                        out.row(rowIndex, cells);
                    }
                    cells = null;
                }
                default -> {
                }
            }
        }

        private Cell cell() {
            if (!hasValue) {
                return null;
            }
            String v = value.toString();
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> {
                    try {
                        yield new Cell(column, Kind.TEXT, strings.getItemAt(Integer.parseInt(v.strip())).getString());
                    } catch (RuntimeException e) {
                        throw ProblemException.of(ProblemType.MALFORMED, "spreadsheet.unreadable");
                    }
                }
                case "inlineStr" -> new Cell(column, Kind.TEXT, inline.toString());
                case "str" -> new Cell(column, Kind.TEXT, v);
                case "b" -> new Cell(column, Kind.BOOLEAN, "1".equals(v.strip()) ? "TRUE" : "FALSE");
                case "e" -> new Cell(column, Kind.ERROR, v);
                case "d" -> new Cell(column, Kind.DATE, v.length() >= 10 ? v.substring(0, 10) : v);
                default -> number(v);
            };
        }

        private Cell number(String v) {
            if (v.isBlank()) {
                return null;
            }
            if (style != null && styles != null) {
                try {
                    XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
                    if (s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())) {
                        double d = Double.parseDouble(v);
                        if (DateUtil.isValidExcelDate(d)) {
                            return new Cell(column, Kind.DATE, DateUtil.getLocalDateTime(d).toLocalDate().toString());
                        }
                    }
                } catch (RuntimeException e) {
                    // an unknown style or an unreadable number: read as the number it says it is
                }
            }
            return new Cell(column, Kind.NUMBER, plain(v));
        }
    }
}
