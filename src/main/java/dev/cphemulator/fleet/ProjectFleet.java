package dev.cphemulator.fleet;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One project's fleet: the shared {@link FleetTemplate} plus what changed in this project (server
 * and phone statuses, phone properties). Reads return the entities as they are now. Thread-safe:
 * each change is one atomic step on one entity.
 */
public final class ProjectFleet {

  private final FleetTemplate template;
  private final Map<String, Server> changedServers = new ConcurrentHashMap<>();
  private final Map<String, Phone> changedPhones = new ConcurrentHashMap<>();
  private final Map<String, String> properties = new ConcurrentHashMap<>();

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
   * Moves a server to {@code status} if its current status passes {@code when}, atomically: of two
   * callers racing for the same server, only one sees the old status. {@code when} must be pure.
   *
   * @return what was found and done, or empty if the project has no such server
   */
  public Optional<Change<Server>> changeStatusIf(
      String serverId, Predicate<ServerStatus> when, ServerStatus status, Instant at) {
    return template
        .server(serverId)
        .map(
            original ->
                changeIf(
                    changedServers,
                    serverId,
                    original,
                    server -> when.test(server.status()),
                    server -> server.withStatus(status, at)));
  }

  /**
   * Moves a phone to {@code status} if its current status passes {@code when}, atomically. {@code
   * when} must be pure.
   *
   * @return what was found and done, or empty if the project has no such phone
   */
  public Optional<Change<Phone>> changePhoneStatusIf(
      String phoneId, Predicate<PhoneStatus> when, PhoneStatus status, Instant at) {
    return template
        .phone(phoneId)
        .map(
            original ->
                changeIf(
                    changedPhones,
                    phoneId,
                    original,
                    phone -> when.test(phone.status()),
                    phone -> phone.withStatus(status, at)));
  }

  /**
   * Undoes a change if nothing changed the entity since (used when a request fails after it moved
   * statuses, so that a failed request leaves no trace).
   */
  public void revert(Change<?> change) {
    if (!change.changed()) {
      return;
    }
    if (change.before() instanceof Server before && change.after() instanceof Server after) {
      revertIn(
          changedServers, before.serverId(), before, after, template.server(before.serverId()));
    } else if (change.before() instanceof Phone before && change.after() instanceof Phone after) {
      revertIn(changedPhones, before.phoneId(), before, after, template.phone(before.phoneId()));
    }
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

  private static <T> Change<T> changeIf(
      Map<String, T> changed, String id, T original, Predicate<T> when, UnaryOperator<T> move) {
    Object[] seen = new Object[2];
    changed.compute(
        id,
        (key, current) -> {
          T base = current == null ? original : current;
          T next = when.test(base) ? move.apply(base) : base;
          seen[0] = base;
          seen[1] = next;
          return next == original ? null : next;
        });
    @SuppressWarnings("unchecked")
    Change<T> change = new Change<>((T) seen[0], (T) seen[1]);
    return change;
  }

  private static <T> void revertIn(
      Map<String, T> changed, String id, T before, T after, Optional<T> original) {
    changed.computeIfPresent(
        id,
        (key, current) -> {
          if (current != after) {
            return current;
          }
          return original.filter(o -> o == before).isPresent() ? null : before;
        });
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
    return template
        .server(serverId)
        .map(
            original ->
                changedServers.compute(
                    serverId,
                    (id, current) ->
                        (current == null ? original : current).withStatus(status, at)));
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
                    (id, current) ->
                        (current == null ? original : current).withStatus(status, at)));
  }
}
