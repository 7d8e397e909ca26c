package dev.cphemulator.deploy;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of QueryServerAppsDetail and QueryPhoneAppsDetail: {@code request_id}, {@code apps}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record AppsOnResponse(String requestId, List<InstalledApp> apps) {}
