package cn.guihua.emergency.filing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Filing", description = "A filing (备案) duty of one plan edition with one recipient")
public record FilingView(
        @NotNull UUID id,
        @NotNull UUID planId,
        @NotNull @Schema(example = "槐荫区防汛应急预案") String planTitle,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "市政府有关主管部门") String recipient,
        @NotNull @Schema(example = "抄送备案") String mode,
        @NotNull @Schema(description = "Issue date of the edition to be filed", example = "2022-11-24") LocalDate issueDate,
        @Schema(description = "Working days the rule allows; null when it sets none", example = "20") Integer deadlineWorkingDays,
        @Schema(description = "Null when no deadline is computed; see dueNote", example = "2022-12-22") LocalDate dueOn,
        @Schema(description = "Why dueOn is null: NO_DEADLINE (the jurisdiction's rule sets none) or CALENDAR_NOT_CONFIGURED")
        String dueNote,
        @Schema(description = "Null while not filed")
        LocalDate filedOn,
        @Schema(example = "济应急备〔2022〕12号") String reference,
        @NotNull Status status,
        @NotNull @Schema(example = "000:1579") String ruleSource,
        long version) {

    @Schema(name = "FilingStatus")
    public enum Status {
        /** Not filed, not (yet) overdue */
        PENDING,
        /** Not filed and past its due date */
        OVERDUE,
        /** Filed on or before the due date, or without one */
        FILED,
        /** Filed after the due date */
        FILED_LATE
    }
}
