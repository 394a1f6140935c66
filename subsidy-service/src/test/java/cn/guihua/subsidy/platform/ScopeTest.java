package cn.guihua.subsidy.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.subsidy.identity.ResidentId;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every read by id checks the caller's jurisdiction, as the lists do: for EVERY GET with a path parameter that returns
 * one scoped record, a record of one jurisdiction is read with a subsidy officer's token of another, and the answer is
 * 403 problem+json. 403, not 404: the ids are random UUIDs that only a list (already scoped) or the creating answer
 * hands out, so a 403 tells a caller nothing about which records exist that guessing could not; and the officer learns
 * why (outside your jurisdiction) instead of thinking the record was deleted. The officer of the record's own
 * jurisdiction (and an unscoped auditor) reads the same record, so the 403 is the scope and not the role.
 * <p>
 * Exempt: {@code GET /api/v1/policies/{code}} (public policy documents, like the published standards of
 * {@code GET /api/v1/parameters}). The reads added with issue 13 (a farmland selection, the 政企直通车 policies, items,
 * enterprises and matches, expropriation projects and their timelines) are checked like the others: every one of them
 * is a record of one jurisdiction. The outgoing calls ({@code GET /api/v1/outgoing-calls}) and the audit trail are
 * lists for the unscoped roles admin and auditor only, with no read by id.
 */
@QuarkusTest
class ScopeTest {

    static final String HUAIYIN = DevTokens.bearer("subsidy-officer", "370104");
    static final String LANSHAN = DevTokens.bearer("subsidy-officer", "371302");
    static final String LICHENG = DevTokens.bearer("subsidy-officer", "370112");
    static final String AUDITOR = DevTokens.bearer("auditor", "370000");

    /** path -> the token of the record's own jurisdiction; made once, by the first test (the app must be up) */
    private static final Map<String, String> reads = new LinkedHashMap<>();

    static synchronized Map<String, String> reads() {
        if (reads.isEmpty()) {
            records();
        }
        return reads;
    }

    static void records() {
        // an application of 兰山区 (371302), approved and paid
        String creditCode = "91371302MA3C4D5W1";
        creditCode += CreditCode.checkChar(creditCode);
        Map<String, Object> claim = Map.of("policy", "LANSHAN_LISTING", "benefit", "NEEQ_LISTING", "beneficiaryType", "ENTERPRISE",
                "beneficiaryId", creditCode, "beneficiaryName", "临沂某某新材料股份有限公司", "jurisdiction", "371302");
        String application = given().header("Authorization", LANSHAN).contentType(ContentType.JSON).body(claim)
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
        given().header("Authorization", LANSHAN).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 0))
                .when().post("/api/v1/applications/" + application + "/decision").then().statusCode(200);
        String payment = given().header("Authorization", LANSHAN).contentType(ContentType.JSON).body(Map.of("paidOn", "2024-03-01"))
                .when().post("/api/v1/applications/" + application + "/payments").then().statusCode(201).extract().path("id");
        reads.put("/api/v1/applications/" + application, LANSHAN);
        reads.put("/api/v1/applications/" + application + "/history", LANSHAN);
        reads.put("/api/v1/payments/" + payment, LANSHAN);

        // a certificate holder of 槐荫区 (370104)
        String idNumber = "37010419900101009";
        idNumber += ResidentId.checkChar(idNumber);
        String person = given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                .body(Map.of("idNumber", idNumber, "name", "钱七", "residence", "370104011", "category", "PHYSICAL", "grade", 2,
                        "lowIncome", false))
                .when().post("/api/v1/disability/persons").then().statusCode(201).extract().path("id");
        reads.put("/api/v1/disability/persons/" + person, HUAIYIN);

        // a monthly batch of 历城区 (370112), which no other test pays
        for (String name : List.of("DISABILITY_LIVING_MONTHLY", "DISABILITY_NURSING_MONTHLY")) {
            given().header("Authorization", LICHENG).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "jurisdiction", "370112", "validFrom", "2024-01-01", "value", "100"))
                    .when().post("/api/v1/parameters").then().statusCode(201);
        }
        // the eligibility the national document leaves to the district: configured with its legal basis (issue 12 (b))
        for (Map.Entry<String, String> rule : Map.of("DISABILITY_LIVING_REQUIRES_LOW_INCOME", "true", "DISABILITY_NURSING_GRADES", "1,2")
                .entrySet()) {
            given().header("Authorization", LICHENG).contentType(ContentType.JSON)
                    .body(Map.of("name", rule.getKey(), "jurisdiction", "370112", "validFrom", "2024-01-01", "value", rule.getValue(),
                            "legalBasis", "国发〔2015〕52号"))
                    .when().post("/api/v1/parameters").then().statusCode(201);
        }
        String batch = given().header("Authorization", LICHENG).contentType(ContentType.JSON)
                .body(Map.of("district", "370112", "month", "2024-04")).when().post("/api/v1/disability/batches").then()
                .statusCode(201).extract().path("id");
        reads.put("/api/v1/disability/batches/" + batch, LICHENG);

        // a farmland assessment of a 槐荫区 village (the defect: a 371302 officer read a 370104 street's score); a village of
        // its own street and year, so that no other test's peer average changes
        String assessment = given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                .body(Map.of("year", 2023, "jurisdiction", "370104098001", "name", "试验村",
                        "inputs", Map.of("illegalOccupationRatio", 0, "lastYearIncentive", "NONE")))
                .when().post("/api/v1/farmland/assessments").then().statusCode(201).extract().path("id");
        reads.put("/api/v1/farmland/assessments/" + assessment, HUAIYIN);
        reads.put("/api/v1/farmland/assessments/" + assessment + "/score", HUAIYIN);

        // an enterprise of 槐荫区's listing reserve pool
        String reserveCode = "91370104MA3C4D5W2";
        reserveCode += CreditCode.checkChar(reserveCode);
        String reserve = given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                .body(Map.of("creditCode", reserveCode, "name", "济南某某试验企业", "jurisdiction", "370104", "tier", "RESERVE", "stage", "RESERVE"))
                .when().post("/api/v1/listing-reserve").then().statusCode(201).extract().path("id");
        reads.put("/api/v1/listing-reserve/" + reserve, HUAIYIN);

        // a farmland selection of 槐荫区 for 2022 (no other test selects that year): a street and three villages
        Map<String, Object> full = Map.ofEntries(Map.entry("cultivatedArea", 1300), Map.entry("cultivatedTarget", 1000),
                Map.entry("permanentBasicArea", 900), Map.entry("permanentBasicTarget", 850), Map.entry("illegalOccupationRatio", 0),
                Map.entry("measures", 5), Map.entry("lastYearIncentive", "NONE"));
        for (String code : List.of("370104096", "370104096001", "370104096002", "370104095001")) {
            given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                    .body(Map.of("year", 2022, "jurisdiction", code, "name", "试验" + code, "inputs", full))
                    .when().post("/api/v1/farmland/assessments").then().statusCode(201);
        }
        Object ranking = given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                .body(Map.of("district", "370104", "year", 2022, "streets", 1, "villages", 3, "selectedOn", "2022-12-01"))
                .when().post("/api/v1/farmland/rankings").then().statusCode(201).extract().path("id");
        reads.put("/api/v1/farmland/rankings/" + ranking, HUAIYIN);

        // 政企直通车 of 兰山区: a policy, an item, an enterprise and its matches
        String policy = given().header("Authorization", LANSHAN).contentType(ContentType.JSON)
                .body(Map.of("title", "试验政策", "level", "COUNTY", "issuingDepartment", "区工信局", "publishedOn", "2024-11-06"))
                .when().post("/api/v1/direct-delivery/policies").then().statusCode(201).extract().path("id");
        reads.put("/api/v1/direct-delivery/policies/" + policy, LANSHAN);
        Map<String, Object> item = new java.util.HashMap<>(Map.of("name", "试验事项", "basis", "试验依据", "content", "试验内容",
                "beneficiaries", "兰山区企业", "applicablePeriod", Map.of("from", "2024-01-01"), "materials", List.of("营业执照"),
                "department", "区工信局", "contactPerson", "张三", "contact", "0539-0000000"));
        item.put("conditions", List.of(Map.of("tag", "JURISDICTION", "op", "EQ", "value", "371302")));
        String itemId = given().header("Authorization", LANSHAN).contentType(ContentType.JSON).body(item)
                .when().post("/api/v1/direct-delivery/policies/" + policy + "/items").then().statusCode(201).extract().path("id");
        reads.put("/api/v1/direct-delivery/items/" + itemId, LANSHAN);
        reads.put("/api/v1/direct-delivery/items/" + itemId + "/enterprises", LANSHAN);
        String enterprise = "91371302MA3C4D5W3";
        enterprise += CreditCode.checkChar(enterprise);
        ENTERPRISE[0] = enterprise;
        given().header("Authorization", LANSHAN).contentType(ContentType.JSON)
                .body(Map.of("creditCode", enterprise, "name", "临沂某某试验企业", "jurisdiction", "371302", "tags", Map.of("JURISDICTION", "371302")))
                .when().post("/api/v1/direct-delivery/enterprises").then().statusCode(201);
        reads.put("/api/v1/direct-delivery/enterprises/" + enterprise, LANSHAN);
        reads.put("/api/v1/direct-delivery/enterprises/" + enterprise + "/matches", LANSHAN);

        // an expropriation project of 兰山区 and its timeline
        String project = given().header("Authorization", LANSHAN).contentType(ContentType.JSON)
                .body(Map.of("name", "试验征收项目", "jurisdiction", "371302", "facts", Map.of("planPostedOn", "2024-01-15", "households", 120)))
                .when().post("/api/v1/expropriation/projects").then().statusCode(201).extract().path("id");
        reads.put("/api/v1/expropriation/projects/" + project, LANSHAN);
        reads.put("/api/v1/expropriation/projects/" + project + "/timeline", LANSHAN);
    }

    /** The credit code of the 政企直通车 enterprise, for the coverage check. */
    static final String[] ENTERPRISE = new String[1];

    @Test
    void everyReadByIdOfAnotherJurisdictionIs403() {
        for (Map.Entry<String, String> read : reads().entrySet()) {
            String other = read.getValue().equals(HUAIYIN) ? LANSHAN : HUAIYIN;
            given().header("Authorization", other).header("Accept-Language", "en").when().get(read.getKey()).then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://guihua.dev/problems/forbidden"));
        }
    }

    @Test
    void theOwnJurisdictionAndUnscopedRolesReadTheSameRecords() {
        for (Map.Entry<String, String> read : reads().entrySet()) {
            given().header("Authorization", read.getValue()).when().get(read.getKey()).then().statusCode(200);
            given().header("Authorization", AUDITOR).when().get(read.getKey()).then().statusCode(200);
        }
    }

    @Test
    void theReadsCoverEveryScopedReadByIdOfTheSpec() throws Exception {
        // every GET of the served spec with a path parameter is either listed here or exempt (public)
        com.fasterxml.jackson.databind.JsonNode spec = cn.guihua.testsupport.ApiFuzzer.servedSpec();
        List<String> exempt = List.of("/api/v1/policies/{code}");
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (String path : reads().keySet()) {
            covered.add(path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                    .replaceAll("/rankings/\\d+", "/rankings/{id}").replace(ENTERPRISE[0], "{creditCode}"));
        }
        for (java.util.Iterator<String> paths = spec.path("paths").fieldNames(); paths.hasNext();) {
            String path = paths.next();
            if (path.contains("{") && spec.path("paths").path(path).has("get") && !exempt.contains(path)) {
                org.junit.jupiter.api.Assertions.assertTrue(covered.contains(path), path + " is a read by id that ScopeTest does not check");
            }
        }
    }
}
