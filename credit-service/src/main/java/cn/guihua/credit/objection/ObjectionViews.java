package cn.guihua.credit.objection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.credit.record.SubjectType;

public final class ObjectionViews {

    private ObjectionViews() {
    }

    @Schema(description = "An objection received (异议申请, 002:815 for entities, 002:2489 for persons)")
    public record NewObjection(
            @NotNull SubjectType subjectType,
            @NotBlank @Size(max = 18) @Schema(description = "Credit code or ID number", example = "91370303MA3C0504X6") String subjectId,
            @Schema(description = "The record objected to, when there is one") Long recordId,
            @NotNull @Schema(description = "收到异议申请之日", example = "2022-03-07") LocalDate receivedOn,
            @Size(max = 200) @Schema(description = "The receiving unit (default: the caller's dept)", example = "张店区市场监督管理局") String receivedBy,
            @Schema(description = "属于本单位处理范围: the 3-working-day clock (default true)") Boolean withinRemit,
            @Schema(description = "需要其他单位协助核查: the 7-working-day clock; absent: shown as the clock if referred") Boolean needsOtherUnits,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> verifyingUnits,
            @NotBlank @Size(max = 2000) @Schema(example = "处罚决定书罚款为8万元，不是20万元") String claim) {
    }

    @Schema(description = "What happened: ERROR_CONFIRMED (核查确实有误: the 2-day correction clock may start), NO_ERROR_FOUND, "
            + "APPLICANT_NOTIFIED (处理结果通知异议申请人: meets the 3/7-day clock), CLOSED")
    public record NewObjectionEvent(
            @NotNull EventType type,
            @Schema(description = "The day (default today)", example = "2022-03-09") LocalDate on,
            @Size(max = 1000) String note,
            @NotNull @Schema(description = "The objection's version") Long version) {

        @Schema(name = "ObjectionEventType")
        public enum EventType { ERROR_CONFIRMED, NO_ERROR_FOUND, APPLICANT_NOTIFIED, CLOSED }
    }

    @Schema(description = "A working-day clock of an objection (002:815): from when, how many working days, due when, met when")
    public record ClockView(
            @NotNull @Schema(description = "IN_REMIT (3), NEEDS_OTHER_UNITS (7), NEEDS_OTHER_UNITS_IF_REFERRED (7), CORRECTION (2); "
                    + "REVIEW, VERIFY, CORRECTION for persons (PERSONAL_OBJECTION_DEADLINES); REVIEW_IN_JANUARY for servants") String id,
            Integer workingDays,
            LocalDate from,
            @Schema(description = "The due day on the system's working-day calendar; null when it could not be computed (see status)") LocalDate due,
            @NotNull @Schema(description = "COMPUTED, NOT_STARTED (the error is not confirmed yet), NOT_CONFIGURED (a parameter is unset), "
                    + "CALENDAR_UNAVAILABLE (emergency-service did not answer: computed again later), CALENDAR_YEAR_NOT_LOADED, "
                    + "NO_DEADLINE (the document gives none)") String status,
            @Schema(description = "The parameter that decided or is missing") String parameter,
            @Schema(description = "The day the duty was met") LocalDate metOn,
            @Schema(description = "Due and not met on time") Boolean late,
            String who,
            List<String> does,
            @NotNull String source,
            String quote) {
    }

    public record EventView(@NotNull String type, @NotNull LocalDate on, String department, Long recordId, String note,
            @NotNull String actor, @NotNull OffsetDateTime at) {
    }

    @Schema(description = "An objection with its clocks and what happened")
    public record ObjectionView(
            @NotNull Long id,
            @NotNull SubjectType subjectType,
            @NotNull @Schema(description = "Masked for persons and servants in lists") String subjectId,
            Long recordId,
            @NotNull LocalDate receivedOn,
            @NotNull String receivedBy,
            Boolean withinRemit,
            Boolean needsOtherUnits,
            List<String> verifyingUnits,
            @NotNull String claim,
            @NotNull Objection.Status status,
            List<ClockView> clocks,
            @Schema(description = "Some due day could not be computed yet: the calendar is asked again") boolean clocksPending,
            List<EventView> events,
            @NotNull OffsetDateTime createdAt,
            long version) {
    }
}
