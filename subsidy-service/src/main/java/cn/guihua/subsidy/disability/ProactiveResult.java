package cn.guihua.subsidy.disability;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who qualifies without having applied; the applications opened for them, if asked")
public record ProactiveResult(
        DisabilitySubsidy subsidy,
        @Schema(example = "370104") String district,
        @Schema(example = "2024-05") String month,
        List<PersonView> qualifying,
        List<UUID> openedApplications) {
}
