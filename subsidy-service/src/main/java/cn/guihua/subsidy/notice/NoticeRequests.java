package cn.guihua.subsidy.notice;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests of public notices and objections. */
public final class NoticeRequests {

    private NoticeRequests() {
    }

    @Schema(name = "NewPublicNotice", description = "Posts the public notice (公示)")
    public record NewNotice(@NotNull @Schema(description = "The day it is posted", example = "2024-06-20") LocalDate postedOn) {
    }

    @Schema(name = "NewObjection", description = "An objection raised on a day")
    public record NewObjection(
            @NotNull @Schema(example = "2024-06-25") LocalDate raisedOn,
            @Size(max = 100) @Schema(description = "Who raised it", example = "匿名") String raisedBy,
            @Size(max = 2000) @Schema(description = "What it says") String text,
            @Size(max = 12) @Schema(description = "A selection's unit it concerns (division code); none: the whole list", example = "370104001001")
            String unit) {
    }

    @Schema(name = "ObjectionResolution", description = "How an objection was resolved, and when; send the version you read")
    public record Resolution(
            @NotNull @Schema(example = "2024-07-03") LocalDate resolvedOn,
            @NotNull Objection.Outcome outcome,
            @Size(max = 2000) String resolution,
            @NotNull @Schema(example = "0") Integer version) {
    }
}
