package dev.cphemulator.fleet;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One address of a server, as CPH lists it (ListCloudPhoneServers {@code addresses}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Address(String intranetIp, String accessIp, String serverIp, String publicIp) {}
