package dev.cphemulator.fleet;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One project's fleet: the shared {@link FleetTemplate} plus what changed in this project (server
 * and phone statuses, phone properties). Reads return the entities as they are now. A part of the
 * project's state: not thread-safe, guarded by the state's lock.
 */
public final class ProjectFleet {

  private final FleetTemplate template;
  private final Map<String, Server> changedServers = new HashMap<>();
  private final Map<String, Phone> changedPhones = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();

  ProjectFleet(FleetTemplate template) {
    this.template = template;
  }

  public FleetTemplate template() {
    return template;
  }

  /** Every server as it is now, newest {@code create_time} first. */
  public List<Server> serversNewestFirst() {
    return current(template.serversNewestFirst(), changedServers, Server::serverId);
  }

  /** Every phone as it is now, newest {@code create_time} first. */
  public List<Phone> phonesNewestFirst() {
    return current(template.phonesNewestFirst(), changedPhones, Phone::phoneId);
  }

  /** The phones of a server as they are now, newest {@code create_time} first. */
  public List<Phone> phonesOfNewestFirst(String serverId) {
    return FleetTemplate.newestFirst(phonesOf(serverId), Phone::createTime);
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
   * A phone's {@code property} (a JSON object as text): as last set by a restart or reset, else its
   * stable default. Empty for an unknown phone.
   */
  public Optional<String> property(String phoneId) {
    String set = properties.get(phoneId);
    return set != null ? Optional.of(set) : template.phone(phoneId).map(PhoneDefaults::property);
  }

  /** Sets a phone's {@code property} (a JSON object as text); ignored for an unknown phone. */
  public void changeProperty(String phoneId, String property) {
    if (template.phone(phoneId).isPresent()) {
      properties.put(phoneId, property);
    }
  }

  /** Gives a phone back its default {@code property}, as a factory reset does. */
  public void clearProperty(String phoneId) {
    properties.remove(phoneId);
  }

  /**
   * A read-only view of the template's list with this project's changes laid over it: made in
   * constant time, so listing a fleet of a million phones copies nothing.
   */
  private static <T> List<T> current(
      List<T> templateOrder, Map<String, T> changed, Function<T, String> id) {
    if (changed.isEmpty()) {
      return templateOrder;
    }
    return new AbstractList<>() {
      @Override
      public T get(int index) {
        T item = templateOrder.get(index);
        return changed.getOrDefault(id.apply(item), item);
      }

      @Override
      public int size() {
        return templateOrder.size();
      }
    };
  }

  /**
   * Sets a server's status.
   *
   * @return the server as changed, or empty if the project has no such server
   */
  public Optional<Server> changeStatus(String serverId, ServerStatus status, Instant at) {
    return server(serverId)
        .map(server -> put(changedServers, serverId, server.withStatus(status, at)));
  }

  /**
   * Sets a phone's status.
   *
   * @return the phone as changed, or empty if the project has no such phone
   */
  public Optional<Phone> changePhoneStatus(String phoneId, PhoneStatus status, Instant at) {
    return phone(phoneId).map(phone -> put(changedPhones, phoneId, phone.withStatus(status, at)));
  }

  /** The servers whose status changed, by id (for the saved state). */
  Map<String, Server> changedServers() {
    return changedServers;
  }

  /** The phones whose status changed, by id (for the saved state). */
  Map<String, Phone> changedPhones() {
    return changedPhones;
  }

  /** The properties set by restarts and resets, by phone id (for the saved state). */
  Map<String, String> properties() {
    return properties;
  }

  private static <T> T put(Map<String, T> changed, String id, T entity) {
    changed.put(id, entity);
    return entity;
  }
}
