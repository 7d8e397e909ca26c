package dev.cphemulator.apps;

import static dev.cphemulator.apps.CatalogueRules.APP_CHARS_MESSAGE;
import static dev.cphemulator.apps.CatalogueRules.ID_CHARS;
import static dev.cphemulator.apps.CatalogueRules.ID_CHARS_MESSAGE;
import static dev.cphemulator.apps.CatalogueRules.NAME_CHARS;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An application (ListApps). In a fleet file it lists its {@code versions}; in the catalogue
 * versions are kept apart and {@code versions} is null. The field rules are those of CreateApp
 * ({@link CreateAppRequest}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record App(
    @Size(max = 32) @Pattern(regexp = ID_CHARS, message = ID_CHARS_MESSAGE) String appId,
    @NotBlank @Size(max = 64) @Pattern(regexp = NAME_CHARS, message = APP_CHARS_MESSAGE)
        String name,
    @NotBlank @Size(max = 128) @Pattern(regexp = NAME_CHARS, message = APP_CHARS_MESSAGE)
        String packageName,
    @Size(max = 256) String description,
    Instant createTime,
    Instant updateTime,
    List<@NotNull @Valid AppVersion> versions) {}
