package cn.guihua.plan.plan;

/** Small plan documents for the write tests, in years no reference plan uses, so tests never collide with the seeds. */
public final class TestPlans {

    private TestPlans() {
    }

    public static String code(String jurisdiction, int start) {
        return jurisdiction + "-other-" + start;
    }

    /** A plan of 370104 with one goal capping 新生儿死亡率 at {@code cap} ‰ and one measure. */
    public static String document(int start, String status, String cap) {
        return document("370104", start, status, cap);
    }

    public static String document(String jurisdiction, int start, String status, String cap) {
        return """
                {"code":"%1$s-other-%2$d","title":"测试规划 %2$d","kind":"OTHER","jurisdiction":"%1$s",
                 "documentNumber":"测试〔%2$d〕1号","issuer":"测试","issueDate":"%2$d-03-01",
                 "periodStart":%2$d,"periodEnd":%3$d,"status":%4$s,"sourceRef":"000:607",
                 "areas":[{"sequence":1,"name":"儿童与健康","sourceRef":"000:661",
                   "goals":[{"sequence":1,"text":"新生儿死亡率控制在%5$s‰以下","classification":"NUMERIC",
                     "leadUnits":["区卫生健康局"],"responsibleUnits":["区医疗保障局"],"sourceRef":"000:663",
                     "targets":[{"indicatorCode":"NEONATAL_MORTALITY","comparator":"AT_MOST","value":%5$s,"unit":"‰",
                       "scope":"JURISDICTION","sourcePhrase":"控制在%5$s‰以下","sourceRef":"000:663"}]}],
                   "measures":[{"sequence":1,"text":"完善儿童健康服务体系。","responsibleUnits":["区卫生健康局"],
                     "sourceRef":"000:685","targets":[]}]}]}
                """.formatted(jurisdiction, start, start + 4, status == null ? "null" : "\"" + status + "\"", cap);
    }
}
