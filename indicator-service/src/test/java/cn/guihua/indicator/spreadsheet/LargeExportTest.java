package cn.guihua.indicator.spreadsheet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;


import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An export of 100 000 values streams: the answer has no length (chunked) and holds every row. Its memory is a
 * figure of the benchmark suite (deploy/benchmark), not of a test.
 */
@QuarkusTest
class LargeExportTest {

    private static final int ROWS = 100_000;

    @Inject
    DataSource dataSource;

    @Test
    void aHundredThousandValuesAreStreamed() throws Exception {
        PlanServiceStub.ensureLoaded();
        String[] sexes = { "TOTAL", "FEMALE", "MALE" };
        String[] residences = { "TOTAL", "URBAN", "RURAL" };
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO monitoring_value (id, "
                + "version, indicator_code, jurisdiction, period, year, sex, residence, age_group, value, unit, status, is_current, "
                + "reported_by, reported_at) VALUES (?, 1, 'CHILD_VENUES', ?, ?, ?, ?, ?, ?, ?, '个', 'APPROVED', TRUE, 'load', ?)")) {
            c.setAutoCommit(false);
            int n = 0;
            outer:
            for (String age : List.of("TOTAL", "0-5")) {
                for (int street = 1; street <= 100; street++) {
                    for (int month = 0; month < 60; month++) {
                        for (String sex : sexes) {
                            for (String residence : residences) {
                                if (n++ == ROWS) {
                                    break outer;
                                }
                                int year = 2021 + month / 12;
                                ps.setObject(1, UUID.randomUUID());
                                ps.setString(2, String.format("370303%03d", street));
                                ps.setString(3, String.format("%d-%02d", year, month % 12 + 1));
                                ps.setInt(4, year);
                                ps.setString(5, sex);
                                ps.setString(6, residence);
                                ps.setString(7, age);
                                ps.setBigDecimal(8, java.math.BigDecimal.valueOf(n % 97));
                                ps.setObject(9, OffsetDateTime.now());
                                ps.addBatch();
                                if (n % 1000 == 0) {
                                    ps.executeBatch();
                                }
                            }
                        }
                    }
                }
            }
            ps.executeBatch();
            c.commit();
        }
        long start = System.nanoTime();
        Response r = given().header("Authorization", DevTokens.bearer("admin", "370000")).accept(Xlsx.XLSX)
                .queryParam("jurisdiction", "370303").queryParam("descendants", true).when().get("/api/v1/monitoring-values");
        byte[] body = r.then().statusCode(200).extract().asByteArray();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNull(r.header("Content-Length"), "streamed, not buffered");
        long[] rows = { 0 };
        WorkbookReader.read(body, new WorkbookReader.Limits(10_000_000, 1), new WorkbookReader.Rows() {
            @Override
            public void sheet(String name) {
            }

            @Override
            public void row(int rowIndex, List<WorkbookReader.Cell> cells) {
                if (rowIndex >= 2) {
                    rows[0]++;
                }
            }
        });
        assertEquals(ROWS, rows[0]);
        System.out.printf("export of %d values: %d ms, %d kB%n", ROWS, millis, body.length / 1024);
        assertTrue(body.length > 1_000_000);
    }
}
