package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/validation-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data quality", description = "Validation rules, outliers, reporting completeness (数据质量)")
public class ValidationRuleResource {

    @Inject
    Caller caller;

    @Inject
    Catalogue catalogue;

    @Inject
    Audit audit;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "List validation rules",
            description = "The shipped rules (every jurisdiction) and the planners' rules of the caller's jurisdiction, of those "
                    + "above it and of those below it (unscoped callers: all). `indicatorCode` keeps the rules applied to that "
                    + "indicator; `jurisdiction` the rules in force there.")
    @APIResponse(responseCode = "200", description = "One page of rules, by code")
    public Page<ValidationRuleView> list(
            @QueryParam("indicatorCode") @Size(max = 200) @Parameter(example = "NEONATAL_MORTALITY") String indicatorCode,
            @QueryParam("jurisdiction") @Parameter(description = "The rules in force in this jurisdiction", example = "370104") String jurisdiction,
            @QueryParam("importance") Importance importance,
            @QueryParam("origin") RuleOrigin origin,
            @QueryParam("enabled") Boolean enabled,
            @BeanParam @Valid PageRequest paging) {
        if (jurisdiction != null && !JurisdictionCodes.isValid(jurisdiction)) {
            throw ProblemException.invalid("jurisdiction", "monitoring.jurisdiction.code");
        }
        if (jurisdiction != null) {
            caller.requireJurisdiction(jurisdiction);
        }
        IndicatorDefinition indicator = null;
        if (indicatorCode != null) {
            Catalogue.Snapshot s = catalogue.require();
            indicator = s.indicator(indicatorCode);
            if (indicator == null) {
                throw ProblemException.invalid("indicatorCode", "monitoring.indicator.unknown", indicatorCode, s.fetchedAt());
            }
        }
        List<ValidationRuleView> out = new ArrayList<>();
        for (ValidationRule r : ValidationRule.<ValidationRule>listAll(Sort.by("code"))) {
            if (!visible(r) || importance != null && r.importance != importance || origin != null && r.origin != origin
                    || enabled != null && r.enabled != enabled
                    || jurisdiction != null && r.jurisdiction != null && !JurisdictionCodes.within(jurisdiction, r.jurisdiction)
                    || indicator != null && !appliesTo(r, indicator)) {
                continue;
            }
            out.add(ValidationRuleView.of(r));
        }
        return Page.slice(out, paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "Get a validation rule",
            description = "A shipped rule, or a planner's rule of the caller's jurisdiction, one above or one below it (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The rule")
    @APIResponse(responseCode = "404", description = "No such rule")
    public ValidationRuleView get(@PathParam("id") long id) {
        ValidationRule r = find(id);
        requireVisible(r);
        return ValidationRuleView.of(r);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(summary = "Add a validation rule",
            description = "A planner's rule applies in their jurisdiction (or one below it) and the divisions below; an admin's "
                    + "anywhere, or everywhere without a jurisdiction. It is checked on every submission from now on (single, bulk "
                    + "JSON/CSV/Excel, corrections): ERROR refuses a value or row that violates it, naming it; WARNING stores the value "
                    + "flagged. The expressions are parsed now (a 400 names the position of a mistake); an indicator they name must be "
                    + "in the catalogue copy. Audited; accepts `Idempotency-Key`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewValidationRule.class),
            examples = @ExampleObject(name = "births by sex add up (槐荫区)", value = "{\"code\":\"HUAIYIN_BIRTHS_SEX_SUM\","
                    + "\"importance\":\"ERROR\",\"left\":\"value[sex=FEMALE] + value[sex=MALE]\",\"operator\":\"EQUAL_TO\","
                    + "\"right\":\"value[sex=TOTAL]\",\"messageZh\":\"活产数：女婴与男婴之和须等于合计\","
                    + "\"messageEn\":\"Live births: girls and boys must add up to the total\",\"indicatorCodes\":[\"LIVE_BIRTHS\"],"
                    + "\"jurisdiction\":\"370104\"}")))
    @APIResponse(responseCode = "201", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValidationRuleView.class)))
    @APIResponse(responseCode = "409", description = "A rule with that code exists")
    public Response create(@Valid @NotNull NewValidationRule body) {
        String jurisdiction = body.jurisdiction() == null || body.jurisdiction().isBlank() ? null : body.jurisdiction().strip();
        if (jurisdiction != null && !JurisdictionCodes.isValid(jurisdiction)) {
            throw ProblemException.invalid("jurisdiction", "monitoring.jurisdiction.code");
        }
        if (jurisdiction == null && !caller.unscoped()) {
            jurisdiction = caller.jurisdiction();
        }
        if (jurisdiction != null) {
            caller.requireJurisdiction(jurisdiction);
        }
        if (ValidationRule.count("code", body.code()) > 0) {
            throw ProblemException.conflict("quality.rule.code-exists", body.code());
        }
        ValidationRule r = new ValidationRule();
        r.code = body.code();
        r.jurisdiction = jurisdiction;
        r.origin = RuleOrigin.PLANNER;
        r.createdBy = caller.subject();
        r.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        define(r, body.importance(), body.left(), body.operator(), body.right(), body.tolerance(), body.tolerancePercent(),
                body.missingValueStrategy(), body.messageZh(), body.messageEn(), body.indicatorCodes(), body.valueTypes(),
                body.units(), body.enabled());
        r.persist();
        audit.record("validation-rule.created", "ValidationRule", r.id, definition(r));
        return Response.created(URI.create("/api/v1/validation-rules/" + r.id)).entity(ValidationRuleView.of(r)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(summary = "Change a validation rule",
            description = "Its importance, sides, tolerance, messages, the indicators it applies to, or `enabled: false` to stop "
                    + "applying it. A planner changes the rules of their jurisdiction and below; the shipped rules and the rules "
                    + "without a jurisdiction only an admin. Send the version you read (409 when stale). Audited with the "
                    + "definition before and after.")
    @APIResponse(responseCode = "200", description = "The changed rule")
    @APIResponse(responseCode = "404", description = "No such rule")
    @APIResponse(responseCode = "409", description = "The version is stale")
    public ValidationRuleView update(@PathParam("id") long id, @Valid @NotNull ValidationRuleUpdate body) {
        ValidationRule r = find(id);
        requireVisible(r);
        if (r.jurisdiction == null ? !caller.hasRole(Roles.ADMIN) : !caller.mayAccess(r.jurisdiction)) {
            throw ProblemException.forbidden(r.origin == RuleOrigin.SHIPPED ? "quality.rule.shipped" : "quality.rule.not-yours",
                    r.code, r.jurisdiction == null ? "—" : r.jurisdiction);
        }
        ProblemException.requireVersion(body.version(), r.lockVersion);
        Map<String, Object> before = definition(r);
        define(r, body.importance(), body.left(), body.operator(), body.right(), body.tolerance(), body.tolerancePercent(),
                body.missingValueStrategy(), body.messageZh(), body.messageEn(), body.indicatorCodes(), body.valueTypes(),
                body.units(), body.enabled());
        r.updatedBy = caller.subject();
        r.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        ValidationRule.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before);
        details.put("after", definition(r));
        details.put("reason", body.reason() == null ? "" : body.reason());
        audit.record("validation-rule.updated", "ValidationRule", r.id, details);
        return ValidationRuleView.of(r);
    }

    private static ValidationRule find(long id) {
        ValidationRule r = ValidationRule.findById(id);
        if (r == null) {
            throw ProblemException.notFound("thing.validation-rule", id);
        }
        return r;
    }

    /** Shipped rules are everyone's; a planner's rule is seen in its jurisdiction, above it and below it. */
    private boolean visible(ValidationRule r) {
        if (r.jurisdiction == null || caller.unscoped()) {
            return true;
        }
        String own = caller.jurisdiction();
        return JurisdictionCodes.within(r.jurisdiction, own) || JurisdictionCodes.within(own, r.jurisdiction);
    }

    private void requireVisible(ValidationRule r) {
        if (!visible(r)) {
            throw ProblemException.forbidden("problem.detail.outside-jurisdiction", caller.jurisdiction(), r.jurisdiction);
        }
    }

    private static boolean appliesTo(ValidationRule r, IndicatorDefinition i) {
        RuleSet.Rule rule = ValidationRules.rule(r);
        if (rule == null) {
            return false;
        }
        if (rule.perIndicator()) {
            return rule.covers(i);
        }
        return rule.left().operands().stream().anyMatch(o -> i.code().equals(o.indicator()))
                || rule.right().operands().stream().anyMatch(o -> i.code().equals(o.indicator()));
    }

    /** Checks and sets a rule's definition; every mistake is a field error. */
    private void define(ValidationRule r, Importance importance, String left, Operator operator, String right,
            BigDecimal tolerance, BigDecimal tolerancePercent, MissingValueStrategy missing, String messageZh, String messageEn,
            List<String> indicatorCodes, List<String> valueTypes, List<String> units, Boolean enabled) {
        List<Violation> wrong = new ArrayList<>();
        RuleExpression l = expression("left", left, wrong);
        RuleExpression rt = expression("right", right, wrong);
        Catalogue.Snapshot s = catalogue.require();
        List<String> codes = indicatorCodes == null ? List.of() : indicatorCodes.stream().map(String::strip).distinct().toList();
        for (String c : codes) {
            if (s.indicator(c) == null) {
                wrong.add(Violation.of("indicatorCodes", "monitoring.indicator.unknown", c, s.fetchedAt()));
            }
        }
        List<String> types = valueTypes == null ? List.of() : valueTypes.stream().map(String::strip).distinct().toList();
        for (String t : types) {
            try {
                IndicatorDefinition.ValueType.valueOf(t);
            } catch (IllegalArgumentException e) {
                wrong.add(Violation.of("valueTypes", "problem.field.one-of", "PERCENTAGE, RATE, COUNT, QUANTITY"));
            }
        }
        for (Map.Entry<String, RuleExpression> side : sides(l, rt).entrySet()) {
            for (RuleExpression.Operand o : side.getValue().operands()) {
                if (o.indicator() != null && s.indicator(o.indicator()) == null) {
                    wrong.add(Violation.of(side.getKey(), "monitoring.indicator.unknown", o.indicator(), s.fetchedAt()));
                }
            }
        }
        if (l != null && rt != null) {
            List<RuleExpression.Operand> operands = new ArrayList<>(l.operands());
            operands.addAll(rt.operands());
            if (operands.isEmpty()) {
                wrong.add(Violation.of("left", "quality.rule.no-operand"));
            } else if (operands.stream().allMatch(o -> o.indicator() != null)) {
                // a rule that names its indicators applies to those
                codes = operands.stream().map(RuleExpression.Operand::indicator).distinct().toList();
                types = List.of();
                units = List.of();
            }
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.invalid(wrong);
        }
        r.importance = importance;
        r.leftSide = l.text();
        r.operator = operator;
        r.rightSide = rt.text();
        r.tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
        r.tolerancePercent = tolerancePercent == null ? BigDecimal.ZERO : tolerancePercent;
        r.missingValueStrategy = missing == null ? MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING : missing;
        r.messageZh = messageZh.strip();
        r.messageEn = messageEn.strip();
        r.indicatorCodes = ValidationRule.join(codes);
        r.valueTypes = ValidationRule.join(types);
        r.units = ValidationRule.join(units);
        r.enabled = enabled == null || enabled;
    }

    private static Map<String, RuleExpression> sides(RuleExpression left, RuleExpression right) {
        Map<String, RuleExpression> m = new LinkedHashMap<>();
        if (left != null) {
            m.put("left", left);
        }
        if (right != null) {
            m.put("right", right);
        }
        return m;
    }

    private static RuleExpression expression(String field, String text, List<Violation> wrong) {
        try {
            return RuleExpression.parse(text);
        } catch (RuleExpression.Invalid e) {
            wrong.add(new Violation(field, e.reason()));
            return null;
        }
    }

    private static Map<String, Object> definition(ValidationRule r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("code", r.code);
        d.put("importance", r.importance);
        d.put("left", r.leftSide);
        d.put("operator", r.operator);
        d.put("right", r.rightSide);
        d.put("tolerance", r.tolerance);
        d.put("tolerancePercent", r.tolerancePercent);
        d.put("missingValueStrategy", r.missingValueStrategy);
        d.put("indicatorCodes", r.indicatorCodes);
        d.put("valueTypes", r.valueTypes);
        d.put("units", r.units);
        d.put("jurisdiction", r.jurisdiction == null ? "" : r.jurisdiction);
        d.put("enabled", r.enabled);
        return d;
    }
}
