package dev.cphemulator.fleet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One project's fleet: the shared {@link FleetTemplate} plus what changed in this project (server
 * and phone statuses). Reads return the entities as they are now. Thread-safe.
 */
public final class ProjectFleet {

  private final FleetTemplate template;
  private final Map<String, Server> changedServers = new ConcurrentHashMap<>();
  private final Map<String, Phone> changedPhones = new ConcurrentHashMap<>();

  ProjectFleet(FleetTemplate template) {
    this.template = template;
  }

  public FleetTemplate template() {
    return template;
  }

  /** Every server as it is now, in the template's order (without phones: see {@link #phonesOf}). */
  public List<Server> servers() {
    List<Server> out = new ArrayList<>(template.servers().size());
    for (Server server : template.servers()) {
      out.add(changedServers.getOrDefault(server.serverId(), server));
    }
    return out;
  }

  public Optional<Server> server(String serverId) {
    Server changed = changedServers.get(serverId);
    return changed != null ? Optional.of(changed) : template.server(serverId);
  }

  public Optional<Phone> phone(String phoneId) {
    Phone changed = changedPhones.get(phoneId);
    return changed != null ? Optional.of(changed) : template.phone(phoneId);
  }

  /** The phones of a server as they are now, in the template's order. */
  public List<Phone> phonesOf(String serverId) {
    List<Phone> phones = template.phonesOf(serverId);
    if (changedPhones.isEmpty()) {
      return phones;
    }
    List<Phone> out = new ArrayList<>(phones.size());
    for (Phone phone : phones) {
      out.add(changedPhones.getOrDefault(phone.phoneId(), phone));
    }
    return out;
  }

  /**
   * Sets a server's status.
   *
   * @return the server as changed, or empty if the project has no such server
   */
  public Optional<Server> changeStatus(String serverId, ServerStatus status, Instant at) {
    return template
        .server(serverId)
        .map(
            original ->
                changedServers.compute(
                    serverId,
                    (id, current) -> (current == null ? original : current).withStatus(status, at)));
  }

  /**
   * Sets a phone's status.
   *
   * @return the phone as changed, or empty if the project has no such phone
   */
  public Optional<Phone> changePhoneStatus(String phoneId, PhoneStatus status, Instant at) {
    return template
        .phone(phoneId)
        .map(
            original ->
                changedPhones.compute(
                    phoneId,
                    (id, current) -> (current == null ? original : current).withStatus(status, at)));
  }
}
