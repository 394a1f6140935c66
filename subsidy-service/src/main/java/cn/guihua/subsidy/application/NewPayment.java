package cn.guihua.subsidy.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Records the payment of an approved application's frozen amount")
public record NewPayment(
        @NotNull @Schema(example = "2024-07-01") LocalDate paidOn,
        @Size(max = 100) @Schema(description = "Treasury voucher or bank reference", example = "LSCZ-2024-0012") String reference) {
}
