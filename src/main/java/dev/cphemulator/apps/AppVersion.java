package dev.cphemulator.apps;

import static dev.cphemulator.apps.CatalogueRules.BUCKET_CHARS;
import static dev.cphemulator.apps.CatalogueRules.BUCKET_CHARS_MESSAGE;
import static dev.cphemulator.apps.CatalogueRules.ID_CHARS;
import static dev.cphemulator.apps.CatalogueRules.ID_CHARS_MESSAGE;
import static dev.cphemulator.apps.CatalogueRules.NAME_CHARS;
import static dev.cphemulator.apps.CatalogueRules.TAR_PATH;
import static dev.cphemulator.apps.CatalogueRules.TAR_PATH_MESSAGE;
import static dev.cphemulator.apps.CatalogueRules.VERSION_CHARS_MESSAGE;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A version of an application: a {@code .tar} package in an OBS bucket (QueryAppVersionDetail). In
 * a fleet file only {@code version_code} is required; the rest gets stable defaults. The field
 * rules are those of CreateAppVersion ({@link CreateAppVersionRequest}), which requires every
 * field.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppVersion(
    @Size(max = 32) @Pattern(regexp = ID_CHARS, message = ID_CHARS_MESSAGE) String appVersionId,
    String appId,
    @NotBlank @Size(max = 64) @Pattern(regexp = NAME_CHARS, message = VERSION_CHARS_MESSAGE)
        String versionCode,
    @Size(max = 64) @Pattern(regexp = NAME_CHARS, message = VERSION_CHARS_MESSAGE)
        String versionName,
    @Size(max = 256) @Pattern(regexp = NAME_CHARS, message = VERSION_CHARS_MESSAGE)
        String launchActivity,
    @Size(min = 3, max = 63) @Pattern(regexp = BUCKET_CHARS, message = BUCKET_CHARS_MESSAGE)
        String bucketName,
    @Size(max = 1024) @Pattern(regexp = TAR_PATH, message = TAR_PATH_MESSAGE) String objectPath,
    Instant createTime,
    Instant updateTime) {}
