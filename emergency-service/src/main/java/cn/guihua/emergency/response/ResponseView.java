package cn.guihua.emergency.response;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.reference.Clause;

@Schema(name = "IncidentResponse", description = "An incident's response (应急响应): its status and tier, who handles the "
        + "incident and who sets up the on-site command for its grade, each with its clause, and every step")
public record ResponseView(
        @NotNull UUID incidentId,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @Schema(example = "2") Integer level,
        @Schema(example = "重大（Ⅱ级）") String levelName,
        @Schema(description = "The plan whose rules apply: the incident's, else its jurisdiction's overall plan; null where the "
                + "sources give none", example = "HY_DRUG_SAFETY") String rulesPlanCode,
        String rulesPlanTitle,
        @Schema(description = "Null while no response was proposed or activated") ResponseStatus status,
        @Schema(example = "2") Integer tier,
        @Schema(example = "Ⅱ级") String tierName,
        @Schema(example = "省指挥部（区政府在其统一领导下组织实施）") String activator,
        String coordinator,
        Clause tierClause,
        OffsetDateTime proposedAt,
        OffsetDateTime activatedAt,
        OffsetDateTime terminatedAt,
        OffsetDateTime recoveryAt,
        @Schema(description = "The actions allowed next") List<ResponseAction> allowedActions,
        @Schema(description = "The tiers the incident's grade allows") List<ResponseViews.TierView> tiers,
        @Schema(description = "Who handles an incident of this grade") ResponseViews.HandlingView handling,
        @Schema(description = "Who sets up the on-site command for this grade") List<ResponseViews.OnSiteView> onSiteCommand,
        @Schema(description = "Who releases the information for this grade, where the plan says") List<ResponseViews.ReleaseView> informationRelease,
        List<Step> history,
        long version) {

    @Schema(name = "ResponseStep", description = "One step of a response")
    public record Step(@NotNull ResponseAction action, ResponseStatus from, @NotNull ResponseStatus to, Integer tier, String tierName,
            @Schema(example = "区政府") String actorBody, @NotNull OffsetDateTime at, String reason,
            @Schema(example = "000:3083") String sourceRef, @NotNull String recordedBy, @NotNull OffsetDateTime recordedAt) {
    }
}
