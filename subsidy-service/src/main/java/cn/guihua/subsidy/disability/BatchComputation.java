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
        Result r = new Result(recipients.size());
        UUID[] living = r.livingPaidTo;
        UUID[] nursing = r.nursingPaidTo;
        // counters in locals, not in the result's fields: the loop runs 200 000 times a month per district
        int livingEligible = 0;
        int nursingEligible = 0;
        int livingPaid = 0;
        int nursingPaid = 0;
        for (Recipient p : recipients) {
            Facts f = p.facts();
            if (!s.resident(f)) {
                continue;
            }
            if (s.meetsLivingRule(f)) {
                livingEligible++;
                if (p.livingEnrolled()) {
                    living[livingPaid++] = p.personId();
                }
            }
            if (s.meetsNursingRule(f)) {
                nursingEligible++;
                if (p.nursingEnrolled()) {
                    nursing[nursingPaid++] = p.personId();
                }
            }
        }
        r.livingEligible = livingEligible;
        r.nursingEligible = nursingEligible;
        r.livingPaid = livingPaid;
        r.nursingPaid = nursingPaid;
        // every recipient of one subsidy gets the same monthly standard: the total is one exact multiplication
        r.livingTotal = s.monthly(DisabilityStandard.LIVING).multiply(BigDecimal.valueOf(livingPaid));
        r.nursingTotal = s.monthly(DisabilityStandard.NURSING).multiply(BigDecimal.valueOf(nursingPaid));
        return r;
    }
}
