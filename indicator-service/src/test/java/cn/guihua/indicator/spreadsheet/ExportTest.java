package cn.guihua.indicator.spreadsheet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The .xlsx exports read back with the same numbers as the JSON answers of the same operations. */
@QuarkusTest
class ExportTest {

    private static final String REPORTER = DevTokens.bearer("reporter", "371302");
    private static final String PLAN = "371302-children-2021";

    @BeforeEach
    void data() {
        PlanServiceStub.ensureLoaded();
        StringBuilder rows = new StringBuilder("[");
        for (int m = 1; m <= 12; m++) {
            rows.append(String.format("{\"indicatorCode\":\"CHILD_VENUES\",\"jurisdiction\":\"371302012\",\"period\":\"2023-%02d\","
                    + "\"value\":%d},", m, 10 + m));
            rows.append(String.format("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"371302012\",\"period\":\"2023-%02d\","
                    + "\"value\":%s,\"numerator\":%d,\"denominator\":10000,\"department\":\"区卫生健康局\"},", m, (m + 10) / 10.0, m + 10));
        }
        rows.append("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"371302\",\"period\":\"2021\",\"value\":2.2},")
                .append("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"371302\",\"period\":\"2024\",\"value\":2.1}]");
        given().header("Authorization", REPORTER).contentType(ContentType.JSON).queryParam("mode", "partial").body(rows.toString())
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200);
    }

    private static XSSFWorkbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** Each data row of every sheet, by the hidden codes' row (the second header row). */
    private static List<Map<String, Cell>> rows(XSSFWorkbook wb, String sheetName) {
        List<Map<String, Cell>> result = new ArrayList<>();
        for (Sheet sheet : wb) {
            if (sheetName != null && !sheet.getSheetName().equals(sheetName)) {
                continue;
            }
            Row codes = sheet.getRow(1);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Map<String, Cell> row = new HashMap<>();
                for (Cell c : codes) {
                    row.put(c.getStringCellValue(), sheet.getRow(r).getCell(c.getColumnIndex()));
                }
                result.add(row);
            }
        }
        return result;
    }

    @Test
    void monitoringValuesAsXlsxHoldTheNumbersOfTheJsonList() throws IOException {
        List<Map<String, Object>> json = given().header("Authorization", REPORTER).queryParam("jurisdiction", "371302012")
                .queryParam("size", 200).when().get("/api/v1/monitoring-values").then().statusCode(200).extract().jsonPath()
                .getList("items");
        byte[] xlsx = given().header("Authorization", REPORTER).accept(Xlsx.XLSX).queryParam("jurisdiction", "371302012")
                .queryParam("size", 5).when().get("/api/v1/monitoring-values").then().statusCode(200).contentType(Xlsx.XLSX)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        try (XSSFWorkbook wb = workbook(xlsx)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertNotNull(wb.getSheet("儿童与健康"), "a sheet per area: " + names);
            assertNotNull(wb.getSheet("其他指标"), "indicators without a target of a plan");
            Sheet health = wb.getSheet("儿童与健康");
            assertEquals("数值（‰）", health.getRow(0).getCell(9).getStringCellValue(), "the unit in the header");
            assertEquals(2, health.getPaneInformation().getHorizontalSplitPosition(), "two frozen header rows");
            List<Map<String, Cell>> rows = rows(wb, null);
            assertEquals(json.size(), rows.size(), "every value, not a page");
            Map<String, Map<String, Cell>> byId = new HashMap<>();
            rows.forEach(r -> byId.put(r.get("id").getStringCellValue(), r));
            for (Map<String, Object> v : json) {
                Map<String, Cell> r = byId.get((String) v.get("id"));
                assertNotNull(r, "value " + v.get("id"));
                assertEquals(CellType.NUMERIC, r.get("value").getCellType(), "numbers are numbers");
                assertEquals(num(v.get("value")), r.get("value").getNumericCellValue(), 1e-12);
                if (v.get("numerator") != null) {
                    assertEquals(num(v.get("numerator")), r.get("numerator").getNumericCellValue(), 1e-12);
                    assertEquals(num(v.get("denominator")), r.get("denominator").getNumericCellValue(), 1e-12);
                }
                assertEquals(v.get("period"), r.get("period").getStringCellValue());
                assertEquals(v.get("unit"), r.get("unit").getStringCellValue());
                assertEquals(num(v.get("year")), r.get("year").getNumericCellValue(), 0);
            }
        }
        // a filter that cannot be valid is refused as in the JSON list
        given().header("Authorization", REPORTER).accept(Xlsx.XLSX).queryParam("jurisdiction", "37x").when()
                .get("/api/v1/monitoring-values").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void reportsAndEvaluationsAsXlsxHoldTheNumbersOfTheJson() throws IOException {
        for (String kind : new String[] { "ANNUAL", "MID_TERM", "FINAL" }) {
            JsonPath report = given().header("Authorization", REPORTER).queryParam("kind", kind).queryParam("year", 2024)
                    .queryParam("includePending", true).when().get("/api/v1/reports/" + PLAN).then().statusCode(200).extract()
                    .jsonPath();
            byte[] xlsx = given().header("Authorization", REPORTER).accept(Xlsx.XLSX).queryParam("kind", kind)
                    .queryParam("year", 2024).queryParam("includePending", true).when().get("/api/v1/reports/" + PLAN).then()
                    .statusCode(200).contentType(Xlsx.XLSX).header("Content-Disposition", containsString(PLAN + "-"
                            + kind.toLowerCase().replace('_', '-') + "-2024.xlsx")).extract().asByteArray();
            try (XSSFWorkbook wb = workbook(xlsx)) {
                Sheet summary = wb.getSheet("概览");
                Map<String, Integer> counts = report.getMap("counts");
                Map<String, Double> inSheet = new HashMap<>();
                for (Row r : summary) {
                    Cell code = r.getCell(2);
                    if (code != null && code.getCellType() == CellType.STRING && counts.containsKey(code.getStringCellValue())) {
                        inSheet.put(code.getStringCellValue(), r.getCell(1).getNumericCellValue());
                    }
                }
                counts.forEach((status, n) -> assertEquals(num(n), inSheet.get(status), status));
                List<Map<String, Object>> targets = report.getList("targets");
                List<Map<String, Cell>> rows = rows(wb, "儿童与健康");
                assertEquals(targets.size(), rows.size());
                for (int i = 0; i < targets.size(); i++) {
                    Map<String, Object> t = targets.get(i);
                    Map<String, Cell> r = rows.get(i);
                    assertEquals(t.get("indicatorCode"), r.get("indicatorCode").getStringCellValue());
                    assertEquals(t.get("status"), r.get("status").getStringCellValue());
                    if (t.get("observed") == null) {
                        assertEquals(CellType.BLANK, r.get("observed").getCellType());
                    } else {
                        assertEquals(num(t.get("observed")), r.get("observed").getNumericCellValue(), 1e-12);
                    }
                    assertEquals(num(t.get("targetValue")), r.get("targetValue").getNumericCellValue(), 1e-12);
                }
                assertNotNull(wb.getSheet("滞后指标"));
                assertEquals(report.getList("lagging").size(), rows(wb, "滞后指标").size());
            }
        }
        JsonPath evaluation = given().header("Authorization", REPORTER).queryParam("plan", PLAN).queryParam("year", 2024)
                .queryParam("includePending", true).when().get("/api/v1/evaluations").then().statusCode(200).extract().jsonPath();
        byte[] xlsx = given().header("Authorization", REPORTER).accept(Xlsx.XLSX).queryParam("plan", PLAN).queryParam("year", 2024)
                .queryParam("includePending", true).when().get("/api/v1/evaluations").then().statusCode(200)
                .contentType(Xlsx.XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = workbook(xlsx)) {
            List<Map<String, Cell>> rows = rows(wb, "儿童与健康");
            assertEquals(evaluation.getList("targets").size(), rows.size());
            assertEquals(num(evaluation.get("targets[0].observed")), rows.get(0).get("observed").getNumericCellValue(), 1e-6);
            assertTrue(rows.get(0).get("explanation").getStringCellValue().length() > 3);
        }
        // without an Accept, the operations answer JSON as before
        given().header("Authorization", REPORTER).queryParam("kind", "FINAL").when().get("/api/v1/reports/" + PLAN).then()
                .statusCode(200).contentType(ContentType.JSON);
        given().header("Authorization", REPORTER).queryParam("jurisdiction", "371302012").when().get("/api/v1/monitoring-values")
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    /** A JSON number as written (rest-assured reads 2.4 as a float). */
    static double num(Object n) {
        return Double.parseDouble(String.valueOf(n));
    }
}
