package cn.guihua.indicator.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.guihua.indicator.evaluation.TargetStatus;
import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.platform.i18n.Language;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The mid-term and final evaluation of 槐荫区's children's plan as PDF and Word documents, and its charts alone: the
 * PDF's text (read back with PDFBox) holds the plan's title and document number, the counts by status and every
 * indicator at risk with the evaluation's explanation; the font is embedded. The PDF is left in target/ to be looked at.
 */
@QuarkusTest
class ReportDocumentTest {

    private static final String REPORTER = DevTokens.bearer("reporter", "370104");
    private static final String PLAN = "370104-children-2021";

    @BeforeEach
    void data() {
        PlanServiceStub.ensureLoaded();
        // 近视率 falls by less than a point a year (at risk), 溺水死亡率 rises (off track), 新生儿死亡率 meets its cap
        given().header("Authorization", REPORTER).contentType(ContentType.JSON).queryParam("mode", "partial")
                .body("[{\"indicatorCode\":\"CHILD_MYOPIA_RATE\",\"jurisdiction\":\"370104\",\"period\":\"2022\",\"value\":52.4},"
                        + "{\"indicatorCode\":\"CHILD_MYOPIA_RATE\",\"jurisdiction\":\"370104\",\"period\":\"2023\",\"value\":51.9},"
                        + "{\"indicatorCode\":\"CHILD_DROWNING_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2021\",\"value\":1.9},"
                        + "{\"indicatorCode\":\"CHILD_DROWNING_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2022\",\"value\":2.0},"
                        + "{\"indicatorCode\":\"CHILD_DROWNING_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2023\",\"value\":2.3},"
                        + "{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2023\",\"value\":2.4,"
                        + "\"department\":\"区卫生健康局\"}]")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void theMidTermEvaluationAsPdf() throws IOException {
        JsonPath report = given().header("Authorization", REPORTER).queryParam("kind", "MID_TERM").queryParam("includePending", true)
                .when().get("/api/v1/reports/" + PLAN).then().statusCode(200).extract().jsonPath();
        byte[] pdf = given().header("Authorization", REPORTER).accept(Documents.PDF).queryParam("kind", "MID_TERM")
                .queryParam("includePending", true).when().get("/api/v1/reports/" + PLAN).then().statusCode(200)
                .contentType(Documents.PDF).header("Content-Disposition", containsString(PLAN + "-mid-term-2023.pdf"))
                .extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-mid-term.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertTrue(text.contains(flat("济南市槐荫区“十四五”儿童发展规划")), "the plan's title");
            assertTrue(text.contains("济槐政发〔2022〕4号"), "the plan's document number");
            assertTrue(text.contains("中期评估报告"), text.substring(0, Math.min(300, text.length())));
            Map<String, Integer> counts = report.getMap("counts");
            Map<TargetStatus, Integer> byStatus = new java.util.EnumMap<>(TargetStatus.class);
            counts.forEach((k, v) -> byStatus.put(TargetStatus.valueOf(k), v));
            assertTrue(text.contains(flat(ReportPdf.summary(byStatus, Language.ZH))), "the counts by status: "
                    + ReportPdf.summary(byStatus, Language.ZH));
            List<Map<String, Object>> lagging = report.getList("lagging");
            assertFalse(lagging.isEmpty(), "the data make some targets lag");
            for (Map<String, Object> t : lagging) {
                assertTrue(text.contains(flat((String) t.get("indicatorName"))), "lagging indicator " + t.get("indicatorName"));
                assertTrue(text.contains(flat((String) t.get("explanation"))), "its explanation " + t.get("explanation"));
            }
            assertTrue(text.contains("区卫生健康局"), "the data sources");
            assertTrue(text.contains("数据截至"), "the as-of date");
            // the CJK font travels in the file
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), font.getName());
            assertTrue(font.getName().contains("WenQuanYi"), font.getName());
        }
    }

    @Test
    void theFinalEvaluationAsPdfAndAsWord() throws IOException {
        byte[] pdf = given().header("Authorization", REPORTER).accept(Documents.PDF).queryParam("kind", "FINAL")
                .when().get("/api/v1/reports/" + PLAN).then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(flat(new PDFTextStripper().getText(doc)).contains("终期评估报告（2025年）"));
        }
        byte[] docx = given().header("Authorization", REPORTER).accept(Documents.DOCX).queryParam("kind", "FINAL")
                .queryParam("includePending", true).when().get("/api/v1/reports/" + PLAN).then().statusCode(200)
                .contentType(Documents.DOCX).header("Content-Disposition", containsString(".docx")).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertTrue(text.contains("济南市槐荫区“十四五”儿童发展规划"));
            assertTrue(text.contains("济槐政发〔2022〕4号"));
            assertTrue(text.contains("四、预计达标困难的指标"));
            assertTrue(doc.getAllPictures().size() >= 2, "a chart per area");
        }
        // English when asked for
        byte[] en = given().header("Authorization", REPORTER).header("Accept-Language", "en").accept(Documents.PDF)
                .queryParam("kind", "FINAL").when().get("/api/v1/reports/" + PLAN).then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(en)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Final evaluation report"));
        }
    }

    @Test
    void chartsAloneAsSvgAndPng() {
        JsonPath report = given().header("Authorization", REPORTER).queryParam("kind", "MID_TERM").queryParam("includePending", true)
                .when().get("/api/v1/reports/" + PLAN).then().statusCode(200).extract().jsonPath();
        String svg = given().header("Authorization", REPORTER).queryParam("kind", "MID_TERM").queryParam("includePending", true)
                .queryParam("area", "儿童与健康").when().get("/api/v1/reports/" + PLAN + "/charts/status").then().statusCode(200)
                .contentType(startsWith(Documents.SVG)).extract().asString();
        assertTrue(svg.contains("<svg") && svg.contains("儿童与健康") && svg.contains("Microsoft YaHei"), svg.substring(0, 300));
        byte[] png = given().header("Authorization", REPORTER).accept(Documents.PNG).queryParam("kind", "MID_TERM")
                .queryParam("includePending", true).when().get("/api/v1/reports/" + PLAN + "/charts/status").then().statusCode(200)
                .contentType(Documents.PNG).extract().asByteArray();
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        Number target = report.get("lagging[0].targetId");
        byte[] trend = given().header("Authorization", REPORTER).accept(Documents.PNG).queryParam("kind", "MID_TERM")
                .queryParam("includePending", true).queryParam("targetId", target).queryParam("width", 640).queryParam("height", 320)
                .when().get("/api/v1/reports/" + PLAN + "/charts/trend").then().statusCode(200).contentType(Documents.PNG)
                .extract().asByteArray();
        try {
            Files.write(Path.of("target/trend.png"), trend);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        given().header("Authorization", REPORTER).queryParam("kind", "MID_TERM").queryParam("targetId", 999999).when().get("/api/v1/reports/" + PLAN
                + "/charts/trend").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", REPORTER).queryParam("kind", "MID_TERM").queryParam("area", "没有这个领域").when().get("/api/v1/reports/" + PLAN
                + "/charts/status").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer("reporter", "371302")).accept(Documents.PDF).queryParam("kind", "FINAL")
                .when().get("/api/v1/reports/" + PLAN).then().statusCode(403).contentType("application/problem+json");
    }
}
