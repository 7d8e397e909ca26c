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

/** ListCloudPhones and ShowCloudPhoneDetail. */
@RestController
@RequestMapping(CphPaths.BASE + "/phones")
class PhoneController {

  /** Newer CPH docs page phones by 1 to 200. */
  static final int MAX_LIMIT = 200;

  private final FleetQueries queries;

  PhoneController(FleetQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  ListCloudPhonesResponse listCloudPhones(
      ProjectState state,
      RequestId requestId,
      @RequestParam(required = false) String offset,
      @RequestParam(required = false) String limit,
      @RequestParam(name = "phone_name", required = false) String phoneName,
      @RequestParam(name = "server_id", required = false) String serverId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer type) {
    Paging paging = Paging.of(offset, limit, MAX_LIMIT);
    return queries.listPhones(
        state, requestId, PhoneQuery.of(phoneName, serverId, status, type), paging);
  }

  @GetMapping("/{phone_id}")
  ShowCloudPhoneDetailResponse showCloudPhoneDetail(
      ProjectState state, RequestId requestId, @PathVariable("phone_id") String phoneId) {
    return queries.phone(state, requestId, phoneId);
  }
}
