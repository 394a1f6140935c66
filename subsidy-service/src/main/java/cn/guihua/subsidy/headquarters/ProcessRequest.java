package cn.guihua.subsidy.headquarters;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The yearly recognition process (002:234-247): a cycle's dates, a consulted department's due date "
        + "(10 working days on the official calendar), a notice's dates")
public record ProcessRequest(
        @Min(2022) @Max(2100) @Schema(description = "The cycle's year", example = "2024") Integer cycleYear,
        @Schema(description = "The day the file reached a consulted department", example = "2024-04-25") LocalDate sentToDepartmentOn,
        @Schema(description = "The day the recognised list is posted", example = "2024-06-20") LocalDate noticePostedOn,
        @jakarta.validation.constraints.Size(max = 20) @Schema(description = "The materials an application hands to the 镇办 (002:235): "
                + "APPLICATION_FORM, BUSINESS_LICENCE_AND_TAX_REGISTRATION, CAPITAL_VERIFICATION_AND_ANNUAL_REPORT, "
                + "TAX_CERTIFICATE_AND_REVENUE_PROOF, INVESTOR_CONTROLLED_ENTERPRISES, LEGAL_REPRESENTATIVE_STATEMENT, "
                + "DIRECT_RECOGNITION_PROOF_IF_ANY (for a direct recognition)")
        java.util.List<@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 60) String> materials,
        @Schema(description = "With materials: the application asks for direct recognition (002:195-198)") Boolean direct) {

    public ProcessRequest(Integer cycleYear, LocalDate sentToDepartmentOn, LocalDate noticePostedOn) {
        this(cycleYear, sentToDepartmentOn, noticePostedOn, null, null);
    }
}
