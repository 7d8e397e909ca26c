package dev.cphemulator.apps;

import static dev.cphemulator.apps.CatalogueRules.BUCKET_CHARS;
import static dev.cphemulator.apps.CatalogueRules.BUCKET_CHARS_MESSAGE;
import static dev.cphemulator.apps.CatalogueRules.BUCKET_SIZE_MESSAGE;
import static dev.cphemulator.apps.CatalogueRules.MAX_1024;
import static dev.cphemulator.apps.CatalogueRules.MAX_256;
import static dev.cphemulator.apps.CatalogueRules.MAX_32;
import static dev.cphemulator.apps.CatalogueRules.MAX_64;
import static dev.cphemulator.apps.CatalogueRules.NAME_CHARS;
import static dev.cphemulator.apps.CatalogueRules.REQUIRED;
import static dev.cphemulator.apps.CatalogueRules.TAR_PATH;
import static dev.cphemulator.apps.CatalogueRules.TAR_PATH_MESSAGE;
import static dev.cphemulator.apps.CatalogueRules.VERSION_CHARS_MESSAGE;

import dev.cphemulator.kernel.CphViolations.InvalidParameter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of CreateAppVersion, at the top level. Every field is required; the rules are those of a
 * version in a fleet file ({@link AppVersion}). The emulator does not read OBS: the bucket and
 * object only have to look right.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record CreateAppVersionRequest(
    @NotBlank(message = REQUIRED, payload = InvalidParameter.class)
        @Size(max = 32, message = MAX_32, payload = InvalidParameter.class)
        String appId,
    @NotBlank(message = REQUIRED, payload = InvalidParameter.class)
        @Size(max = 64, message = MAX_64, payload = InvalidParameter.class)
        @Pattern(
            regexp = NAME_CHARS,
            message = VERSION_CHARS_MESSAGE,
            payload = InvalidParameter.class)
        String versionCode,
    @NotBlank(message = REQUIRED, payload = InvalidParameter.class)
        @Size(max = 64, message = MAX_64, payload = InvalidParameter.class)
        @Pattern(
            regexp = NAME_CHARS,
            message = VERSION_CHARS_MESSAGE,
            payload = InvalidParameter.class)
        String versionName,
    @NotBlank(message = REQUIRED, payload = InvalidParameter.class)
        @Size(max = 256, message = MAX_256, payload = InvalidParameter.class)
        @Pattern(
            regexp = NAME_CHARS,
            message = VERSION_CHARS_MESSAGE,
            payload = InvalidParameter.class)
        String launchActivity,
    @NotBlank(message = REQUIRED, payload = InvalidParameter.class)
        @Size(min = 3, max = 63, message = BUCKET_SIZE_MESSAGE, payload = InvalidParameter.class)
        @Pattern(
            regexp = BUCKET_CHARS,
            message = BUCKET_CHARS_MESSAGE,
            payload = InvalidParameter.class)
        String bucketName,
    @NotBlank(message = REQUIRED, payload = InvalidParameter.class)
        @Size(max = 1024, message = MAX_1024, payload = InvalidParameter.class)
        @Pattern(regexp = TAR_PATH, message = TAR_PATH_MESSAGE, payload = InvalidParameter.class)
        String objectPath) {}
