package dev.cphemulator.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param fleet path of a fleet file (YAML, or JSON if it ends in {@code .json}) that replaces the
 *     embedded default fleet; absent means the default
 */
@ConfigurationProperties("cph.emulator")
public record SeedProperties(String fleet) {}
