package cn.guihua.subsidy.headquarters;

import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.subsidy.calendar.WorkingDays;
import cn.guihua.subsidy.rules.Calculation;

/**
 * The calculations of 张店区's headquarters policy, public like the policy. The yearly reward is claimed as an
 * application (benefit {@code ANNUAL_REWARD_<year>}), which goes through the 7-day public notice before payment.
 */
@Path("/api/v1/headquarters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Headquarters economy (张店区 张政发〔2021〕18号)")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "422", description = "The policy is not in force on that date")
public class HeadquartersResource {

    @Inject
    HeadquartersCalculator calculator;

    @Inject
    WorkingDays calendar;

    @POST
    @Path("recognition")
    @PermitAll
    @Operation(summary = "Check headquarters recognition", description = "Public. Basic conditions (registration 002:193, network "
            + "and headquarters level 002:194, relaxed to 市级 for financial headquarters), then direct recognition (002:195-198, "
            + "never for real estate), the sector's revenue and tax thresholds, both required (002:200-228), or a financial "
            + "headquarters' kind (法人金融机构, bank, insurance, securities and futures branches, intermediaries, local financial "
            + "organisations, 002:213-215); 一事一议 (002:232) is the officer's recorded decision. CALCULATED means recognised; "
            + "`rule` names the condition that decides.")
    @APIResponse(responseCode = "200", description = "The answer and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation recognise(@Valid @NotNull RecognitionRequest body) {
        return calculator.recognise(body, body.asOf() == null ? LocalDate.now() : body.asOf());
    }

    @POST
    @Path("rewards")
    @PermitAll
    @Operation(summary = "Calculate a year's headquarters rewards", description = "Public. Capital injection 1% capped at 2000万 "
            + "paid 40/30/30 (002:154), operating contribution 80% then 50% (002:155), revenue milestones and the ranking rewards "
            + "(山东100强 100万 … 世界500强 1000万, first entry only, 002:156), the office purchase subsidy's yearly instalment (10% "
            + "at most 500万 in five instalments, 002:157; once in five years, 002:165), rent (50% for three years, or the "
            + "cooperation agreement's rate in government premises, never both, 002:157), key supporting projects (002:159), each "
            + "matter paid once at the highest amount of the district's policies (002:167), all under the annual cap of the "
            + "local contribution (002:164). Rules as of `asOf`, or the last day of `year` the policy is in force; after the "
            + "policy's end only instalments are worked out (HQ_PAYMENTS_AFTER_EXPIRY).")
    @APIResponse(responseCode = "200", description = "The amount and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation reward(@Valid @NotNull RewardRequest body) {
        return calculator.reward(body);
    }

    @POST
    @Path("executives")
    @PermitAll
    @Operation(summary = "How many executives a headquarters has recognised", description = "Public. 3, plus one for each full "
            + "1000万 of tax above the recognition standard, at most 5 (002:165). A headquarters recognised without a tax threshold "
            + "(directly, 一事一议, a bank branch or a legal-person financial institution) needs HQ_TAX_STANDARD_WITHOUT_THRESHOLD: "
            + "until it is set the answer is NOT_CONFIGURED with `executivesAtLeast` 3.")
    @APIResponse(responseCode = "200", description = "The count and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation executives(@Valid @NotNull ExecutivesRequest body) {
        return calculator.executives(body);
    }

    @POST
    @Path("perks")
    @PermitAll
    @Operation(summary = "Work out the 特色激励 of a headquarters and an executive", description = "Public. Health checks (1 + "
            + "one per 1000万 above the standard), elderly care (纳税2000万以上), school places (年纳税总额3000万以上, one more per "
            + "3000万), the executive's first home (5%), the home advance and its repayment (002:161), under the executive cap "
            + "(002:164) and once in five years (002:165).")
    @APIResponse(responseCode = "200", description = "The results and their explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation perks(@Valid @NotNull PerksRequest body) {
        return calculator.perks(body);
    }

    @POST
    @Path("talent-rewards")
    @PermitAll
    @Operation(summary = "Calculate a year's 人才贡献奖励", description = "Public. For five years from recognition, each recognised "
            + "executive receives 100% of their personal local contribution and 90% of that from share reductions (002:158); "
            + "executives beyond the recognised count are refused (002:165).")
    @APIResponse(responseCode = "200", description = "The amounts and their explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation talent(@Valid @NotNull TalentRequest body) {
        return calculator.talent(body);
    }

    @POST
    @Path("introducer-rewards")
    @PermitAll
    @Operation(summary = "Calculate 招商引荐奖励", description = "Public. 2万 one-off, or 5万 instead for a provincial or higher "
            + "regional or a functional headquarters of a 世界500强/中国500强/民营500强/沪深主板 company; each year while the "
            + "introduced enterprise exists, 1% of its local contribution less the district's rewards to it (002:160). One "
            + "introducer per project (002:167) is checked when the reward is claimed as an application.")
    @APIResponse(responseCode = "200", description = "The amount and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation introducer(@Valid @NotNull IntroducerRequest body) {
        return calculator.introducer(body);
    }

    @POST
    @Path("industry-support")
    @PermitAll
    @Operation(summary = "Calculate 产业配套奖励 for one project", description = "Public. More than 1亿 30万, more than 5亿 50万, more "
            + "than 10亿 100万, the project's bracket only (002:159), paid once at the highest amount of the district's policies "
            + "(002:167).")
    @APIResponse(responseCode = "200", description = "The amount and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation industrySupport(@Valid @NotNull IndustrySupportRequest body) {
        return calculator.industrySupport(body);
    }

    @POST
    @Path("process")
    @PermitAll
    @Operation(summary = "The recognition process's dates", description = "Public. A cycle: applications in the first quarter, the "
            + "镇办 forward before April, the centre decides the previous year's headquarters before July (002:234); a consulted "
            + "department answers within 10 working days, counted on emergency-service's calendar (002:245); the list is posted "
            + "for 7 days, payment after it (002:246-247). 503 when the calendar does not answer.")
    @APIResponse(responseCode = "200", description = "The dates and their explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "503", description = "The working-day calendar (emergency-service) did not answer")
    public Calculation process(@Valid @NotNull ProcessRequest body) {
        return calculator.process(body, calendar);
    }

    @POST
    @Path("clawback")
    @PermitAll
    @Operation(summary = "What an event does to a recognised headquarters", description = "Public. Fraud: no recognition and five "
            + "years without applying (002:250); a capital reduction: benefits stop from its day, or are recalculated "
            + "(002:251); a rename or restructuring: reported within 10 working days, the term unchanged (002:252); a failed "
            + "annual review or a tax or major penalty of the previous year: recognition withdrawn (002:253). 503 when the "
            + "calendar does not answer.")
    @APIResponse(responseCode = "200", description = "The outcome and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "503", description = "The working-day calendar (emergency-service) did not answer")
    public Calculation clawback(@Valid @NotNull ClawbackRequest body) {
        return calculator.clawback(body, calendar);
    }
}
