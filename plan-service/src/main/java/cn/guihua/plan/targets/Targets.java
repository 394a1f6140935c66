package cn.guihua.plan.targets;

import cn.guihua.plan.plan.PlanStatus;
import cn.guihua.plan.plan.PlanTarget;
import cn.guihua.plan.plan.TargetScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The targets of the current revisions of published plans, filtered as the catalogue contract says. */
public final class Targets {

    private Targets() {
    }

    /**
     * @param jurisdiction a plan's jurisdiction; a street code (9 digits) also finds its district's EACH_STREET targets
     */
    public static PanacheQuery<PlanTarget> find(String indicator, String jurisdiction, String plan) {
        StringBuilder where = new StringBuilder("plan.current = true and plan.status = :published");
        Parameters params = Parameters.with("published", PlanStatus.PUBLISHED);
        if (indicator != null && !indicator.isBlank()) {
            where.append(" and indicatorCode = :indicator");
            params.and("indicator", indicator.strip());
        }
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            String j = jurisdiction.strip();
            if (j.length() == 9) {
                where.append(" and (plan.jurisdiction = :jurisdiction or (scope = :eachStreet and plan.jurisdiction = :district))");
                params.and("eachStreet", TargetScope.EACH_STREET).and("district", j.substring(0, 6));
            } else {
                where.append(" and plan.jurisdiction = :jurisdiction");
            }
            params.and("jurisdiction", j);
        }
        if (plan != null && !plan.isBlank()) {
            where.append(" and plan.code = :plan");
            params.and("plan", plan.strip());
        }
        return PlanTarget.find(where.toString(), Sort.by("plan.jurisdiction").and("plan.code").and("id"), params);
    }
}
