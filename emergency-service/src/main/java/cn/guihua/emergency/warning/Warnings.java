package cn.guihua.emergency.warning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.emergency.plan.Plans;
import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.Colour;
import cn.guihua.emergency.reference.Common.PlanPeriod;
import cn.guihua.emergency.reference.EventTimes;
import cn.guihua.emergency.reference.GovLevel;
import cn.guihua.emergency.reference.ReferenceData;
import cn.guihua.emergency.reference.WarningRules.AuthorityRow;
import cn.guihua.emergency.reference.WarningRules.ChannelList;
import cn.guihua.emergency.reference.WarningRules.ContentField;
import cn.guihua.emergency.reference.WarningRules.MeasureDef;
import cn.guihua.emergency.reference.WarningRules.MeasureList;
import cn.guihua.emergency.reference.WarningRules.RequiredContent;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.outbox.Outbox;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import io.quarkus.panache.common.Sort;

/**
 * Issuing, recording, adjusting and lifting warnings by the rules of reference/warnings.json: who may issue which
 * level under which plan (the drug plan's table of 000:3023-3029: 一级 the state, 二级 the province, 三级 the city, 四级
 * the district market regulator with the district government's authorisation), the content a 槐荫区 warning must carry
 * (000:1315), the channels and measures of the plan. Each step is recorded with who and when and emits an event.
 */
@ApplicationScoped
public class Warnings {

    public static final String TOPIC = "guihua.emergency.events";
    public static final String ISSUED = "cn.guihua.emergency.warning.issued.v1";
    public static final String ADJUSTED = "cn.guihua.emergency.warning.adjusted.v1";
    public static final String LIFTED = "cn.guihua.emergency.warning.lifted.v1";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A step dated a little ahead of the server's clock (another machine's) is accepted; more is a mistake. */
    private static final long CLOCK_SKEW_MINUTES = 5;

    @Inject
    ReferenceData reference;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    public Warning issue(NewWarning body) {
        Plans.requireValidJurisdiction(body.jurisdiction());
        caller.requireJurisdiction(body.jurisdiction());
        PlanPeriod plan = plan(body.planCode(), body.jurisdiction());
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime at = body.issuedAt() != null ? body.issuedAt() : contentTime(body.content()).orElse(now);
        requireNotAhead("issuedAt", at, now);
        requireInForce(plan, at);
        boolean social = body.category() == EventCategory.SOCIAL;
        if (social && body.level() != null) {
            throw ProblemException.invalid("level", "warning.notice-without-level");
        }
        if (social && body.noticeKind() == null) {
            throw ProblemException.invalid("noticeKind", "warning.notice-kind-required");
        }
        if (!social && body.noticeKind() != null) {
            throw ProblemException.invalid("noticeKind", "warning.notice-kind-only-social");
        }
        if (!social && body.level() == null) {
            throw ProblemException.invalid("level", "warning.level-required");
        }
        AuthorityRow row = reference.authority(plan.planCode(), body.category(), body.level(), body.noticeKind())
                .orElseThrow(() -> ProblemException.invalid("category", "warning.no-authority", plan.title(), body.category()));
        checkColour(row, body.color());
        boolean above = Boolean.TRUE.equals(body.issuedAbove());
        GovLevel area = GovLevel.of(body.jurisdiction());
        GovLevel issuer;
        String issuerBody = body.issuerBody() != null ? body.issuerBody().strip()
                : body.content() == null ? null : body.content().get("issuer");
        if (!above) {
            issuer = body.issuerLevel() == null ? area : body.issuerLevel();
            if (issuer != area) {
                throw ProblemException.invalid("issuerLevel", "warning.issuer-level-of-area", area);
            }
            requireIssuable(row, issuer);
            requireAuthorisation(row, issuer, body.authorisedBy());
            if (!social) {
                // 000:1315 lists the content of 预警信息 (category, level, ...); 通报提醒信息 and 安全警示 have no level and are not held to it
                checkContent(plan, body.content());
            }
        } else {
            if (body.issuerLevel() == null || !body.issuerLevel().above(area)) {
                throw ProblemException.invalid("issuerLevel", "warning.record-needs-higher-issuer", area);
            }
            issuer = body.issuerLevel();
            requireRecordable(row, issuer);
        }
        if (issuerBody == null || issuerBody.isBlank()) {
            throw ProblemException.invalid("issuerBody", "warning.issuer-body-required");
        }
        checkChannels(plan, "issue", body.channels(), "channels");
        checkMeasures(plan, body.level(), body.measures(), "measures");

        Warning w = new Warning();
        w.id = UUID.randomUUID();
        w.jurisdiction = body.jurisdiction();
        w.planCode = plan.planCode();
        w.authorityId = row.id();
        w.category = body.category();
        w.eventType = body.eventType() == null ? row.eventType() : body.eventType().strip();
        w.level = body.level();
        w.noticeKind = body.noticeKind();
        w.status = WarningStatus.ISSUED;
        w.issuerLevel = issuer;
        w.issuerBody = issuerBody;
        w.authorisedBy = body.authorisedBy();
        w.issuedAbove = above;
        w.content = write(body.content() == null ? Map.of() : new TreeMap<>(body.content()));
        w.channels = body.channels() == null ? List.of() : List.copyOf(body.channels());
        w.measures = body.measures() == null ? List.of() : List.copyOf(body.measures());
        w.issuedAt = at;
        w.createdBy = caller.subject();
        w.createdAt = w.updatedAt = now;
        w.persist();
        step(w, above ? WarningStep.Action.RECORD : WarningStep.Action.ISSUE, null, issuerBody, issuer, body.authorisedBy(), at,
                null, w.channels, w.measures, row.source());
        audit.record(above ? "warning.recorded" : "warning.issued", "Warning", w.id, body);
        Map<String, Object> data = data(w);
        data.put("issuedAt", EventTimes.iso(at));
        data.put("sourceRef", row.source());
        outbox.publish(TOPIC, w.jurisdiction, ISSUED, "warnings/" + w.id, data);
        return w;
    }

    public Warning adjust(Warning w, WarningAdjustment body) {
        caller.requireJurisdiction(w.jurisdiction);
        ProblemException.requireVersion(body.version(), w.version);
        if (w.status == WarningStatus.LIFTED) {
            throw ProblemException.conflict("warning.lifted", w.liftedAt);
        }
        if (w.level == null) {
            throw ProblemException.conflict("warning.notice-not-adjustable");
        }
        if (body.level().equals(w.level)) {
            throw ProblemException.invalid("level", "warning.same-level", w.level);
        }
        OffsetDateTime at = stepTime(w, body.at());
        PlanPeriod plan = reference.plan(w.planCode);
        requireInForce(plan, at);
        AuthorityRow current = reference.authority(w.authorityId).orElseThrow();
        AuthorityRow target = reference.authority(w.planCode, w.category, body.level(), null)
                .orElseThrow(() -> ProblemException.invalid("level", "warning.no-authority", plan.title(), w.category));
        checkColour(target, body.color());
        GovLevel actorLevel;
        if (!w.issuedAbove) {
            actorLevel = w.issuerLevel;
            // 发布单位 adjusts (000:1311; 002:3444); where the plan names no adjuster (drug 四级, 000:3051 covers 一级-三级
            // only) the issuing rule of the target level decides, so a district cannot raise a drug warning to 三级
            if (current.adjusterLevel() != null && current.adjusterLevel() != actorLevel) {
                throw ProblemException.forbidden("warning.not-adjustable", current.adjuster(), current.adjustSource(),
                        joined(current.adjustQuote()));
            }
            requireIssuable(target, actorLevel);
            requireAuthorisation(target, actorLevel, body.authorisedBy());
        } else {
            actorLevel = body.actorLevel() == null ? w.issuerLevel : body.actorLevel();
            if (!actorLevel.above(GovLevel.of(w.jurisdiction))) {
                throw ProblemException.invalid("actorLevel", "warning.record-needs-higher-issuer", GovLevel.of(w.jurisdiction));
            }
            requireRecordable(target, actorLevel);
        }
        checkChannels(plan, "adjust", body.channels(), "channels");
        checkMeasures(plan, body.level(), body.measures(), "measures");
        String clause = current.adjustSource() != null ? current.adjustSource() : target.source();
        Integer from = w.level;
        w.level = body.level();
        w.authorityId = target.id();
        w.status = WarningStatus.ADJUSTED;
        if (body.content() != null && !body.content().isEmpty()) {
            Map<String, String> content = new TreeMap<>(content(w));
            content.putAll(body.content());
            w.content = write(content);
        }
        List<String> channels = body.channels() == null ? List.of() : List.copyOf(body.channels());
        List<Integer> measures = body.measures() == null ? List.of() : List.copyOf(body.measures());
        if (!measures.isEmpty()) {
            List<Integer> all = new ArrayList<>(w.measures);
            measures.stream().filter(m -> !all.contains(m)).forEach(all::add);
            w.measures = all;
        }
        if (!channels.isEmpty()) {
            List<String> all = new ArrayList<>(w.channels);
            channels.stream().filter(c -> !all.contains(c)).forEach(all::add);
            w.channels = all;
        }
        if (body.authorisedBy() != null) {
            w.authorisedBy = body.authorisedBy();
        }
        w.updatedAt = OffsetDateTime.now();
        String actor = body.actorBody() == null ? w.issuerBody : body.actorBody().strip();
        step(w, WarningStep.Action.ADJUST, from, actor, actorLevel, body.authorisedBy(), at, body.reason(), channels, measures, clause);
        audit.record("warning.adjusted", "Warning", w.id, body);
        Map<String, Object> data = data(w);
        data.put("fromLevel", from);
        data.put("adjustedAt", EventTimes.iso(at));
        data.put("sourceRef", clause);
        outbox.publish(TOPIC, w.jurisdiction, ADJUSTED, "warnings/" + w.id, data);
        return w;
    }

    public Warning lift(Warning w, WarningLift body) {
        caller.requireJurisdiction(w.jurisdiction);
        ProblemException.requireVersion(body.version(), w.version);
        if (w.status == WarningStatus.LIFTED) {
            throw ProblemException.conflict("warning.lifted", w.liftedAt);
        }
        OffsetDateTime at = stepTime(w, body.at());
        AuthorityRow current = reference.authority(w.authorityId).orElseThrow();
        GovLevel actorLevel = w.issuerLevel;
        if (w.issuedAbove && body.actorLevel() != null) {
            if (!body.actorLevel().above(GovLevel.of(w.jurisdiction))) {
                throw ProblemException.invalid("actorLevel", "warning.record-needs-higher-issuer", GovLevel.of(w.jurisdiction));
            }
            actorLevel = body.actorLevel();
        }
        // 预警发布单位 lifts (000:1339; 002:3457; drug 四级: 区政府 or the 区市场监管部门 it authorises, 000:3053)
        if (!w.issuedAbove && current.lifterLevel() != null && current.lifterLevel().above(actorLevel)) {
            throw ProblemException.forbidden("warning.not-liftable", current.lifter(), current.liftSource(), joined(current.liftQuote()));
        }
        String clause = current.liftSource() != null ? current.liftSource() : current.source();
        w.status = WarningStatus.LIFTED;
        w.liftedAt = at;
        w.updatedAt = OffsetDateTime.now();
        String actor = body.actorBody() == null ? w.issuerBody : body.actorBody().strip();
        step(w, WarningStep.Action.LIFT, w.level, actor, actorLevel, body.authorisedBy(), at, body.reason(), List.of(), List.of(), clause);
        audit.record("warning.lifted", "Warning", w.id, body);
        Map<String, Object> data = data(w);
        data.put("liftedAt", EventTimes.iso(at));
        data.put("reason", body.reason());
        data.put("sourceRef", clause);
        outbox.publish(TOPIC, w.jurisdiction, LIFTED, "warnings/" + w.id, data);
        return w;
    }

    /** The 发布时间 of the content (000:1315), where it is an ISO-8601 time. */
    private static Optional<OffsetDateTime> contentTime(Map<String, String> content) {
        String text = content == null ? null : content.get("issuedAt");
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // ---- checks

    private PlanPeriod plan(String code, String jurisdiction) {
        PlanPeriod plan = code == null ? reference.overallPlanOf(jurisdiction)
                .orElseThrow(() -> ProblemException.invalid("planCode", "warning.no-plan", jurisdiction))
                : reference.plan(code);
        if (plan == null) {
            throw ProblemException.invalid("planCode", "warning.unknown-plan", code,
                    String.join(", ", reference.plans().stream().map(PlanPeriod::planCode).toList()));
        }
        if (!JurisdictionCodes.within(jurisdiction, plan.jurisdiction())) {
            throw ProblemException.invalid("planCode", "warning.plan-outside", plan.planCode(), plan.jurisdiction(), jurisdiction);
        }
        return plan;
    }

    /** The plan's rules must be in force on the day of the step (China Standard Time), not on the day it is recorded. */
    private static void requireInForce(PlanPeriod plan, OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(ZONE).toLocalDate();
        if (!plan.inForceOn(day)) {
            throw ProblemException.unprocessable("warning.plan-not-in-force", plan.title(), day, plan.effectiveFrom());
        }
    }

    private static void requireNotAhead(String field, OffsetDateTime at, OffsetDateTime now) {
        if (at.isAfter(now.plusMinutes(CLOCK_SKEW_MINUTES))) {
            throw ProblemException.invalid(field, "warning.in-future");
        }
    }

    private static OffsetDateTime stepTime(Warning w, OffsetDateTime asked) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime at = asked == null ? now : asked;
        requireNotAhead("at", at, now);
        OffsetDateTime last = WarningStep.<WarningStep>find("warningId", Sort.by("id").descending(), w.id).firstResultOptional()
                .map(s -> s.at).orElse(w.issuedAt);
        if (at.isBefore(last)) {
            throw ProblemException.invalid("at", "warning.step-before-previous", last);
        }
        return at;
    }

    private static void checkColour(AuthorityRow row, Colour colour) {
        if (colour != null && colour != row.color()) {
            throw ProblemException.invalid("color", "warning.colour-mismatch", row.levelZh() == null ? row.kindZh() : row.levelZh(),
                    row.color() == null ? "—" : row.color());
        }
    }

    /** 403 with the clause when the level of the body may not issue under the row (000:3023-3029 for the drug plan). */
    private static void requireIssuable(AuthorityRow row, GovLevel issuer) {
        if (!row.issuableBy(issuer)) {
            String source = row.refusal() != null ? row.refusal().source() : row.source();
            String quote = row.refusal() != null ? joined(row.refusal().quote()) : joined(row.quote());
            throw ProblemException.forbidden("warning.not-issuable", name(row), row.issuer() == null ? row.issuerLevel() : row.issuer(),
                    source, quote);
        }
    }

    private static void requireAuthorisation(AuthorityRow row, GovLevel issuer, String authorisedBy) {
        if (row.needsAuthorisation() && row.issuerLevel() == issuer && (authorisedBy == null || authorisedBy.isBlank())) {
            throw ProblemException.forbidden("warning.authorisation-required", row.authorisedBy(), row.source(), joined(row.quote()));
        }
    }

    /** A district records a warning issued above it only where the plan lets it, and from the level the plan names. */
    private static void requireRecordable(AuthorityRow row, GovLevel issuer) {
        if (!Boolean.TRUE.equals(row.districtMayRecord())) {
            throw ProblemException.forbidden("warning.not-recordable", name(row), row.source(), joined(row.quote()));
        }
        if (row.issuerLevel().above(GovLevel.DISTRICT) && row.issuerLevel() != issuer) {
            throw ProblemException.unprocessable("warning.issuer-mismatch", name(row), row.issuer(), row.source(), joined(row.quote()));
        }
    }

    /** 槐荫区: the ten fields of 000:1315, each a 400 naming it; 张店区 lists none (002:3442-3446). */
    private void checkContent(PlanPeriod plan, Map<String, String> content) {
        Optional<RequiredContent> required = reference.requiredContent(plan.planCode());
        if (required.isEmpty()) {
            return;
        }
        List<Violation> missing = new ArrayList<>();
        for (ContentField f : required.get().fields()) {
            String value = content == null ? null : content.get(f.key());
            if (Boolean.TRUE.equals(f.required()) && (value == null || value.isBlank())) {
                missing.add(Violation.of("content." + f.key(), "warning.content-missing", f.nameZh(), required.get().source()));
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
    }

    private void checkChannels(PlanPeriod plan, String step, List<String> channels, String field) {
        if (channels == null || channels.isEmpty()) {
            return;
        }
        Optional<ChannelList> list = reference.channels(plan.planCode(), step);
        List<String> allowed = list.map(l -> l.channels().stream().map(c -> c.code()).toList()).orElse(List.of());
        for (int i = 0; i < channels.size(); i++) {
            if (!allowed.contains(channels.get(i))) {
                throw ProblemException.invalid(field + "[" + i + "]", "warning.unknown-channel", channels.get(i),
                        allowed.isEmpty() ? "—" : String.join(", ", allowed));
            }
        }
    }

    private void checkMeasures(PlanPeriod plan, Integer level, List<Integer> measures, String field) {
        if (measures == null || measures.isEmpty()) {
            return;
        }
        List<Integer> allowed = offered(plan.planCode(), level).stream().map(MeasureDef::number).toList();
        for (int i = 0; i < measures.size(); i++) {
            if (!allowed.contains(measures.get(i))) {
                throw ProblemException.invalid(field + "[" + i + "]", "warning.unknown-measure", measures.get(i),
                        allowed.isEmpty() ? "—" : allowed.toString());
            }
        }
    }

    List<MeasureDef> offered(String planCode, Integer level) {
        return reference.measures(planCode, level).map(MeasureList::items).orElse(List.of());
    }

    // ---- recording and views

    private void step(Warning w, WarningStep.Action action, Integer from, String actor, GovLevel actorLevel, String authorisedBy,
            OffsetDateTime at, String reason, List<String> channels, List<Integer> measures, String source) {
        WarningStep s = new WarningStep();
        s.warningId = w.id;
        s.action = action;
        s.status = w.status;
        s.level = w.level;
        s.fromLevel = from;
        s.actorBody = actor;
        s.actorLevel = actorLevel;
        s.authorisedBy = authorisedBy;
        s.at = at;
        s.reason = reason == null ? null : reason.strip();
        s.channels = channels;
        s.measures = measures;
        s.sourceRef = source;
        s.recordedBy = caller.subject();
        s.recordedAt = OffsetDateTime.now();
        s.persist();
    }

    private static Map<String, Object> data(Warning w) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("warningId", w.id.toString());
        data.put("jurisdiction", w.jurisdiction);
        data.put("planCode", w.planCode);
        data.put("category", w.category);
        data.put("level", w.level);
        data.put("color", colourOf(w));
        data.put("noticeKind", w.noticeKind);
        data.put("status", w.status);
        data.put("issuerLevel", w.issuerLevel);
        data.put("issuerBody", w.issuerBody);
        data.put("issuedAbove", w.issuedAbove);
        return data;
    }

    private static Object colourOf(Warning w) {
        return w.level == null ? null : Colour.values()[w.level - 1];
    }

    public WarningView view(Warning w) {
        PlanPeriod plan = reference.plan(w.planCode);
        AuthorityRow row = reference.authority(w.authorityId).orElseThrow();
        Map<String, String> labels = new LinkedHashMap<>();
        reference.channels(w.planCode, "issue").ifPresent(l -> l.channels().forEach(c -> labels.put(c.code(), c.nameZh())));
        reference.channels(w.planCode, "adjust").ifPresent(l -> l.channels().forEach(c -> labels.putIfAbsent(c.code(), c.nameZh())));
        List<WarningView.Item> channels = w.channels.stream().map(c -> new WarningView.Item(c, null, labels.getOrDefault(c, c), null)).toList();
        List<MeasureDef> offered = offered(w.planCode, w.level);
        List<MeasureDef> all = new ArrayList<>(offered);
        reference.warnings().measures().stream().filter(m -> m.planCode().equals(w.planCode)).flatMap(m -> m.items().stream())
                .filter(m -> all.stream().noneMatch(x -> x.number().equals(m.number()))).forEach(all::add);
        List<WarningView.Item> taken = w.measures.stream()
                .map(n -> all.stream().filter(m -> m.number().equals(n)).findFirst()
                        .map(Warnings::item).orElse(new WarningView.Item(String.valueOf(n), null, String.valueOf(n), null)))
                .toList();
        List<WarningView.Step> history = WarningStep.<WarningStep>list("warningId", Sort.by("id"), w.id).stream()
                .map(s -> new WarningView.Step(s.action, s.status, s.level, s.fromLevel, s.actorBody, s.actorLevel, s.authorisedBy,
                        s.at, s.reason, s.channels, s.measures, s.sourceRef, s.recordedBy, s.recordedAt))
                .toList();
        return new WarningView(w.id, w.jurisdiction, w.planCode, plan.title(), w.authorityId, w.category, w.eventType, w.level,
                levelName(w), w.level == null ? null : row.color(), w.noticeKind, w.status, w.issuerLevel, w.issuerBody,
                w.authorisedBy, w.issuedAbove, content(w), channels, taken, offered.stream().map(Warnings::item).toList(), w.issuedAt,
                w.liftedAt, Clause.of(row.source(), row.quote()), plan.effectiveFrom(), history,
                w.status == WarningStatus.LIFTED ? List.of() : w.level == null ? List.of("LIFT") : List.of("ADJUST", "LIFT"),
                w.version);
    }

    private static WarningView.Item item(MeasureDef m) {
        return new WarningView.Item(String.valueOf(m.number()), m.mark(), m.text(), m.source());
    }

    static String levelName(Warning w) {
        Text t = w.level != null ? Text.of("warning.level." + w.level) : Text.of("warning.notice." + w.noticeKind.name());
        return t.in(RequestLanguage.current());
    }

    private static String name(AuthorityRow row) {
        return row.levelZh() != null ? row.levelZh() : row.kindZh();
    }

    private static String joined(List<String> quote) {
        return quote == null ? "" : String.join("……", quote);
    }

    Map<String, String> content(Warning w) {
        try {
            return json.readValue(w.content, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored warning content is invalid", e);
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
