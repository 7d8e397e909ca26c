package dev.cphemulator.fleet;

import dev.cphemulator.kernel.Paging;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import dev.cphemulator.web.CphPaths;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ListCloudPhoneServers and ShowCloudPhoneServerDetail. */
@RestController
@RequestMapping(CphPaths.BASE + "/servers")
class ServerController {

  /** CPH pages servers by 1 to 100. */
  static final int MAX_LIMIT = 100;

  private final FleetQueries queries;

  ServerController(FleetQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  ListCloudPhoneServersResponse listCloudPhoneServers(
      ProjectState state,
      RequestId requestId,
      @RequestParam(required = false) String offset,
      @RequestParam(required = false) String limit,
      @RequestParam(name = "server_name", required = false) String serverName,
      @RequestParam(name = "server_id", required = false) String serverId,
      @RequestParam(name = "network_version", required = false) String networkVersion,
      @RequestParam(name = "phone_model_name", required = false) String phoneModelName,
      @RequestParam(name = "create_since", required = false) Long createSince,
      @RequestParam(name = "create_until", required = false) Long createUntil,
      @RequestParam(required = false) String status) {
    Paging paging = Paging.of(offset, limit, MAX_LIMIT);
    ServerQuery query =
        ServerQuery.of(
            serverName, serverId, status, networkVersion, phoneModelName, createSince, createUntil);
    return queries.listServers(state, requestId, query, paging);
  }

  @GetMapping("/{server_id}")
  ShowCloudPhoneServerDetailResponse showCloudPhoneServerDetail(
      ProjectState state, RequestId requestId, @PathVariable("server_id") String serverId) {
    return queries.server(state, requestId, serverId);
  }
}
