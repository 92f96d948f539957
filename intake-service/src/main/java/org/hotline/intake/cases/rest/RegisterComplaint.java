package org.hotline.intake.cases.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.hotline.platform.validation.MaxChars;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline.intake.cases.Channel;

import java.time.Instant;

/**
 * What an operator types while the caller is on the line. Unknown fields are rejected with a 400 naming the
 * field, so a misspelt field never silently loses what the caller said. Text limits count characters (a Chinese
 * character is one).
 */
@Schema(name = "RegisterComplaint")
public record RegisterComplaint(
        @NotNull @Schema(example = "MAYOR_LINE") Channel channel,
        @PastOrPresent @Schema(description = "When the call was received; defaults to now", example = "2026-11-29T09:30:00+08:00")
        Instant receivedAt,
        @Valid @Schema(description = "Absent for an anonymous caller") Caller caller,
        @Schema(description = "Whether the caller wants a callback (回访); ignored for anonymous callers", example = "true")
        Boolean callbackRequested,
        @PlainText @NotBlank @Size(max = 40) @Schema(example = "STREET_VENDOR") String category,
        @PlainText @Schema(example = "NORMAL", description = "URGENT, HIGH or NORMAL (default)") String priority,
        @NotNull @Valid Location location,
        @PlainText(multiline = true) @NotBlank @MaxChars(2000) @Schema(example = "小区门口每天傍晚有流动摊点占道经营，油烟很大") String description) {

    public record Caller(
            @PlainText @NotBlank @MaxChars(50) @Schema(example = "王先生") String name,
            @PlainText @NotBlank @Size(max = 30) @Schema(example = "13812345678", description = "Mainland mobile (13812345678) or landline with or without area code (021-62345678, 62345678); +86 accepted")
            String phone) {
    }

    public record Location(
            @PlainText @NotBlank @Size(max = 20) @Schema(example = "EAST") String district,
            @PlainText @NotBlank @MaxChars(100) @Schema(example = "人民路") String street,
            @PlainText @MaxChars(200) @Schema(example = "人民路88号") String address,
            @PlainText @Size(max = 40) @Schema(example = "E-03-12") String gridCell,
            @DecimalMin("-90") @DecimalMax("90") @Schema(example = "31.2304") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(example = "121.4737") Double longitude) {
    }
}
