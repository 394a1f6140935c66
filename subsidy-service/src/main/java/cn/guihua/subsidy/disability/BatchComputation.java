package cn.guihua.subsidy.disability;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The arithmetic of a monthly batch: for each enrolled recipient still eligible this month, the month's amount; for
 * coverage, how many are eligible at all. Pure, over resolved rules, so that it is the same in the service and the
 * benchmark.
 */
public final class BatchComputation {

    /** A certificate holder and whether an approved enrolment exists for each subsidy. */
    public record Recipient(UUID personId, Facts facts, boolean livingEnrolled, boolean nursingEnrolled) {
    }

    public static final class Result {
        public int livingEligible;
        public int nursingEligible;
        public int livingPaid;
        public int nursingPaid;
        public BigDecimal livingTotal;
        public BigDecimal nursingTotal;
        public final UUID[] livingPaidTo;
        public final UUID[] nursingPaidTo;

        Result(int size) {
            livingPaidTo = new UUID[size];
            nursingPaidTo = new UUID[size];
        }
    }

    private BatchComputation() {
    }

    public static Result compute(DisabilityStandard s, List<Recipient> recipients) {
        BigDecimal living = s.monthly(DisabilityStandard.LIVING);
        BigDecimal nursing = s.monthly(DisabilityStandard.NURSING);
        Result r = new Result(recipients.size());
        for (Recipient p : recipients) {
            if (!s.resident(p.facts())) {
                continue;
            }
            if (s.meetsLivingRule(p.facts())) {
                r.livingEligible++;
                if (p.livingEnrolled()) {
                    r.livingPaidTo[r.livingPaid++] = p.personId();
                }
            }
            if (s.meetsNursingRule(p.facts())) {
                r.nursingEligible++;
                if (p.nursingEnrolled()) {
                    r.nursingPaidTo[r.nursingPaid++] = p.personId();
                }
            }
        }
        // every recipient of one subsidy gets the same monthly standard: the total is one exact multiplication
        r.livingTotal = living.multiply(BigDecimal.valueOf(r.livingPaid));
        r.nursingTotal = nursing.multiply(BigDecimal.valueOf(r.nursingPaid));
        return r;
    }
}
