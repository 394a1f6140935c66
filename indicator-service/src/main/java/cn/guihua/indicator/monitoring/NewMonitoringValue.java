package cn.guihua.indicator.monitoring;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value for one indicator, jurisdiction, period and disaggregation")
public record NewMonitoringValue(
        @Schema(required = true, description = "Code in plan-service's indicator catalogue", example = "NEONATAL_MORTALITY") String indicatorCode,
        @Schema(required = true, description = "6-, 9- or 12-digit division code", example = "370104") String jurisdiction,
        @Schema(required = true, description = "2023, 2023-Q1 or 2023-05", example = "2023") String period,
        @Schema(description = "Default TOTAL") Sex sex,
        @Schema(description = "Default TOTAL") Residence residence,
        @Schema(description = "TOTAL (default) or an age band such as 0-5 or 60+", example = "TOTAL") String ageGroup,
        @Schema(required = true, description = "In the indicator's unit; a percentage within 0-100, a count whole", example = "2.4") BigDecimal value,
        @Schema(example = "3") BigDecimal numerator,
        @Schema(example = "1250") BigDecimal denominator,
        @Schema(description = "Checked against the indicator's unit when given", example = "‰") String unit,
        @Schema(description = "Reporting department (报送单位)", example = "区卫生健康局") String department,
        @Schema(example = "全年活产 1250 人") String comment) {

    Candidate candidate() {
        return new Candidate(indicatorCode, jurisdiction, period, sex == null ? null : sex.name(),
                residence == null ? null : residence.name(), ageGroup, text(value), text(numerator), text(denominator),
                unit, department, comment);
    }

    static String text(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
