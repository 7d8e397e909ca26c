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
    @NotBlank(message = REQUIRED) @Size(max = 32, message = MAX_32) String appId,
    @NotBlank(message = REQUIRED)
        @Size(max = 64, message = MAX_64)
        @Pattern(regexp = NAME_CHARS, message = VERSION_CHARS_MESSAGE)
        String versionCode,
    @NotBlank(message = REQUIRED)
        @Size(max = 64, message = MAX_64)
        @Pattern(regexp = NAME_CHARS, message = VERSION_CHARS_MESSAGE)
        String versionName,
    @NotBlank(message = REQUIRED)
        @Size(max = 256, message = MAX_256)
        @Pattern(regexp = NAME_CHARS, message = VERSION_CHARS_MESSAGE)
        String launchActivity,
    @NotBlank(message = REQUIRED)
        @Size(min = 3, max = 63, message = BUCKET_SIZE_MESSAGE)
        @Pattern(regexp = BUCKET_CHARS, message = BUCKET_CHARS_MESSAGE)
        String bucketName,
    @NotBlank(message = REQUIRED)
        @Size(max = 1024, message = MAX_1024)
        @Pattern(regexp = TAR_PATH, message = TAR_PATH_MESSAGE)
        String objectPath) {}
