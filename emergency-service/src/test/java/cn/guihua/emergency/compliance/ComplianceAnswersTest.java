package cn.guihua.emergency.compliance;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.ZHANGDIAN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The compliance views kept by {@link ComplianceAnswers} are the views the database gives, and follow every write. */
@QuarkusTest
class ComplianceAnswersTest {

    private static final String AUDITOR = DevTokens.bearer("auditor", "370000");

    @Inject
    ComplianceAnswers answers;

    @Inject
    DataSource dataSource;

    @Test
    void aKeptAnswerIsByteForByteTheComputedOne() {
        for (String jurisdiction : List.of(HUAIYIN, ZHANGDIAN, "370100", "370000")) {
            for (String asOf : List.of("2022-12-10", "2023-01-01", "2025-06-01")) {
                for (String language : List.of("zh-CN", "en")) {
                    byte[] first = view(jurisdiction, asOf, language);
                    byte[] kept = view(jurisdiction, asOf, language);
                    answers.enabled = false;
                    try {
                        assertArrayEquals(view(jurisdiction, asOf, language), kept, jurisdiction + " " + asOf + " " + language);
                    } finally {
                        answers.enabled = true;
                    }
                    assertArrayEquals(first, kept);
                }
            }
        }
        assertTrue(answers.kept() > 0, "answers are kept");
    }

    /** 000:1507 上年度突发事件全面评估: a duty renamed by hand, outside the API, is answered renamed at once, and back. */
    @Test
    void aWriteOutsideTheApiIsSeenByTheNextRead() throws Exception {
        String name = "上年度突发事件全面评估";
        duties("2025-06-01").body("periodicDuties.name", hasItem(name));
        rename(name + "（复核）", name);
        try {
            duties("2025-06-01").body("periodicDuties.name", hasItem(name + "（复核）"));
        } finally {
            rename(name, name + "（复核）");
        }
        duties("2025-06-01").body("periodicDuties.name", hasItem(name));
    }

    /**
     * A kept answer is what a read gets: renamed with the version triggers off (a session in replica mode), the duty
     * is still answered by its old name, which only memory holds now.
     */
    @Test
    void anUnchangedVersionIsAnsweredFromMemory() throws Exception {
        String name = "上年度突发事件全面评估";
        duties("2025-07-01").body("periodicDuties.name", hasItem(name));
        renameUnversioned(name + "（未记版本）", name);
        try {
            duties("2025-07-01").body("periodicDuties.name", hasItem(name));
        } finally {
            renameUnversioned(name, name + "（未记版本）");
        }
    }

    private void rename(String to, String from) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            rename(c, to, from);
        }
    }

    private void renameUnversioned(String to, String from) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            try {
                rename(c, to, from);
            } finally {
                s.execute("SET session_replication_role = DEFAULT");
            }
        }
    }

    private static void rename(Connection c, String to, String from) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE periodic_duty SET name = ? WHERE jurisdiction = ? AND name = ?")) {
            ps.setString(1, to);
            ps.setString(2, HUAIYIN);
            ps.setString(3, from);
            assertTrue(ps.executeUpdate() == 1, "one duty renamed");
        }
    }

    /** 槐荫区's (370104) compliance view as of a day, answered 200. */
    private static ValidatableResponse duties(String asOf) {
        return given().header("Authorization", AUDITOR).queryParam("asOf", asOf).when().get("/api/v1/compliance/" + HUAIYIN).then()
                .statusCode(200);
    }

    private static byte[] view(String jurisdiction, String asOf, String language) {
        return given().header("Authorization", AUDITOR).header("Accept-Language", language).queryParam("asOf", asOf)
                .queryParam("withinDays", 45).when().get("/api/v1/compliance/" + jurisdiction).then().statusCode(200)
                .extract().asByteArray();
    }
}
