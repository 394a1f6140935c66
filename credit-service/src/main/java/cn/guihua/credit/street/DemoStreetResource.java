package cn.guihua.credit.street;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.credit.access.Dates;
import cn.guihua.credit.access.Officers;
import cn.guihua.credit.config.CreditConfig;
import cn.guihua.credit.engine.Clause;
import cn.guihua.credit.engine.Decisions;
import cn.guihua.credit.engine.EntityEvaluation;
import cn.guihua.credit.engine.ParameterUse;
import cn.guihua.credit.engine.Periods;
import cn.guihua.credit.engine.RulesInForce;
import cn.guihua.credit.entity.EntityEvaluations;
import cn.guihua.credit.identity.CreditCode;
import cn.guihua.credit.parameter.ParameterSnapshot;
import cn.guihua.credit.parameter.ParameterStore;
import cn.guihua.credit.rules.RuleFiles;
import cn.guihua.credit.rules.Rules;
import cn.guihua.credit.street.StreetEntities.Colour;
import cn.guihua.credit.street.StreetEntities.ColourSetting;
import cn.guihua.credit.street.StreetEntities.FileEntry;
import cn.guihua.credit.street.StreetEntities.Merchant;
import cn.guihua.credit.street.StreetViews.ColourCount;
import cn.guihua.credit.street.StreetViews.ColourView;
import cn.guihua.credit.street.StreetViews.FileEntryView;
import cn.guihua.credit.street.StreetViews.FileItemView;
import cn.guihua.credit.street.StreetViews.MerchantFile;
import cn.guihua.credit.street.StreetViews.MerchantView;
import cn.guihua.credit.street.StreetViews.NewColour;
import cn.guihua.credit.street.StreetViews.NewFileEntry;
import cn.guihua.credit.street.StreetViews.NewMerchant;
import cn.guihua.credit.street.StreetViews.StreetReport;
import cn.guihua.credit.street.StreetViews.TargetView;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/demo-street")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demonstration street", description = "90号 诚信经营示范街 (张店区水晶街): merchants' credit files, the colour lists the "
        + "market regulator sets, the targets of 002:3337")
public class DemoStreetResource {

    static final String BLUE_COUNTING = "DEMO_STREET_BLUE_SHARE_COUNTING";
    static final String CRITERIA = "DEMO_STREET_COLOUR_CRITERIA";

    @Inject
    Rules rules;

    @Inject
    Officers officers;

    @Inject
    Audit audit;

    @Inject
    CreditConfig config;

    @Inject
    ParameterStore parameters;

    @Inject
    EntityEvaluations evaluations;

    @POST
    @Path("merchants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Add a merchant of the street")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = MerchantView.class)))
    @APIResponse(responseCode = "409", description = "The merchant is on the street already")
    public Response addMerchant(@Valid @NotNull NewMerchant body) {
        officers.requireJurisdiction();
        String code = code(body.creditCode());
        if (Merchant.findById(code) != null) {
            throw ProblemException.conflict("credit.street.merchant-exists", code);
        }
        Merchant m = new Merchant();
        m.creditCode = code;
        m.name = body.name().strip();
        m.shopName = body.shopName();
        m.street = rules.demoStreet().site().path("street").asText();
        m.registeredBy = officers.caller().subject();
        m.registeredAt = OffsetDateTime.now();
        m.persist();
        audit.record("street.merchant-added", "Merchant", code, body);
        return Response.created(URI.create("/api/v1/demo-street/merchants/" + code)).entity(view(m, null)).build();
    }

    @GET
    @Path("merchants")
    @PermitAll
    @Operation(summary = "The merchants and their colour on a day", description = "Public: the 红榜、蓝榜、黄榜、黑榜 are published (定期发布, 002:3328).")
    @APIResponse(responseCode = "200", description = "A page of merchants")
    public Page<MerchantView> merchants(@QueryParam("colour") Colour colour, @QueryParam("asOf") @Parameter(description = "Default today") LocalDate asOf,
            @BeanParam @Valid PageRequest paging) {
        LocalDate day = Dates.orToday(asOf);
        List<MerchantView> all = Merchant.<Merchant>listAll(Sort.by("creditCode")).stream().map(m -> view(m, colour(m.creditCode, day)))
                .filter(v -> colour == null || colour == v.colour()).toList();
        return Page.slice(all, paging);
    }

    @GET
    @Path("merchants/{creditCode}")
    @PermitAll
    @Operation(summary = "A merchant's credit file", description = "Public: the file is what consumers read by scanning the merchant's "
            + "信用二维码 (002:3335): 基础信息、行政许可信息、行政处罚信息、纳税信息、水电气信息、消费者评价信息、投诉处理信息、信用评价信息, "
            + "the colour and, as 信用评价信息, the 87号 level when one can be given.")
    @APIResponse(responseCode = "200", description = "The file")
    public MerchantFile file(@PathParam("creditCode") @Parameter(example = "92370303L000001697") String creditCode,
            @QueryParam("asOf") @Parameter(description = "Default today") LocalDate asOf) {
        Merchant m = merchant(creditCode);
        LocalDate day = Dates.orToday(asOf);
        RuleFiles.MerchantCreditFile fileRules = rules.demoStreet().merchantCreditFile();
        List<FileEntry> entries = FileEntry.list("creditCode = ?1 and entryOn <= ?2", Sort.by("entryOn").and("id"), m.creditCode, day);
        List<FileItemView> items = new ArrayList<>();
        for (RuleFiles.FileItem i : fileRules.items()) {
            items.add(new FileItemView(i.key(), i.name(), entries.stream().filter(e -> e.item.equals(i.key()))
                    .map(e -> new FileEntryView(e.id, e.entryOn, e.summary, e.department, e.createdAt)).toList()));
        }
        List<ColourView> history = ColourSetting.<ColourSetting>list("creditCode", Sort.by("effectiveFrom").and("setAt"), m.creditCode).stream()
                .map(this::colourView).toList();
        ColourSetting current = current(m.creditCode, day);
        EntityEvaluation e = evaluations.evaluate(m.creditCode, day, null);
        return new MerchantFile(view(m, current == null ? null : current.colour), day, items, current == null ? null : colourView(current),
                history, e.level(), e.status().name(), Clause.of(fileRules.source(), fileRules.quote()));
    }

    @POST
    @Path("merchants/{creditCode}/file-entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Add an entry to a merchant's credit file", description = "By the unit that holds it (区市场监管局 with the units "
            + "named in 002:3335); the caller's dept is kept with the entry.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = FileEntryView.class)))
    public Response addEntry(@PathParam("creditCode") @Parameter(example = "92370303L000001697") String creditCode, @Valid @NotNull NewFileEntry body) {
        officers.requireJurisdiction();
        Merchant m = merchant(creditCode);
        if (rules.demoStreet().merchantCreditFile().items().stream().noneMatch(i -> i.key().equals(body.item()))) {
            throw ProblemException.invalid("item", "credit.street.item", rules.demoStreet().merchantCreditFile().items().stream()
                    .map(RuleFiles.FileItem::key).toList().toString());
        }
        if (body.on().isAfter(Dates.today())) {
            throw ProblemException.invalid("on", "credit.record.future");
        }
        FileEntry e = new FileEntry();
        e.creditCode = m.creditCode;
        e.item = body.item();
        e.entryOn = body.on();
        e.summary = body.summary().strip();
        e.department = officers.department();
        e.createdBy = officers.caller().subject();
        e.createdAt = OffsetDateTime.now();
        e.persist();
        audit.record("street.file-entry", "Merchant", m.creditCode, body);
        return Response.created(URI.create("/api/v1/demo-street/merchants/" + m.creditCode))
                .entity(new FileEntryView(e.id, e.entryOn, e.summary, e.department, e.createdAt)).build();
    }

    @POST
    @Path("merchants/{creditCode}/colours")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Set a merchant's colour from a day on", description = "By the market regulator only (区市场监管局牵头, 002:3336: the "
            + "caller's dept must be one of guihua.credit.street.regulator-departments). 90号 gives no criteria: the regulator "
            + "decides (its criteria may be recorded as DEMO_STREET_COLOUR_CRITERIA).")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = ColourView.class)))
    public Response setColour(@PathParam("creditCode") @Parameter(example = "92370303L000001697") String creditCode, @Valid @NotNull NewColour body) {
        officers.requireJurisdiction();
        Merchant m = merchant(creditCode);
        String dept = officers.department();
        if (!config.street().regulatorDepartments().contains(dept)) {
            throw ProblemException.forbidden("credit.street.not-regulator", dept);
        }
        ColourSetting c = new ColourSetting();
        c.creditCode = m.creditCode;
        c.colour = body.colour();
        c.effectiveFrom = body.effectiveFrom();
        c.basis = body.basis().strip();
        c.setBy = officers.caller().subject();
        c.setDepartment = dept;
        c.setAt = OffsetDateTime.now();
        c.persist();
        audit.record("street.colour-set", "Merchant", m.creditCode, body);
        return Response.created(URI.create("/api/v1/demo-street/merchants/" + m.creditCode)).entity(colourView(c)).build();
    }

    @GET
    @Path("report")
    @PermitAll
    @Operation(summary = "The street against the targets of 002:3337", description = "确保街区内黑牌企业数为0，蓝牌企业数不低于95%，红牌企业数不低于"
            + "50%: shares of all merchants of the street on the day; whether red merchants count toward the blue share is "
            + "DEMO_STREET_BLUE_SHARE_COUNTING.")
    @APIResponse(responseCode = "200", description = "The report")
    public StreetReport report(@QueryParam("asOf") @Parameter(description = "Default today", example = "2022-12-31") LocalDate asOf) {
        LocalDate day = Dates.orToday(asOf);
        ParameterSnapshot snapshot = parameters.snapshot(day, null);
        Decisions d = new Decisions(rules, snapshot);
        Periods.Mode mode = Periods.mode(rules.demoStreet().document(), day, d);
        List<Merchant> merchants = Merchant.listAll();
        Map<Colour, Long> counts = new EnumMap<>(Colour.class);
        long unclassified = 0;
        for (Merchant m : merchants) {
            Colour c = colour(m.creditCode, day);
            if (c == null) {
                unclassified++;
            } else {
                counts.merge(c, 1L, Long::sum);
            }
        }
        long total = merchants.size();
        List<TargetView> targets = new ArrayList<>();
        for (RuleFiles.Target t : rules.demoStreet().targets().items()) {
            Colour colour = Colour.valueOf(t.colour());
            if ("COUNT".equals(t.measure())) {
                long n = counts.getOrDefault(colour, 0L);
                targets.add(new TargetView(t.key(), colour, t.measure(), t.target(), t.comparison(), n, null, n == (long) t.target(), null));
                continue;
            }
            java.util.function.Function<Boolean, Long> counted = orBetter -> orBetter
                    ? counts.entrySet().stream().filter(e -> e.getKey().ordinal() <= colour.ordinal()).mapToLong(Map.Entry::getValue).sum()
                    : counts.getOrDefault(colour, 0L);
            String parameter = t.countingParameter();
            long n;
            Boolean met;
            if (parameter == null) {
                n = counted.apply(false);
                met = total == 0 ? null : (double) n / total >= t.target();
            } else {
                int mark = d.mark();
                record Result(long n, Boolean met) {
                }
                Result r = d.choose(parameter, "whether red merchants count toward the blue share", v -> {
                    long k = counted.apply("BLUE_OR_BETTER".equals(v.asText()));
                    return new Result(k, total == 0 ? null : (double) k / total >= t.target());
                });
                boolean missing = !d.missingSince(mark).isEmpty();
                n = missing ? counted.apply(false) : r.n();
                met = missing ? null : r.met();
            }
            targets.add(new TargetView(t.key(), colour, t.measure(), t.target(), t.comparison(), n, total == 0 ? null : (double) n / total, met,
                    parameter));
        }
        List<ColourCount> colours = new ArrayList<>();
        for (Colour c : Colour.values()) {
            colours.add(new ColourCount(c, counts.getOrDefault(c, 0L)));
        }
        ParameterSnapshot.InForce criteria = snapshot.get(CRITERIA);
        return new StreetReport(day, RulesInForce.of(rules.demoStreet().document(), mode), rules.demoStreet().site().path("street").asText(), total,
                unclassified, colours, targets, Clause.of(rules.demoStreet().targets().source(), rules.demoStreet().targets().quote()),
                criteria == null ? null : criteria.value(), d.entries().stream().map(ParameterUse::of).toList());
    }

    private Colour colour(String code, LocalDate day) {
        ColourSetting c = current(code, day);
        return c == null ? null : c.colour;
    }

    private static ColourSetting current(String code, LocalDate day) {
        return ColourSetting.<ColourSetting>list("creditCode = ?1 and effectiveFrom <= ?2", Sort.by("effectiveFrom").and("setAt").and("id"), code, day)
                .stream().max(Comparator.comparing((ColourSetting c) -> c.effectiveFrom).thenComparing(c -> c.setAt).thenComparing(c -> c.id))
                .orElse(null);
    }

    private ColourView colourView(ColourSetting c) {
        RuleFiles.Colour rule = rules.demoStreet().colourLists().colours().stream().filter(x -> x.key().equals(c.colour.name())).findFirst().orElseThrow();
        RuleFiles.Quote t = rule.treatment() != null ? rule.treatment() : rule.rectification();
        return new ColourView(c.id, c.colour, c.effectiveFrom, c.basis, c.setDepartment, c.setAt, Clause.of(t));
    }

    private static MerchantView view(Merchant m, Colour colour) {
        return new MerchantView(m.creditCode, m.name, m.shopName, m.street, colour);
    }

    private static String code(String code) {
        String c = code == null ? null : code.strip();
        if (!CreditCode.isValid(c)) {
            throw ProblemException.invalid("creditCode", "credit.entity.credit-code");
        }
        return c;
    }

    private static Merchant merchant(String creditCode) {
        String code = code(creditCode);
        Merchant m = Merchant.findById(code);
        if (m == null) {
            throw ProblemException.notFound("thing.merchant", code);
        }
        return m;
    }
}
