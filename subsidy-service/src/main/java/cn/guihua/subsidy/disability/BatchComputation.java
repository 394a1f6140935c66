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
        public BigDecimal livingTotal = BigDecimal.ZERO;
        public BigDecimal nursingTotal = BigDecimal.ZERO;
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
            if (s.livingEligible(p.facts())) {
                r.livingEligible++;
                if (p.livingEnrolled()) {
                    r.livingPaidTo[r.livingPaid++] = p.personId();
                    r.livingTotal = r.livingTotal.add(living);
                }
            }
            if (s.nursingEligible(p.facts())) {
                r.nursingEligible++;
                if (p.nursingEnrolled()) {
                    r.nursingPaidTo[r.nursingPaid++] = p.personId();
                    r.nursingTotal = r.nursingTotal.add(nursing);
                }
            }
        }
        return r;
    }
}
