package cn.guihua.indicator.spreadsheet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The Excel round trip as a district office does it: download the filling template of 槐荫区's children's plan, fill it
 * in as an office worker would (typing, a formula, a typo in an indicator code, a word in a number cell), upload it, and
 * see exactly the two bad cells refused by their address while the rest is stored; in atomic mode nothing is stored.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpreadsheetImportTest {

    static final String XLSX = Xlsx.XLSX;
    private static final String REPORTER = DevTokens.bearer("reporter", "370104");
    private static final String PLAN = "370104-children-2021";

    @BeforeEach
    void catalogue() {
        PlanServiceStub.ensureLoaded();
    }

    static byte[] template(String period, String streets) {
        var r = given().header("Authorization", REPORTER).queryParam("plan", PLAN).queryParam("period", period);
        if (streets != null) {
            r.queryParam("streets", streets);
        }
        return r.when().get("/api/v1/monitoring-values/template").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString(PLAN + "-template-" + period + ".xlsx"))
                .extract().asByteArray();
    }

    /** The columns of a template sheet, by the hidden field codes under the visible header. */
    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell c : sheet.getRow(Templates.CODE_ROW)) {
            columns.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return columns;
    }

    /** The template's row of an indicator, unit and sex (合计, 女, 男). */
    private static Row row(Sheet sheet, String indicator, String jurisdiction, String sex) {
        Map<String, Integer> col = columns(sheet);
        for (int r = Templates.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && indicator.equals(text(row, col.get("indicatorCode"))) && jurisdiction.equals(text(row, col.get("jurisdiction")))
                    && sex.equals(text(row, col.get("sex")))) {
                return row;
            }
        }
        throw new AssertionError("no row " + indicator + " " + jurisdiction + " " + sex + " in " + sheet.getSheetName());
    }

    /** The first row of the empty rows at a sheet's end. */
    private static Row spare(Sheet sheet) {
        int col = columns(sheet).get("indicatorCode");
        for (int r = Templates.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && text(row, col).isEmpty()) {
                return row;
            }
        }
        throw new AssertionError("no empty row in " + sheet.getSheetName());
    }

    private static String text(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null ? "" : c.getStringCellValue();
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    private record Filled(byte[] file, String wordCell, String typoCell) {
    }

    /**
     * What an office worker does with the template: types the values, lets Excel compute one from numerator and
     * denominator, adds the girls' value in the row the template offers, reports a street, and on the safety sheet adds
     * an indicator in an empty row with a typo in its code; one value is typed as 约2.6 (a word in a number cell).
     */
    private static Filled fill(byte[] template, boolean girls) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
        XSSFSheet health = wb.getSheet("儿童与健康");
        XSSFSheet safety = wb.getSheet("儿童与安全");
        Map<String, Integer> col = columns(health);
        Row neonatal = row(health, "NEONATAL_MORTALITY", "370104", "合计");
        neonatal.getCell(col.get("value")).setCellValue(2.4);
        neonatal.getCell(col.get("numerator")).setCellValue(3);
        neonatal.getCell(col.get("denominator")).setCellValue(1250);
        neonatal.getCell(col.get("department")).setCellValue("区卫生健康局");
        // a formula: Excel keeps the value it computed, which is what counts
        Row infant = row(health, "INFANT_MORTALITY", "370104", "合计");
        infant.getCell(col.get("value")).setCellFormula("ROUND(7/2500*1000,1)");
        if (girls) {
            row(health, "INFANT_MORTALITY", "370104", "女").getCell(col.get("value")).setCellValue(2.5);
        }
        Row street = row(health, "NEONATAL_MORTALITY", "370104001", "合计");
        street.getCell(col.get("value")).setCellValue(1.8);
        Row myopia = row(health, "CHILD_MYOPIA_RATE", "370104", "合计");
        Cell word = myopia.getCell(col.get("value"));
        word.setCellValue("约2.6");
        // the drowning rate of the district, and in an empty row an indicator typed by hand, with a typo
        Map<String, Integer> scol = columns(safety);
        row(safety, "CHILD_DROWNING_MORTALITY", "370104", "合计").getCell(scol.get("value")).setCellValue(1.9);
        Row added = spare(safety);
        added.getCell(scol.get("indicatorCode")).setCellValue("CHILD_INJURY_MORTALTY");
        added.getCell(scol.get("jurisdiction")).setCellValue("370104");
        added.getCell(scol.get("sex")).setCellValue("合计");
        added.getCell(scol.get("value")).setCellValue(6.1);
        // what the worker sees as the header is theirs to rename: the hidden codes decide
        health.getRow(Templates.LABEL_ROW).getCell(col.get("value")).setCellValue("本期数值");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        String wordCell = "'儿童与健康'!" + cellName(col.get("value"), myopia.getRowNum());
        String typoCell = "'儿童与安全'!" + cellName(scol.get("indicatorCode"), added.getRowNum());
        return new Filled(bytes(wb), wordCell, typoCell);
    }

    private static String cellName(int col, int row) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(col) + (row + 1);
    }

    private static List<Map<String, Object>> values(String period) {
        return given().header("Authorization", REPORTER).queryParam("jurisdiction", "370104").queryParam("descendants", true)
                .queryParam("period", period).queryParam("size", 200).when().get("/api/v1/monitoring-values").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    @Order(1)
    void theTemplateOfHuaiyinsChildrensPlan() throws IOException {
        // last period's values: the template shows them and offers the girls' row again
        given().header("Authorization", REPORTER).contentType(ContentType.JSON).queryParam("mode", "partial")
                .body("[{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2024\",\"value\":2.7},"
                        + "{\"indicatorCode\":\"INFANT_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2024\",\"sex\":\"FEMALE\",\"value\":2.6}]")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200);
        byte[] file = template("2025", null);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals("填报说明", wb.getSheetName(0));
            assertTrue(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue().startsWith("一、"));
            XSSFSheet health = wb.getSheet("儿童与健康");
            assertNotNull(health, "a sheet per area");
            assertNotNull(wb.getSheet("儿童与安全"));
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(Templates.META_SHEET)));
            assertTrue(health.getProtect(), "locked cells");
            assertTrue(health.getRow(Templates.CODE_ROW).getZeroHeight(), "the codes' row is hidden");
            assertEquals(Templates.FIRST_DATA_ROW, health.getPaneInformation().getHorizontalSplitPosition(), "header frozen");
            Map<String, Integer> col = columns(health);
            assertEquals("指标代码", health.getRow(Templates.LABEL_ROW).getCell(col.get("indicatorCode")).getStringCellValue());
            assertEquals("上期值（2024）", health.getRow(Templates.LABEL_ROW).getCell(col.get("_previousValue")).getStringCellValue());
            Row neonatal = row(health, "NEONATAL_MORTALITY", "370104", "合计");
            assertEquals("新生儿死亡率", neonatal.getCell(col.get("_indicatorName")).getStringCellValue());
            assertEquals("‰", neonatal.getCell(col.get("unit")).getStringCellValue());
            assertEquals("槐荫区", neonatal.getCell(col.get("_jurisdictionName")).getStringCellValue());
            assertEquals("2025", neonatal.getCell(col.get("period")).getStringCellValue());
            assertEquals(2.7, neonatal.getCell(col.get("_previousValue")).getNumericCellValue(), 1e-9);
            assertTrue(neonatal.getCell(col.get("_indicatorName")).getCellStyle().getLocked());
            assertTrue(!neonatal.getCell(col.get("value")).getCellStyle().getLocked(), "the value is for the office to fill");
            assertEquals(2.6, row(health, "INFANT_MORTALITY", "370104", "女").getCell(col.get("_previousValue")).getNumericCellValue(), 1e-9);
            // the streets plan-service lists, with their names
            assertEquals("振兴街街道", row(health, "NEONATAL_MORTALITY", "370104001", "合计").getCell(col.get("_jurisdictionName"))
                    .getStringCellValue());
            row(health, "NEONATAL_MORTALITY", "370104003", "合计");
            List<String> lists = health.getDataValidations().stream()
                    .map(v -> v.getValidationConstraint().getFormula1()).filter(f -> f != null).toList();
            assertTrue(lists.containsAll(List.of("guihua_sex", "guihua_residence", "guihua_indicators", "guihua_units")), lists.toString());
            assertTrue(health.getDataValidations().stream().anyMatch(v -> v.getErrorStyle() == DataValidation.ErrorStyle.STOP));
        }
        // one sheet per reporting unit instead
        byte[] units = given().header("Authorization", REPORTER).queryParam("plan", PLAN).queryParam("period", "2025")
                .queryParam("layout", "UNIT").queryParam("streets", "370104001").when().get("/api/v1/monitoring-values/template")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(units))) {
            assertNotNull(wb.getSheet("槐荫区"));
            assertNotNull(wb.getSheet("振兴街街道"));
        }
    }

    @Test
    @Order(2)
    void aFilledTemplateInPartialModeRefusesExactlyTheTwoBadCells() throws IOException {
        Filled f = fill(template("2025", "370104001"), true);
        JsonPath summary = given().header("Authorization", REPORTER).contentType(XLSX).queryParam("mode", "partial")
                .body(f.file()).when().post("/api/v1/monitoring-values/bulk").then().statusCode(200).extract().jsonPath();
        assertEquals(2, summary.getInt("rejected"), summary.prettify());
        assertEquals(5, summary.getInt("accepted"), summary.prettify());
        List<String> cells = summary.getList("rejections.errors.field.flatten()");
        assertEquals(List.of(f.wordCell(), f.typoCell()).stream().sorted().toList(), cells.stream().sorted().toList());
        String word = summary.getString("rejections.errors.flatten().find { it.field == \"" + f.wordCell().replace("'", "\\'") + "\" }.message");
        assertTrue(word.contains(f.wordCell()) && word.contains("工作表“儿童与健康”") && word.contains("数值") && word.contains("须为数字"),
                word);
        assertTrue(word.contains("第 " + f.wordCell().replaceAll("\\D", "") + " 行"), word);

        // the template's indicators, district and street (other tests report other indicators and streets for 2025)
        List<String> mine = List.of("NEONATAL_MORTALITY", "INFANT_MORTALITY", "CHILD_MYOPIA_RATE", "CHILD_INJURY_MORTALITY",
                "CHILD_DROWNING_MORTALITY");
        List<Map<String, Object>> stored = values("2025").stream()
                .filter(v -> List.of("370104", "370104001").contains(v.get("jurisdiction")) && mine.contains(v.get("indicatorCode")))
                .toList();
        Map<String, Number> byKey = new HashMap<>();
        for (Map<String, Object> v : stored) {
            byKey.put(v.get("indicatorCode") + "|" + v.get("jurisdiction") + "|" + v.get("sex"), (Number) v.get("value"));
            assertEquals("PENDING", v.get("status"), "the same review states as JSON and CSV: " + v);
        }
        assertEquals(2.4, num(byKey.get("NEONATAL_MORTALITY|370104|TOTAL")), 1e-9);
        assertEquals(2.8, num(byKey.get("INFANT_MORTALITY|370104|TOTAL")), 1e-9, "the formula's cached value");
        assertEquals(2.5, num(byKey.get("INFANT_MORTALITY|370104|FEMALE")), 1e-9);
        assertEquals(1.8, num(byKey.get("NEONATAL_MORTALITY|370104001|TOTAL")), 1e-9);
        assertEquals(1.9, num(byKey.get("CHILD_DROWNING_MORTALITY|370104|TOTAL")), 1e-9);
        assertEquals(5, stored.size(), stored.toString());

        // the same file again: its series have values now, and the office is told to correct them
        JsonPath again = given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(XLSX)
                .queryParam("mode", "partial").body(f.file()).when().post("/api/v1/monitoring-values/bulk").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, again.getInt("accepted"));
        assertTrue(again.getString("rejections[0].errors[0].message").startsWith("Cell '儿童与健康'!"), again.prettify());
    }

    @Test
    @Order(3)
    void atomicModeStoresNothingAndNamesTheCells() throws IOException {
        Filled f = fill(template("2025-06", "370104001"), false);
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(XLSX).body(f.file())
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(2))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(f.wordCell(), f.typoCell()))
                .body("errors.find { it.field == \"" + f.typoCell().replace("'", "\\'") + "\" }.message",
                        containsString("sheet \"儿童与安全\""))
                .body("detail", containsString("nothing was written"));
        assertEquals(0, values("2025-06").stream().filter(v -> List.of("370104", "370104001").contains(v.get("jurisdiction"))
                && List.of("NEONATAL_MORTALITY", "INFANT_MORTALITY", "CHILD_DROWNING_MORTALITY").contains(v.get("indicatorCode"))).count());
    }

    @Test
    void anErrorValueIsRefusedAndAnOfficesOwnSheetIsReadByItsHeader() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("教育");
        String[] header = { "指标代码", "行政区划代码", "期间", "性别", "数值", "指标名称" };
        Row h = s.createRow(0);
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        Object[][] rows = { { "CHILD_VENUES", "370104006", "2024", "合计", 12, "公益性儿童校外活动场所" },
            { "CHILD_VENUES", "370104010", "2024", "合计", "=1/0", "" } };
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v.toString().startsWith("=")) {
                    row.createCell(c).setCellFormula(v.toString().substring(1));
                } else {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        JsonPath summary = given().header("Authorization", REPORTER).contentType(XLSX).queryParam("mode", "partial")
                .body(bytes(wb)).when().post("/api/v1/monitoring-values/bulk").then().statusCode(200).extract().jsonPath();
        assertEquals(1, summary.getInt("accepted"), summary.prettify());
        assertEquals("'教育'!E3", summary.getString("rejections[0].errors[0].field"));
        assertTrue(summary.getString("rejections[0].errors[0].message").contains("#DIV/0!"), summary.prettify());

        // a column that is no field refuses the whole file, naming the cell
        XSSFWorkbook unknown = new XSSFWorkbook();
        Row u = unknown.createSheet("教育").createRow(0);
        String[] bad = { "指标代码", "行政区划代码", "期间", "数值", "完成情况" };
        for (int i = 0; i < bad.length; i++) {
            u.createCell(i).setCellValue(bad[i]);
        }
        given().header("Authorization", REPORTER).contentType(XLSX).body(bytes(unknown)).when()
                .post("/api/v1/monitoring-values/bulk").then().statusCode(400)
                .body("errors[0].field", equalTo("'教育'!E1")).body("errors[0].message", containsString("完成情况"));
    }

    @Test
    void anXlsFileIsReadToo() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet s = wb.createSheet("社区");
        String[] header = { "indicatorCode", "jurisdiction", "period", "value" };
        Row h = s.createRow(0);
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        Row r = s.createRow(1);
        r.createCell(0).setCellValue("CHILD_VENUES");
        r.createCell(1).setCellValue("370104007");
        r.createCell(2).setCellValue("2024");
        r.createCell(3).setCellValue(4);
        given().header("Authorization", REPORTER).contentType(Xlsx.XLS).body(bytes(wb)).when()
                .post("/api/v1/monitoring-values/bulk").then().statusCode(200).body("accepted", equalTo(1));
    }

    @Test
    void zipBombsOversizedSheetsAndWhatIsNoWorkbookAreRefused() throws IOException {
        // a sheet of 200 MB of blanks that zips to a few hundred kB
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"教育\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes());
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                z.write(blanks);
            }
            z.write("</sheetData></worksheet>".getBytes());
            z.closeEntry();
        }
        given().header("Authorization", REPORTER).contentType(XLSX).body(zip.toByteArray()).when()
                .post("/api/v1/monitoring-values/bulk").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("压缩炸弹"));

        // more cells than guihua.spreadsheet.max-cells (200 000 in the tests)
        SXSSFWorkbook big = new SXSSFWorkbook(100);
        Sheet s = big.createSheet("教育");
        for (int r = 0; r < 21_000; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < 10; c++) {
                row.createCell(c).setCellValue(c);
            }
        }
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(XLSX).body(bytes(big)).when()
                .post("/api/v1/monitoring-values/bulk").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("more than 200000 cells"));

        given().header("Authorization", REPORTER).contentType(XLSX).body("指标代码,数值\n".getBytes()).when()
                .post("/api/v1/monitoring-values/bulk").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("不是 Excel 工作簿"));
        given().header("Authorization", REPORTER).contentType(XLSX).body(new byte[] { 'P', 'K', 3, 4, 0, 0 }).when()
                .post("/api/v1/monitoring-values/bulk").then().statusCode(400).contentType("application/problem+json");
    }

    private static void entry(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        z.closeEntry();
    }

    @Test
    void aTemplateNeedsAPlanOrIndicatorsAndAPeriodAndStaysInTheCallersJurisdiction() {
        given().header("Authorization", REPORTER).queryParam("period", "2025").when().get("/api/v1/monitoring-values/template")
                .then().statusCode(400).body("errors[0].field", equalTo("plan"));
        given().header("Authorization", REPORTER).queryParam("plan", PLAN).queryParam("period", "2025-13").when()
                .get("/api/v1/monitoring-values/template").then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().header("Authorization", REPORTER).queryParam("plan", PLAN).queryParam("period", "2025").queryParam("streets", "371302001")
                .when().get("/api/v1/monitoring-values/template").then().statusCode(400).body("errors[0].field", equalTo("streets"));
        given().header("Authorization", DevTokens.bearer("reporter", "371302")).queryParam("plan", PLAN).queryParam("period", "2025")
                .when().get("/api/v1/monitoring-values/template").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", REPORTER).queryParam("indicatorCodes", "NEONATAL_MORTALITY,NO_SUCH").queryParam("period", "2025")
                .queryParam("jurisdiction", "370104").when().get("/api/v1/monitoring-values/template").then().statusCode(400)
                .body("errors[0].field", equalTo("indicators"));
        byte[] set = given().header("Authorization", REPORTER).queryParam("indicatorCodes", "NEONATAL_MORTALITY,CHILD_VENUES")
                .queryParam("period", "2025").queryParam("jurisdiction", "370104").queryParam("withStreets", false)
                .when().get("/api/v1/monitoring-values/template").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(set))) {
            assertNotNull(wb.getSheet("指标集"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A JSON number as written (rest-assured reads 2.4 as a float). */
    static double num(Object n) {
        return Double.parseDouble(String.valueOf(n));
    }
}
