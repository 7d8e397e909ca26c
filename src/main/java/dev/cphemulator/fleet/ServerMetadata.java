package dev.cphemulator.fleet;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A server's billing metadata (ListCloudPhoneServers {@code metadata}); {@code charging_mode} 0 is
 * pay-per-use.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServerMetadata(String productId, String orderId, Integer chargingMode) {}
