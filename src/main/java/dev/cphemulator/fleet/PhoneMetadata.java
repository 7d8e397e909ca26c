package dev.cphemulator.fleet;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A phone's billing metadata (ListCloudPhones {@code metadata}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PhoneMetadata(String orderId, String productId) {}
