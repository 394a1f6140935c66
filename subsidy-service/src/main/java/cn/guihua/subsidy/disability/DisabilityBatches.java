package cn.guihua.subsidy.disability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.json.Limits;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.subsidy.outgoing.OutgoingCalls;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;

/**
 * The monthly batch of a district: computes every recipient's payment, stores the lines, and queues the month's
 * coverage (paid over eligible) for indicator-service as the monitoring value of the plans' binding coverage indicators.
 */
@ApplicationScoped
public class DisabilityBatches {

    @Inject
    DisabilityStandards standards;

    @Inject
    RuleBook rules;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    OutgoingCalls outgoing;

    /**
     * Refuses a month outside the years every input is held to ({@link Limits}): a batch for {@code 12345-06} would pay
     * its recipients for a month that never comes. JSON bodies are checked on reading already; this holds for every
     * caller of the domain.
     */
    public static YearMonth requireMonth(String field, YearMonth month) {
        if (month == null) {
            throw ProblemException.invalid(field, "problem.field.year-month");
        }
        if (!Limits.yearFits(month.getYear())) {
            throw ProblemException.invalid(field, "problem.field.year-range", Limits.MIN_YEAR, Limits.MAX_YEAR);
        }
        return month;
    }

    @Transactional
    public DisabilityBatch run(String district, YearMonth month) {
        requireMonth("month", month);
        caller.requireJurisdiction(district);
        if (DisabilityBatch.count("district = ?1 and month = ?2", district, month.toString()) > 0) {
            throw ProblemException.conflict("disability.batch-exists", district, month);
        }
        DisabilityStandard s = standards.of(district, month.atDay(1));
        List<String> missing = new ArrayList<>();
        for (String policy : List.of(DisabilityStandard.LIVING, DisabilityStandard.NURSING)) {
            if (!s.configured(policy)) {
                missing.add(policy + " (" + String.join(", ", s.missing(policy).stream().map(Enum::name).toList()) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("disability.standard-missing", String.join(", ", missing), district, month);
        }
        BatchComputation.Result r = BatchComputation.compute(s, recipients(district));
        DisabilityBatch b = new DisabilityBatch();
        b.id = UUID.randomUUID();
        b.district = district;
        b.month = month.toString();
        b.livingEligible = r.livingEligible;
        b.livingPaid = r.livingPaid;
        b.nursingEligible = r.nursingEligible;
        b.nursingPaid = r.nursingPaid;
        b.livingAmount = r.livingTotal;
        b.nursingAmount = r.nursingTotal;
        b.livingCoverage = coverage(r.livingPaid, r.livingEligible);
        b.nursingCoverage = coverage(r.nursingPaid, r.nursingEligible);
        b.madeBy = caller.subject();
        b.madeAt = OffsetDateTime.now();
        b.persist();
        em.flush();
        writeLines(b.id, DisabilityStandard.LIVING, s.monthly(DisabilityStandard.LIVING), r.livingPaidTo, r.livingPaid);
        writeLines(b.id, DisabilityStandard.NURSING, s.monthly(DisabilityStandard.NURSING), r.nursingPaidTo, r.nursingPaid);
        submitCoverage(b, DisabilityStandard.LIVING, b.livingCoverage, r.livingPaid, r.livingEligible, month);
        submitCoverage(b, DisabilityStandard.NURSING, b.nursingCoverage, r.nursingPaid, r.nursingEligible, month);
        audit.record("disability.batch.made", "DisabilityBatch", b.id, Map.of("district", district, "month", b.month,
                "livingPaid", b.livingPaid, "nursingPaid", b.nursingPaid));
        return b;
    }

    /** Everyone on record in the district, with their approved enrolments, read in one query. */
    @SuppressWarnings("unchecked")
    public List<BatchComputation.Recipient> recipients(String district) {
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.residence, p.category, p.grade, p.low_income, "
                + "coalesce(bool_or(a.policy_code = 'DISABILITY_LIVING'), false), coalesce(bool_or(a.policy_code = 'DISABILITY_NURSING'), false) "
                + "FROM disabled_person p LEFT JOIN application a ON a.beneficiary_id = p.id_number AND a.status = 'APPROVED' "
                + "AND a.benefit_key = 'ENROLMENT' WHERE p.residence LIKE :d GROUP BY p.id ORDER BY p.id")
                .setParameter("d", district + "%").getResultList();
        List<BatchComputation.Recipient> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(new BatchComputation.Recipient((UUID) row[0], new Facts((String) row[1], DisabilityCategory.valueOf((String) row[2]),
                    ((Number) row[3]).intValue(), (Boolean) row[4]), (Boolean) row[5], (Boolean) row[6]));
        }
        return out;
    }

    private void writeLines(UUID batch, String policy, BigDecimal amount, UUID[] persons, int count) {
        em.unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO disability_payment_line (batch_id, person_id, policy_code, amount) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    ps.setObject(1, batch);
                    ps.setObject(2, persons[i]);
                    ps.setString(3, policy);
                    ps.setBigDecimal(4, amount);
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    private void submitCoverage(DisabilityBatch b, String policy, BigDecimal coverage, int paid, int eligible, YearMonth month) {
        if (coverage == null) {
            return; // nobody eligible: coverage is undefined, nothing to report
        }
        Rule target = rules.rules(policy, month.atDay(1)).get("COVERAGE_TARGET");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicatorCode", target.params().path("indicator").asText());
        body.put("jurisdiction", b.district);
        body.put("period", month.toString());
        body.put("sex", "TOTAL");
        body.put("residence", "TOTAL");
        body.put("ageGroup", "TOTAL");
        body.put("value", coverage);
        body.put("numerator", paid);
        body.put("denominator", eligible);
        body.put("unit", "%");
        body.put("department", "subsidy-service");
        body.put("comment", "发放批次 " + b.id + "：享受人数 " + paid + " / 符合条件人数 " + eligible + "（" + target.clause().ref() + "）");
        outgoing.queue(OutgoingCalls.INDICATOR_SERVICE, "/api/v1/monitoring-values", body);
    }

    static BigDecimal coverage(int paid, int eligible) {
        return eligible == 0 ? null : BigDecimal.valueOf(paid * 100L).divide(BigDecimal.valueOf(eligible), 2, RoundingMode.HALF_UP);
    }
}
