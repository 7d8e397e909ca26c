package dev.cphemulator.apps;

import static dev.cphemulator.apps.CatalogueRules.APP_CHARS_MESSAGE;
import static dev.cphemulator.apps.CatalogueRules.MAX_128;
import static dev.cphemulator.apps.CatalogueRules.MAX_256;
import static dev.cphemulator.apps.CatalogueRules.MAX_64;
import static dev.cphemulator.apps.CatalogueRules.NAME_CHARS;
import static dev.cphemulator.apps.CatalogueRules.REQUIRED;

import dev.cphemulator.kernel.CphViolations.InvalidParameter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of CreateApp, at the top level without a wrapper object. Same rules as an application in
 * a fleet file ({@link App}). Names need not be unique: CPH documents no such rule.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record CreateAppRequest(
    @NotBlank(message = REQUIRED, payload = InvalidParameter.class)
        @Size(max = 64, message = MAX_64, payload = InvalidParameter.class)
        @Pattern(regexp = NAME_CHARS, message = APP_CHARS_MESSAGE, payload = InvalidParameter.class)
        String name,
    @NotBlank(message = REQUIRED, payload = InvalidParameter.class)
        @Size(max = 128, message = MAX_128, payload = InvalidParameter.class)
        @Pattern(regexp = NAME_CHARS, message = APP_CHARS_MESSAGE, payload = InvalidParameter.class)
        String packageName,
    @Size(max = 256, message = MAX_256, payload = InvalidParameter.class) String description) {}
