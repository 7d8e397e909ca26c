package dev.cphemulator.fleet;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.Paging;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * The server and phone queries of CPH (ListCloudPhoneServers, ShowCloudPhoneServerDetail,
 * ListCloudPhones, ShowCloudPhoneDetail), read from the project's fleet as it is now.
 *
 * <p>A list walks the fleet once in its stored newest-first order, counting every match and keeping
 * only the page: linear in the fleet, no sort, memory in the page size. Without filters it reads
 * only the page.
 */
@Service
class FleetQueries {

  private final Fleets fleets;

  FleetQueries(Fleets fleets) {
    this.fleets = fleets;
  }

  ListCloudPhoneServersResponse listServers(
      ProjectState state, RequestId requestId, ServerQuery query, Paging paging) {
    ProjectFleet fleet = fleets.of(state);
    List<Server> candidates =
        query.serverId() != null
            ? fleet.server(query.serverId()).map(List::of).orElse(List.of())
            : fleet.serversNewestFirst();
    Page<Server> page = Page.of(candidates, query.filters() ? query::matches : null, paging);
    return ListCloudPhoneServersResponse.from(
        requestId.value(), state.project().value(), page.count(), page.items());
  }

  ShowCloudPhoneServerDetailResponse server(
      ProjectState state, RequestId requestId, String serverId) {
    ProjectFleet fleet = fleets.of(state);
    Server server = fleet.server(serverId).orElseThrow(CphError.SERVER_NOT_FOUND::exception);
    return ShowCloudPhoneServerDetailResponse.from(
        requestId.value(),
        state.project().value(),
        server,
        fleet.template().phonesOf(serverId).size());
  }

  ListCloudPhonesResponse listPhones(
      ProjectState state, RequestId requestId, PhoneQuery query, Paging paging) {
    ProjectFleet fleet = fleets.of(state);
    List<Phone> candidates =
        query.serverId() != null
            ? fleet.phonesOfNewestFirst(query.serverId())
            : fleet.phonesNewestFirst();
    Page<Phone> page = Page.of(candidates, query.filters() ? query::matches : null, paging);
    return ListCloudPhonesResponse.from(requestId.value(), page.count(), page.items());
  }

  ShowCloudPhoneDetailResponse phone(ProjectState state, RequestId requestId, String phoneId) {
    ProjectFleet fleet = fleets.of(state);
    Phone phone = fleet.phone(phoneId).orElseThrow(CphError.PHONE_NOT_FOUND::exception);
    Address address =
        fleet
            .server(phone.serverId())
            .map(Server::addresses)
            .filter(addresses -> !addresses.isEmpty())
            .map(addresses -> addresses.get(0))
            .orElse(null);
    return ShowCloudPhoneDetailResponse.from(
        requestId.value(),
        phone,
        fleet.template().positionOnServer(phone),
        address,
        fleet.property(phoneId).orElseThrow());
  }

  /** One page of the matches, and how many matches there are in all. */
  record Page<T>(int count, List<T> items) {

    /** {@code matches} null means every item matches: then only the page is read. */
    static <T> Page<T> of(List<T> ordered, Predicate<T> matches, Paging paging) {
      if (matches == null) {
        return new Page<>(ordered.size(), List.copyOf(paging.page(ordered)));
      }
      int count = 0;
      List<T> items = new ArrayList<>(Math.min(paging.limit(), ordered.size()));
      for (T item : ordered) {
        if (matches.test(item)) {
          if (count >= paging.offset() && items.size() < paging.limit()) {
            items.add(item);
          }
          count++;
        }
      }
      return new Page<>(count, items);
    }
  }
}
