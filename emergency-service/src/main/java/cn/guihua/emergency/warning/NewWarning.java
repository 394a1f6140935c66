package cn.guihua.emergency.warning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.emergency.reference.Colour;
import cn.guihua.emergency.reference.GovLevel;
import cn.guihua.emergency.reference.NoticeKind;
import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "A warning to issue, or (issuedAbove) one issued above the jurisdiction to record")
public record NewWarning(
        @Size(max = 50) @Schema(description = "The plan whose rules apply (HY_OVERALL, HY_DRUG_SAFETY, ZD_OVERALL); default the "
                + "overall plan of the jurisdiction", example = "HY_OVERALL") String planCode,
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
        @Schema(description = "The area the warning covers; it is active there and in every street below", example = "370104")
        String jurisdiction,
        @NotNull EventCategory category,
        @Size(max = 100) @Schema(example = "气象灾害") String eventType,
        @Min(1) @Max(4) @Schema(description = "1 一级 (red) … 4 四级 (blue); for NATURAL, ACCIDENT and HEALTH", example = "4")
        Integer level,
        @Schema(description = "For SOCIAL (其他突发事件): NOTICE 通报提醒信息 or SAFETY_ALERT 安全警示, which have no level")
        NoticeKind noticeKind,
        @Schema(description = "Optional; must be the level's colour") Colour color,
        @Schema(description = "True to record a warning issued above the jurisdiction (市、省、国家), which covers it") Boolean issuedAbove,
        @Schema(description = "Who issues: default the level of the jurisdiction (DISTRICT for 370104); for a recorded warning "
                + "the level above that issued it", example = "DISTRICT") GovLevel issuerLevel,
        @Size(max = 200) @Schema(description = "The issuing body (发布机关); default content.issuer", example = "槐荫区应急管理局")
        String issuerBody,
        @Size(max = 200) @Schema(description = "Who authorised the issue where the plan requires it (drug plan: 区政府 for 四级, "
                + "000:3029)", example = "区政府") String authorisedBy,
        @Size(max = 20) @Schema(description = "Channel codes of the plan (000:1313-1315; 002:3445)", example = "[\"EMERGENCY_BROADCAST\", \"TELECOM\"]")
        List<@NotBlank @Size(max = 50) String> channels,
        @Size(max = 20) @Schema(description = "Numbers of the measures taken (①-⑨ of 000:1321-1337 / 002:3448-3456; the drug "
                + "plan's (1)-(5) for 四级, 000:3039-3047)", example = "[2, 4]") List<@NotNull @Min(1) @Max(20) Integer> measures,
        @Size(max = 40) @Schema(description = "The warning's content, key to text. 槐荫区 requires the ten fields of 000:1315: "
                + "category, level, startTime, affectedArea, warningMatters, development, measures, consultation, issuedAt, "
                + "issuer (more are allowed)")
        Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 5000) String> content,
        @Schema(description = "When it was issued; default content.issuedAt where it is an ISO-8601 time, else now", example = "2025-07-10T07:30:00+08:00") OffsetDateTime issuedAt) {
}
