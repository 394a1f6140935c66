package cn.guihua.credit.cases;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.credit.Api;

/**
 * Turns the facts of an OpenFisca-style case into the API's record body. The cases write some facts in words; the
 * API takes them structured: the mapping is stated here, once, and nothing else is added.
 */
final class CaseInput {

    /** The cases' recipients and the kind of recipient the API asks for (002:2590 excludes 区直部门 and 镇街). */
    static final Map<String, String> RECIPIENTS = Map.of("张店区慈善总会", "CHARITY", "马尚街道办事处", "TOWN_OR_STREET", "某社区", "COMMUNITY");

    private CaseInput() {
    }

    static ObjectNode facts(JsonNode facts) {
        ObjectNode out = Api.JSON.createObjectNode();
        ObjectNode details = Api.JSON.createObjectNode();
        facts.fields().forEachRemaining(e -> {
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "fineYuan", "confiscatedYuan", "cashYuan", "goodsYuan", "foundPropertyYuan", "detentionDays", "place",
                        "awardingBody", "hours", "beneficiaryRole" -> out.set(k, v);
                case "cumulativeHoursInYear" -> out.set("hours", v);
                case "industrialCommercialInvestmentYuan" -> out.set("investmentYuan", v);
                case "recipient" -> {
                    out.set("recipient", v);
                    out.put("recipientType", RECIPIENTS.getOrDefault(v.asText(), "OTHER"));
                }
                default -> details.put(k, v.asText());
            }
        });
        if (details.size() > 0) {
            out.set("details", details);
        }
        return out;
    }

    static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String f : fields) {
            if (from.has(f) && !from.get(f).isNull()) {
                to.set(f, from.get(f));
            }
        }
    }

    static ObjectNode entityRecord(JsonNode r) {
        ObjectNode rec = Api.JSON.createObjectNode();
        copy(r, rec, "infoType", "subtype", "row", "formedOn", "actId", "violationId", "procedure", "minorAndRemedied", "actStatus",
                "statusDate", "originalRow", "points");
        if (r.path("recordingDepartment").hasNonNull("kind")) {
            rec.set("recordingKind", r.path("recordingDepartment").get("kind"));
        }
        if (r.has("facts")) {
            rec.set("facts", facts(r.get("facts")));
        }
        return wrap(rec, r);
    }

    static ObjectNode personRecord(JsonNode r) {
        ObjectNode rec = Api.JSON.createObjectNode();
        copy(r, rec, "infoType", "row", "formedOn", "continuing", "conductEndDate", "conductId", "sanctionId", "points", "collectiveHonour",
                "jointPenalty");
        if (r.has("facts")) {
            rec.set("facts", facts(r.get("facts")));
        }
        return wrap(rec, r);
    }

    static ObjectNode servantRecord(JsonNode r) {
        ObjectNode rec = Api.JSON.createObjectNode();
        copy(r, rec, "row", "formedOn", "recordSource", "conductId", "sanctionId", "points", "extendedValidity");
        if (r.has("facts")) {
            rec.set("facts", facts(r.get("facts")));
        }
        return wrap(rec, r);
    }

    /** The record, reported on the day it was formed (the cases assume timely reporting, 002:2469). */
    private static ObjectNode wrap(ObjectNode rec, JsonNode r) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("record", rec);
        body.put("reportedOn", r.path("formedOn").asText());
        return body;
    }
}
