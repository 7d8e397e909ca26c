package dev.cphemulator.apps;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A version of an application: a {@code .tar} package in an OBS bucket (SPEC 2.A.5). In a fleet
 * file only {@code version_code} is required; the rest gets stable defaults.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppVersion(
    @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "use letters, digits, '-' or '_'") String appVersionId,
    String appId,
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "use letters, digits, '.', '_' or '-'") String versionCode,
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "use letters, digits, '.', '_' or '-'") String versionName,
    @Size(max = 256) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "use letters, digits, '.', '_' or '-'") String launchActivity,
    @Size(min = 3, max = 63) @Pattern(regexp = "[a-z0-9.-]*", message = "use lower-case letters, digits, '-' or '.'") String bucketName,
    @Size(max = 1024) @Pattern(regexp = ".*\\.tar", message = "must name a .tar package") String objectPath,
    Instant createTime,
    Instant updateTime) {}
