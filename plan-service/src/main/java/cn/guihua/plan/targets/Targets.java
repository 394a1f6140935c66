package cn.guihua.plan.targets;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * What {@link #find} selects, from the targets of the current revisions of published plans in its order
     * ({@link cn.guihua.plan.plan.PlanCache}): the same conditions, in memory. Filtering keeps the order.
     */
    public static List<PlanTarget> matching(List<PlanTarget> published, String indicator, String jurisdiction, String plan) {
        String i = indicator != null && !indicator.isBlank() ? indicator.strip() : null;
        String j = jurisdiction != null && !jurisdiction.isBlank() ? jurisdiction.strip() : null;
        String district = j != null && j.length() == 9 ? j.substring(0, 6) : null;
        String p = plan != null && !plan.isBlank() ? plan.strip() : null;
        List<PlanTarget> result = new ArrayList<>();
        for (PlanTarget t : published) {
            if (i != null && !i.equals(t.indicatorCode)) {
                continue;
            }
            if (j != null && !j.equals(t.plan.jurisdiction)
                    && !(district != null && t.scope == TargetScope.EACH_STREET && district.equals(t.plan.jurisdiction))) {
                continue;
            }
            if (p != null && !p.equals(t.plan.code)) {
                continue;
            }
            result.add(t);
        }
        return result;
    }
}
