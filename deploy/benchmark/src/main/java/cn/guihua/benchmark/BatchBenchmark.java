package cn.guihua.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.localstack.Service;

/**
 * subsidy-service's two bulk operations end to end over HTTP with their database writes, against the same arithmetic
 * written as a plain Java loop (the standards and the 附件1 points typed in) plus plain JDBC reads and writes of the
 * same rows into the same tables, in the same run:
 * <ul>
 * <li>the monthly disability batch of a district of N recipients ({@code POST /api/v1/disability/batches}: the
 * recipients query, the computation, the batch row and one payment line per payment) against the same query, the
 * loop, the batch row and the lines in JDBC batches of 5 000, one transaction;</li>
 * <li>the farmland ranking of M streets and villages ({@code POST /api/v1/farmland/rankings}: the assessments read,
 * scored and ranked, 2 streets and 6 villages selected with their award applications, the ranking stored) against the
 * assessments read by JDBC, the inputs parsed with Jackson, the loop, the sort and selection, the awards, the
 * ranking row and its public notice inserted.</li>
 * </ul>
 * Both sides start from the same tables (what a run writes is removed, then a checkpoint); warm-up runs first, then
 * alternating timed runs (more of each for a short operation, see {@link #WARMUP_SECONDS} and {@link #TIMED_SECONDS}); the
 * medians' ratio is the figure. The two sides' results are compared.
 */
final class BatchBenchmark {

    static final String PART = "batch";
    static final String DISTRICT = "370199";
    static final String MONTH = "2024-06";
    static final int YEAR = 2024;
    static final BigDecimal LIVING = new BigDecimal("90.00");
    static final BigDecimal NURSING = new BigDecimal("110.00");
    /** Warm-up of a short operation: until each side has run this long, or {@link #MAX_WARMUPS} runs. */
    static final double WARMUP_SECONDS = 3;
    static final int MAX_WARMUPS = 20;
    /** Timed runs of a short operation: until each side has run this long, or {@link #MAX_REPS} runs. */
    static final double TIMED_SECONDS = 1;
    static final int MAX_REPS = 15;
    private static final String[] CATEGORIES = { "VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "MENTAL", "MULTIPLE" };

    private final Suite suite;
    private Db db;

    BatchBenchmark(Suite suite) {
        this.suite = suite;
    }

    void run() throws Exception {
        suite.services();
        db = suite.db(Service.SUBSIDY);
        int recipients = suite.settings.integer("recipients");
        int units = suite.settings.integer("units") / 2 * 2;
        suite.out.printf("%n=== batch: disability batch of %,d recipients, farmland ranking of %,d streets and villages (district %s)%n",
                recipients, units, DISTRICT);
        seed(recipients, units);
        compare("batch.disability", "disability batch of " + recipients + " recipients", this::disabilityService, this::disabilityPlain,
                this::resetDisability);
        compare("batch.farmland", "farmland ranking of " + units + " units", this::farmlandService, this::farmlandPlain,
                this::resetFarmland);
    }

    interface Side {
        Outcome run() throws Exception;
    }

    interface Reset {
        void run() throws Exception;
    }

    /** Seconds, and what came out, for comparing. */
    record Outcome(double seconds, String result) {
    }

    private void compare(String name, String what, Side service, Side plain, Reset reset) throws Exception {
        // at least two warm-ups: one operation is a few requests, the JIT needs more than one to settle. A short one gets
        // more, until each side has run WARMUP_SECONDS (at most MAX_WARMUPS runs): the code a service runs once per request
        // (HTTP, security, idempotency, the transaction, Hibernate's flush) is compiled only after some hundred calls, and
        // the ranking's timed runs were its 3rd to 5th requests: its 3rd took 0.16-0.22 s, its 20th on 0.05-0.07 s (issue 17)
        int minimum = Math.max(2, suite.settings.warmups());
        double serviceWarmed = 0;
        double plainWarmed = 0;
        int runs = 0;
        String first = null;
        double lastService = 0;
        double lastPlain = 0;
        while (runs < minimum || Math.min(serviceWarmed, plainWarmed) < WARMUP_SECONDS && runs < MAX_WARMUPS) {
            reset.run();
            double s = service.run().seconds();
            reset.run();
            double p = plain.run().seconds();
            runs++;
            serviceWarmed += s;
            plainWarmed += p;
            if (runs <= minimum) {
                suite.out.printf("  warm-up %s: service %.2f s, plain %.2f s%n", what, s, p);
            } else if (first == null) {
                first = String.format("service %.2f s, plain %.2f s", s, p);
            }
            lastService = s;
            lastPlain = p;
        }
        if (runs > minimum) {
            suite.out.printf("  %d more warm-ups of %s (a short operation): the first %s, the last service %.2f s, plain %.2f s%n",
                    runs - minimum, what, first, lastService, lastPlain);
        }
        List<Double> s = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        boolean agree = true;
        // and timed as often: three runs of a 50 ms operation on a shared machine gave medians 1.1x and 1.6x apart for one build
        // (issue 17); a short one is timed until each side has run TIMED_SECONDS (at most MAX_REPS runs)
        double serviceTimed = 0;
        double plainTimed = 0;
        for (int rep = 0; rep < suite.settings.reps() || Math.min(serviceTimed, plainTimed) < TIMED_SECONDS && rep < MAX_REPS; rep++) {
            Outcome a;
            Outcome b;
            if (rep % 2 == 0) {
                reset.run();
                a = service.run();
                reset.run();
                b = plain.run();
            } else {
                reset.run();
                b = plain.run();
                reset.run();
                a = service.run();
            }
            s.add(a.seconds());
            p.add(b.seconds());
            serviceTimed += a.seconds();
            plainTimed += b.seconds();
            if (!a.result().equals(b.result())) {
                agree = false;
                suite.out.println("  the two sides disagree:\n    service " + a.result() + "\n    plain   " + b.result());
            }
            suite.out.printf("  run %d %s: service %.2f s, plain %.2f s%n", rep + 1, what, a.seconds(), b.seconds());
        }
        reset.run();
        suite.results.info(PART, name + ".service_seconds", Stats.median(s), "s",
                "over HTTP with its writes, median of " + s.size() + ": " + Stats.list(s, "%.2f"));
        suite.results.info(PART, name + ".plain_seconds", Stats.median(p), "s",
                "loop + plain JDBC, median of " + p.size() + ": " + Stats.list(p, "%.2f"));
        suite.results.goal(PART, name + ".ratio", Stats.median(s) / Stats.median(p), "x", Results.Op.AT_MOST, 1.5,
                "service / plain, medians, " + what);
        suite.results.goal(PART, name + ".results_agree", agree ? 1 : 0, "", Results.Op.EQUALS, 1,
                "the service and the loop paid / selected the same");
    }

    // ---------------------------------------------------------------- seed

    private void seed(int recipients, int units) throws Exception {
        long t0 = System.nanoTime();
        resetFarmland();
        db.exec("DELETE FROM application WHERE jurisdiction LIKE '" + DISTRICT + "%'",
                "DELETE FROM disabled_person WHERE residence LIKE '" + DISTRICT + "%'",
                "DELETE FROM farmland_assessment WHERE district = '" + DISTRICT + "'",
                "INSERT INTO parameter_value (name, jurisdiction, valid_from, value, set_by, set_at) VALUES "
                        + "('DISABILITY_LIVING_MONTHLY', '" + DISTRICT + "', '2024-01-01', '" + LIVING + "', 'benchmark', now()), "
                        + "('DISABILITY_NURSING_MONTHLY', '" + DISTRICT + "', '2024-01-01', '" + NURSING + "', 'benchmark', now()), "
                        + "('NURSING_EXTENDED_TO_GRADE_3_4', '" + DISTRICT + "', '2024-01-01', 'true', 'benchmark', now()), "
                        // eligibility is configuration (issue 12), as the plain loop below has it: 低保 for the living
                        // subsidy, grades 1-2 (and 3-4 intellectual or mental, the extension) for nursing
                        + "('DISABILITY_LIVING_REQUIRES_LOW_INCOME', '" + DISTRICT + "', '2024-01-01', 'true', 'benchmark', now()), "
                        + "('DISABILITY_NURSING_GRADES', '" + DISTRICT + "', '2024-01-01', '1,2', 'benchmark', now()) "
                        + "ON CONFLICT DO NOTHING",
                // identity numbers need not pass the check here: rows go straight into the table
                "INSERT INTO disabled_person (id, id_number, name, residence, category, grade, low_income, updated_at) "
                        + "SELECT gen_random_uuid(), '" + DISTRICT + "' || lpad(g::text, 12, '0'), 'p' || g, '" + DISTRICT
                        + "' || lpad((g % 90 + 1)::text, 3, '0'), (ARRAY['VISUAL','HEARING','SPEECH','PHYSICAL','INTELLECTUAL','MENTAL',"
                        + "'MULTIPLE'])[g % 7 + 1], g % 4 + 1, g % 3 = 0, now() FROM generate_series(1, " + recipients + ") g");
        for (String policy : List.of("DISABILITY_LIVING", "DISABILITY_NURSING")) {
            db.exec("INSERT INTO application (id, policy_code, benefit_key, beneficiary_type, beneficiary_id, beneficiary_name, "
                    + "jurisdiction, status, origin, submitted_by, submitted_at, updated_at) SELECT gen_random_uuid(), '" + policy
                    + "', 'ENROLMENT', 'PERSON', id_number, name, residence, 'APPROVED', 'APPLIED', 'benchmark', now(), now() "
                    + "FROM disabled_person WHERE residence LIKE '" + DISTRICT + "%' AND substr(id_number, 17, 2)::int % 10 <> 0");
        }
        db.exec("INSERT INTO farmland_assessment (id, year, district, jurisdiction, name, unit_type, street, inputs, prefilled, "
                + "created_by, updated_at) SELECT gen_random_uuid(), " + YEAR + ", '" + DISTRICT + "', code, code, "
                + "CASE WHEN length(code) = 9 THEN 'STREET' ELSE 'VILLAGE' END, substr(code, 1, 9), jsonb_build_object("
                + "'cultivatedArea', 900 + g % 400, 'cultivatedTarget', 900, 'permanentBasicArea', 700 + g % 50, "
                + "'permanentBasicTarget', 700, 'illegalOccupationRatio', g % 12, 'newPatchRatio', (g % 5) * 0.5, "
                + "'districtPatchRatio', 1.0, 'measures', g % 6, 'promotedDistrict', g % 4 = 0, 'demonstrationAccepted', g % 3 = 0, "
                + "'lastYearIncentive', 'NONE'), '{}', 'benchmark', now() "
                + "FROM generate_series(1, " + units / 2 + ") g, LATERAL (VALUES ('" + DISTRICT + "' || lpad(g::text, 3, '0')), ('"
                + DISTRICT + "' || lpad(g::text, 3, '0') || '001')) v(code)",
                "ANALYZE disabled_person", "ANALYZE application", "ANALYZE farmland_assessment");
        suite.out.printf("  seeded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- disability

    private void resetDisability() throws Exception {
        db.exec("TRUNCATE disability_payment_line, disability_batch", "DELETE FROM outgoing_call");
        db.checkpoint();
    }

    private Outcome disabilityService() throws Exception {
        byte[] body = Http.JSON.writeValueAsBytes(Map.of("district", DISTRICT, "month", MONTH));
        long t0 = System.nanoTime();
        HttpResponse<String> r = suite.http.send("POST", suite.url(Service.SUBSIDY) + "/api/v1/disability/batches",
                Http.bearer("subsidy-officer", DISTRICT), "application/json", body, Duration.ofMinutes(10),
                "Idempotency-Key", UUID.randomUUID().toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r.statusCode() != 201) {
            throw new IllegalStateException("the batch answered " + r.statusCode() + ": " + Http.abbreviate(r.body()));
        }
        JsonNode b = Http.JSON.readTree(r.body());
        return new Outcome(seconds, disabilityResult(b.path("livingEligible").asInt(), b.path("livingPaid").asInt(),
                b.path("livingAmount").decimalValue(), b.path("nursingEligible").asInt(), b.path("nursingPaid").asInt(),
                b.path("nursingAmount").decimalValue()));
    }

    private static String disabilityResult(int le, int lp, BigDecimal la, int ne, int np, BigDecimal na) {
        return String.format("living %d eligible %d paid %s yuan, nursing %d eligible %d paid %s yuan", le, lp,
                la.setScale(2, RoundingMode.HALF_UP).toPlainString(), ne, np, na.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /** The same batch: the recipients query, the eligibility and money by hand, the rows by plain JDBC. */
    private Outcome disabilityPlain() throws Exception {
        try (Connection c = db.connect(true)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM disability_batch WHERE district = ? AND month = ?")) {
                ps.setString(1, DISTRICT);
                ps.setString(2, MONTH);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new IllegalStateException("batch exists");
                    }
                }
            }
            List<UUID> living = new ArrayList<>();
            List<UUID> nursing = new ArrayList<>();
            int livingEligible = 0;
            int nursingEligible = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.residence, p.category, p.grade, p.low_income, "
                    + "coalesce(bool_or(a.policy_code = 'DISABILITY_LIVING'), false), coalesce(bool_or(a.policy_code = 'DISABILITY_NURSING'), false) "
                    + "FROM disabled_person p LEFT JOIN application a ON a.beneficiary_id = p.id_number AND a.status = 'APPROVED' "
                    + "AND a.benefit_key = 'ENROLMENT' WHERE p.residence LIKE ? GROUP BY p.id ORDER BY p.id")) {
                ps.setString(1, DISTRICT + "%");
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!rs.getString(2).startsWith(DISTRICT)) {
                            continue;
                        }
                        String category = rs.getString(3);
                        int grade = rs.getInt(4);
                        if (rs.getBoolean(5)) {
                            livingEligible++;
                            if (rs.getBoolean(6)) {
                                living.add(rs.getObject(1, UUID.class));
                            }
                        }
                        if (grade <= 2 || grade >= 3 && (category.equals("INTELLECTUAL") || category.equals("MENTAL"))) {
                            nursingEligible++;
                            if (rs.getBoolean(7)) {
                                nursing.add(rs.getObject(1, UUID.class));
                            }
                        }
                    }
                }
            }
            BigDecimal livingTotal = LIVING.multiply(BigDecimal.valueOf(living.size()));
            BigDecimal nursingTotal = NURSING.multiply(BigDecimal.valueOf(nursing.size()));
            UUID batch = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO disability_batch (id, district, month, living_eligible, "
                    + "living_paid, nursing_eligible, nursing_paid, living_amount, nursing_amount, living_coverage, nursing_coverage, "
                    + "made_by, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench-plain', now())")) {
                ps.setObject(1, batch);
                ps.setString(2, DISTRICT);
                ps.setString(3, MONTH);
                ps.setInt(4, livingEligible);
                ps.setInt(5, living.size());
                ps.setInt(6, nursingEligible);
                ps.setInt(7, nursing.size());
                ps.setBigDecimal(8, livingTotal);
                ps.setBigDecimal(9, nursingTotal);
                ps.setBigDecimal(10, coverage(living.size(), livingEligible));
                ps.setBigDecimal(11, coverage(nursing.size(), nursingEligible));
                ps.executeUpdate();
            }
            lines(c, batch, "DISABILITY_LIVING", LIVING, living);
            lines(c, batch, "DISABILITY_NURSING", NURSING, nursing);
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Outcome(seconds, disabilityResult(livingEligible, living.size(), livingTotal, nursingEligible, nursing.size(),
                    nursingTotal));
        }
    }

    private static BigDecimal coverage(int paid, int eligible) {
        return eligible == 0 ? null : BigDecimal.valueOf(paid * 100L).divide(BigDecimal.valueOf(eligible), 2, RoundingMode.HALF_UP);
    }

    private static void lines(Connection c, UUID batch, String policy, BigDecimal amount, List<UUID> persons) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO disability_payment_line (batch_id, person_id, policy_code, amount) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < persons.size(); i++) {
                ps.setObject(1, batch);
                ps.setObject(2, persons.get(i));
                ps.setString(3, policy);
                ps.setBigDecimal(4, amount);
                ps.addBatch();
                if (i % 5000 == 4999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    // ---------------------------------------------------------------- farmland

    private void resetFarmland() throws Exception {
        // the public notices of the rankings and awards first (issue 13: a ranking is noticed before money moves)
        String notices = "SELECT id FROM public_notice WHERE ranking_id IN (SELECT id FROM farmland_ranking WHERE district = '"
                + DISTRICT + "') OR application_id IN (SELECT id FROM application WHERE origin = 'RANKING' AND policy_code = "
                + "'HUAIYIN_FARMLAND')";
        db.exec("DELETE FROM objection WHERE notice_id IN (" + notices + ")",
                "DELETE FROM public_notice WHERE id IN (" + notices + ")",
                "DELETE FROM application WHERE origin = 'RANKING' AND policy_code = 'HUAIYIN_FARMLAND'",
                "DELETE FROM farmland_ranking WHERE district = '" + DISTRICT + "'");
        db.checkpoint();
    }

    private Outcome farmlandService() throws Exception {
        // selected on the day the plain side judges as of (the service refuses a day outside the year; its default is today)
        byte[] body = Http.JSON.writeValueAsBytes(Map.of("district", DISTRICT, "year", YEAR, "streets", 2, "villages", 6,
                "selectedOn", YEAR + "-12-31"));
        long t0 = System.nanoTime();
        HttpResponse<String> r = suite.http.send("POST", suite.url(Service.SUBSIDY) + "/api/v1/farmland/rankings",
                Http.bearer("subsidy-officer", DISTRICT), "application/json", body, Duration.ofMinutes(10),
                "Idempotency-Key", UUID.randomUUID().toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r.statusCode() != 201) {
            throw new IllegalStateException("the ranking answered " + r.statusCode() + ": " + Http.abbreviate(r.body()));
        }
        JsonNode v = Http.JSON.readTree(r.body());
        return new Outcome(seconds, rankingResult(v.path("streets"), v.path("villages")));
    }

    /** What both sides must agree on: the selected units in order, and the sum of every unit's total. */
    private static String rankingResult(JsonNode streets, JsonNode villages) {
        StringBuilder b = new StringBuilder();
        long sum = 0;
        for (JsonNode list : List.of(streets, villages)) {
            for (JsonNode u : list) {
                sum += u.path("total").asInt();
                if (u.path("selected").asBoolean()) {
                    b.append(u.path("jurisdiction").asText()).append(':').append(u.path("total").asInt()).append(' ');
                }
            }
        }
        return "selected " + b.toString().trim() + "; sum of totals " + sum;
    }

    /** One unit's facts, as 附件1 scores them. */
    private record Unit(UUID id, String jurisdiction, String name, boolean street, String streetCode, JsonNode in) {
        BigDecimal d(String f) {
            JsonNode n = in.get(f);
            return n == null || n.isNull() ? null : n.decimalValue();
        }

        boolean yes(String f) {
            return in.path(f).asBoolean(false);
        }
    }

    private record Scored(Unit unit, int total, boolean excluded, List<String> disqualifications) {
        boolean qualifies() {
            return !excluded && disqualifications.isEmpty();
        }
    }

    /** The same ranking: the assessments by JDBC, Jackson for the inputs, the points by hand, the rows by JDBC. */
    private Outcome farmlandPlain() throws Exception {
        try (Connection c = db.connect(true)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM farmland_ranking WHERE district = ? AND year = ?")) {
                ps.setString(1, DISTRICT);
                ps.setInt(2, YEAR);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new IllegalStateException("ranking exists");
                    }
                }
            }
            List<Unit> units = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, jurisdiction, name, unit_type, street, inputs "
                    + "FROM farmland_assessment WHERE district = ? AND year = ? ORDER BY jurisdiction")) {
                ps.setString(1, DISTRICT);
                ps.setInt(2, YEAR);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        units.add(new Unit(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4).equals("STREET"),
                                rs.getString(5), Http.JSON.readTree(rs.getString(6))));
                    }
                }
            }
            Map<String, BigDecimal[]> sums = new HashMap<>();
            for (Unit u : units) {
                BigDecimal area = u.d("cultivatedArea");
                if (area != null) {
                    BigDecimal[] s = sums.computeIfAbsent(u.street() ? "district" : u.streetCode(), k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
                    s[0] = s[0].add(area);
                    s[1] = s[1].add(BigDecimal.ONE);
                }
            }
            List<Scored> streets = new ArrayList<>();
            List<Scored> villages = new ArrayList<>();
            for (Unit u : units) {
                BigDecimal[] s = sums.get(u.street() ? "district" : u.streetCode());
                BigDecimal average = s == null ? null : s[0].divide(s[1], 4, RoundingMode.HALF_UP);
                (u.street() ? streets : villages).add(score(u, average));
            }
            Comparator<Scored> order = Comparator.<Scored>comparingInt(x -> x.qualifies() ? 0 : 1)
                    .thenComparing(Comparator.<Scored>comparingInt(Scored::total).reversed()).thenComparing(x -> x.unit().jurisdiction());
            streets.sort(order);
            villages.sort(order);
            ObjectNode view = Http.JSON.createObjectNode();
            view.put("district", DISTRICT).put("year", YEAR).put("asOf", YEAR + "-12-31");
            try (PreparedStatement award = c.prepareStatement("INSERT INTO application (id, policy_code, benefit_key, "
                    + "beneficiary_type, beneficiary_id, beneficiary_name, jurisdiction, status, origin, calculation, amount, "
                    + "submitted_by, submitted_at, decided_by, decided_at, updated_at) VALUES (?, 'HUAIYIN_FARMLAND', ?, ?, ?, ?, ?, "
                    + "'APPROVED', 'RANKING', ?::jsonb, ?, 'bench-plain', now(), 'bench-plain', now(), now())")) {
                view.set("streets", select(streets, 2, Integer.MAX_VALUE, new BigDecimal("300000.00"), award));
                view.set("villages", select(villages, 6, 2, new BigDecimal("100000.00"), award));
                award.executeBatch();
            }
            view.put("tie", false).put("madeBy", "bench-plain").put("madeAt", OffsetDateTime.now().toString());
            long ranking;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO farmland_ranking (district, year, result, made_by, made_at) "
                    + "VALUES (?, ?, ?::jsonb, 'bench-plain', now()) RETURNING id")) {
                ps.setString(1, DISTRICT);
                ps.setInt(2, YEAR);
                ps.setString(3, Http.JSON.writeValueAsString(view));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ranking = rs.getLong(1);
                }
            }
            // the selection's public notice, as the service posts it (issue 13): its length is not configured here
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO public_notice (id, policy_code, rule_code, ranking_id, "
                    + "jurisdiction, posted_on, first_day_counted, note, parameters, posted_by, posted_at) VALUES (?, 'HUAIYIN_FARMLAND', "
                    + "'SELECTION_PUBLIC_NOTICE', ?, ?, ?, false, 'FARMLAND_NOTICE_DAYS, FARMLAND_NOTICE_DAY_KIND', ?::jsonb, 'bench-plain', "
                    + "now())")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setLong(2, ranking);
                ps.setString(3, DISTRICT);
                ps.setObject(4, LocalDate.of(YEAR, 12, 31));
                ps.setString(5, "[{\"name\": \"FARMLAND_NOTICE_DAYS\", \"set\": false}, {\"name\": \"FARMLAND_NOTICE_DAY_KIND\", "
                        + "\"set\": false}]");
                ps.executeUpdate();
            }
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Outcome(seconds, rankingResult(view.get("streets"), view.get("villages")));
        }
    }

    private static ArrayNode select(List<Scored> ranked, int wanted, int perStreet, BigDecimal reward, PreparedStatement award)
            throws Exception {
        ArrayNode out = Http.JSON.createArrayNode();
        Map<String, Integer> perStreetCount = new LinkedHashMap<>();
        int selected = 0;
        for (Scored s : ranked) {
            boolean placesFull = selected >= wanted;
            boolean streetFull = perStreetCount.getOrDefault(s.unit().streetCode(), 0) >= perStreet;
            boolean pick = s.qualifies() && !placesFull && !streetFull;
            ObjectNode n = out.addObject();
            n.put("jurisdiction", s.unit().jurisdiction()).put("name", s.unit().name()).put("unitType", s.unit().street() ? "STREET" : "VILLAGE")
                    .put("street", s.unit().streetCode()).put("total", s.total()).put("excluded", s.excluded());
            ArrayNode dq = n.putArray("disqualifications");
            s.disqualifications().forEach(dq::add);
            n.put("selected", pick);
            if (pick) {
                selected++;
                perStreetCount.merge(s.unit().streetCode(), 1, Integer::sum);
                UUID id = UUID.randomUUID();
                ObjectNode calc = Http.JSON.createObjectNode().put("policy", "HUAIYIN_FARMLAND").put("status", "CALCULATED")
                        .put("amount", reward).put("total", s.total());
                award.setObject(1, id);
                award.setString(2, String.valueOf(YEAR));
                award.setString(3, s.unit().street() ? "STREET" : "VILLAGE");
                award.setString(4, s.unit().jurisdiction());
                award.setString(5, s.unit().name());
                award.setString(6, s.unit().jurisdiction());
                award.setString(7, Http.JSON.writeValueAsString(calc));
                award.setBigDecimal(8, reward);
                award.addBatch();
                n.put("reward", reward).put("applicationId", id.toString());
            } else {
                n.putNull("reward").putNull("applicationId");
            }
            // why a qualifying unit is left out, as the service's stored ranking says it (messages.properties, 000:1745)
            n.put("note", !s.qualifies() || pick ? null : placesFull ? "名额已满" : "本街道已有 " + perStreet + " 个村入选（000:1745）");
            n.put("demonstrationPreferred", false); // the seeded units have no acceptance date (DEMONSTRATION_PREFERENCE)
        }
        return out;
    }

    /** 附件1 written out by hand with the table's numbers (V2__rules.sql), absent inputs scoring as the service has it. */
    private static Scored score(Unit u, BigDecimal average) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal area = u.d("cultivatedArea");
        BigDecimal target = u.d("cultivatedTarget");
        BigDecimal basic = u.d("permanentBasicArea");
        BigDecimal basicTarget = u.d("permanentBasicTarget");
        BigDecimal illegal = u.d("illegalOccupationRatio");
        BigDecimal patches = u.d("newPatchRatio");
        BigDecimal districtPatches = u.d("districtPatchRatio");
        boolean taskDone = area != null && target != null && area.compareTo(target) >= 0;
        boolean basicDone = basic != null && basicTarget != null && basic.compareTo(basicTarget) >= 0;
        int total = taskDone ? 15 : 0;
        if (area != null && target != null && target.signum() != 0) {
            BigDecimal above = area.subtract(target).multiply(hundred).divide(target, 4, RoundingMode.HALF_UP);
            total += above.signum() > 0 ? Math.min(above.divide(BigDecimal.valueOf(5), 0, RoundingMode.FLOOR).intValue(), 5) : 0;
        }
        if (area != null && average != null && average.signum() != 0) {
            BigDecimal over = area.subtract(average).multiply(hundred).divide(average, 4, RoundingMode.HALF_UP);
            total += over.compareTo(BigDecimal.valueOf(30)) > 0 ? 5 : over.compareTo(BigDecimal.valueOf(20)) > 0 ? 3
                    : over.compareTo(BigDecimal.TEN) > 0 ? 1 : 0;
        }
        total += basicDone ? 20 : 0;
        if (illegal != null) {
            total += illegal.signum() <= 0 ? 10 : Math.max(0, 10 - illegal.setScale(0, RoundingMode.CEILING).intValue());
        }
        if (patches != null && districtPatches != null) {
            BigDecimal excess = patches.subtract(districtPatches);
            total += excess.signum() <= 0 ? 5 : Math.max(0, 5 - excess.setScale(0, RoundingMode.CEILING).intValue());
        }
        int measures = u.in().hasNonNull("measures") ? Math.min(u.in().get("measures").asInt() * 2, 10) : 0;
        total += Math.min(measures + (u.yes("promotedCityOrAbove") ? 7 : 0) + (u.yes("promotedDistrict") ? 3 : 0), 20);
        total += (u.yes("demonstrationAccepted") ? 5 : 0) + (u.yes("demonstrationReverified") ? 5 : 0);
        String incentive = u.in().path("lastYearIncentive").asText("");
        boolean incentivised = !incentive.isEmpty() && !incentive.equals("NONE");
        total += u.street() && !incentive.equals("CITY_OR_PROVINCE") ? 10
                : (incentivised && u.street() && u.yes("fundsPassedToVillages") ? 5 : 0) + (incentivised && u.yes("fundsUsedInScope") ? 5 : 0);
        boolean excluded = (target == null || target.signum() == 0) && (basicTarget == null || basicTarget.signum() == 0);
        List<String> dq = new ArrayList<>(2);
        if (!taskDone || !basicDone) {
            dq.add("DQ_TASK_NOT_COMPLETED");
        }
        if (illegal != null && illegal.compareTo(BigDecimal.TEN) > 0) {
            dq.add("DQ_ILLEGAL_OCCUPATION");
        }
        if (u.yes("accountability")) {
            dq.add("DQ_ACCOUNTABILITY");
        }
        if (u.yes("severeNonFarming")) {
            dq.add("DQ_NON_FARMING");
        }
        return new Scored(u, total, excluded, dq);
    }
}
