package cn.guihua.credit.servant;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.credit.identity.Masks;

public final class ServantViews {

    private ServantViews() {
    }

    @Schema(description = "A public servant's file to open (002:1487 基础信息)")
    public record NewPublicServant(
            @NotNull @Schema(example = "370303198604122013") String idNumber,
            @NotBlank @Size(max = 100) @Schema(example = "刘某") String name,
            @NotBlank @Size(max = 200) @Schema(description = "工作单位: must be the dept claim of its officers", example = "张店区某某局") String unit,
            @Size(max = 100) @Schema(example = "一级科员") String post,
            @Size(max = 200) @Schema(example = "机关事业单位在编在岗工作人员") String category) {
    }

    @Schema(description = "A public servant's file")
    public record PublicServantView(@NotNull String idNumber, @NotNull String name, @NotNull String unit, String post, String category,
            @NotNull String jurisdiction, @NotNull OffsetDateTime registeredAt, @Schema(description = "How this read was allowed") String readAs) {

        static PublicServantView of(PublicServant s, String readAs) {
            return new PublicServantView(s.idNumber, s.name, s.unit, s.post, s.category, s.jurisdiction, s.registeredAt, readAs);
        }
    }

    @Schema(description = "A public servant in a list, masked")
    public record PublicServantListItem(@NotNull String idNumber, @NotNull String name, @NotNull String unit) {

        static PublicServantListItem of(PublicServant s) {
            return new PublicServantListItem(Masks.idNumber(s.idNumber), Masks.name(s.name), s.unit);
        }
    }
}
