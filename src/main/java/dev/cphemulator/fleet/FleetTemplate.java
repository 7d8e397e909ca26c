package dev.cphemulator.fleet;

import dev.cphemulator.web.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable fleet: servers in the order given, their phones, every field filled. Servers are
 * kept without their {@code phones} list; {@link #phonesOf} gives them. Built
 * once from a fleet file (or an operator's PUT) and shared by every project that starts from it.
 *
 * <p>Defaults are stable: a field left out of the file gets a value derived from the server's
 * position and id, so two runs of the same file answer the same JSON.
 */
public final class FleetTemplate {

  /** Servers without a {@code create_time} are created one hour apart from this instant. */
  static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private static final String DEFAULT_IMAGE_ID = Ids.stable("image", "android-11");

  private final List<Server> servers;
  private final Map<String, Server> serversById;
  private final Map<String, Phone> phonesById;
  private final Map<String, List<Phone>> phonesByServer;
  private final int phoneCount;

  private FleetTemplate(List<Server> servers) {
    this.servers = servers.stream().map(server -> server.withPhones(null)).toList();
    this.serversById = new HashMap<>(servers.size() * 2);
    this.phonesById = new HashMap<>();
    this.phonesByServer = new HashMap<>(servers.size() * 2);
    Map<String, String> phoneWhere = new HashMap<>();
    Map<String, Integer> serverWhere = new HashMap<>();
    for (int i = 0; i < servers.size(); i++) {
      Server server = servers.get(i);
      Integer earlier = serverWhere.putIfAbsent(server.serverId(), i);
      if (earlier != null) {
        throw new InvalidFleetException(
            "servers[" + i + "].server_id",
            "'" + server.serverId() + "' is already used by servers[" + earlier + "]");
      }
      serversById.put(server.serverId(), this.servers.get(i));
      List<Phone> phones = server.phones();
      for (int j = 0; j < phones.size(); j++) {
        Phone phone = phones.get(j);
        String here = "servers[" + i + "].phones[" + j + "]";
        String other = phoneWhere.putIfAbsent(phone.phoneId(), here);
        if (other != null) {
          throw new InvalidFleetException(
              here + ".phone_id", "'" + phone.phoneId() + "' is already used by " + other);
        }
        phonesById.put(phone.phoneId(), phone);
      }
      phonesByServer.put(server.serverId(), phones);
    }
    this.phoneCount = phonesById.size();
  }

  /**
   * Builds a template from servers as a file gives them, filling defaults and checking that ids
   * are unique.
   *
   * @throws InvalidFleetException naming the first field that is wrong
   */
  public static FleetTemplate of(List<Server> given) {
    List<Server> complete = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      complete.add(complete(given.get(i), i));
    }
    return new FleetTemplate(complete);
  }

  /** An empty fleet. */
  public static FleetTemplate empty() {
    return new FleetTemplate(List.of());
  }

  public List<Server> servers() {
    return servers;
  }

  public Optional<Server> server(String serverId) {
    return Optional.ofNullable(serversById.get(serverId));
  }

  public Optional<Phone> phone(String phoneId) {
    return Optional.ofNullable(phonesById.get(phoneId));
  }

  /** The phones of a server in the template's order; empty for an unknown server. */
  public List<Phone> phonesOf(String serverId) {
    return phonesByServer.getOrDefault(serverId, Collections.emptyList());
  }

  public int phoneCount() {
    return phoneCount;
  }

  private static Server complete(Server s, int index) {
    String id = s.serverId();
    if (s.phones() != null && !s.phones().isEmpty() && s.phoneCount() != null) {
      throw new InvalidFleetException(
          "servers[" + index + "]", "give either phones or phone_count, not both");
    }
    String name = or(s.serverName(), "cph-server-%03d".formatted(index + 1));
    Instant created = or(s.createTime(), EPOCH.plus(Duration.ofHours(index)));
    String zone = or(s.availabilityZone(), "cn-east-3a");
    String phoneModel = or(s.phoneModelName(), "rx1.cp.c15.d46.e1v1");
    ServerMetadata metadata =
        or(s.metadata(), new ServerMetadata("cph-emulator-product", Ids.stable("order", id), 1));
    int octet3 = index / 250;
    int octet4 = index % 250 + 4;
    List<Address> addresses =
        or(
            s.addresses(),
            List.of(
                new Address(
                    "192.168.%d.%d".formatted(octet3, octet4),
                    "100.64.%d.%d".formatted(octet3, octet4),
                    "10.0.%d.%d".formatted(octet3, octet4),
                    "121.36.%d.%d".formatted(octet3, octet4))));
    Server server =
        new Server(
            id,
            name,
            or(s.status(), ServerStatus.RUNNING),
            or(s.serverModelName(), "physical.kg1.4xlarge.cg"),
            phoneModel,
            zone,
            or(s.keypairName(), "cph-emulator"),
            or(s.networkVersion(), "v2"),
            or(s.vpcId(), Ids.stable("vpc", id)),
            or(s.cidr(), "172.16.0.0/16"),
            or(s.vpcCidr(), "192.168.0.0/16"),
            or(s.subnetId(), Ids.stable("subnet", id)),
            or(s.subnetCidr(), "192.168.%d.0/24".formatted(octet3)),
            addresses,
            s.resourceProjectId(),
            metadata,
            or(s.enterpriseProjectId(), "0"),
            created,
            or(s.updateTime(), created),
            null,
            List.of());
    return withPhones(server, s, index);
  }

  private static Server withPhones(Server server, Server given, int index) {
    List<Phone> phones = new ArrayList<>();
    if (given.phoneCount() != null) {
      for (int j = 0; j < given.phoneCount(); j++) {
        phones.add(completePhone(server, emptyPhone(Ids.stable("phone", server.serverId(), "" + j)), j, index));
      }
    } else if (given.phones() != null) {
      for (int j = 0; j < given.phones().size(); j++) {
        Phone phone = given.phones().get(j);
        if (phone.serverId() != null && !phone.serverId().equals(server.serverId())) {
          throw new InvalidFleetException(
              "servers[" + index + "].phones[" + j + "].server_id",
              "'" + phone.serverId() + "' is not the server that lists the phone; leave it out");
        }
        phones.add(completePhone(server, phone, j, index));
      }
    }
    return new Server(
        server.serverId(), server.serverName(), server.status(), server.serverModelName(),
        server.phoneModelName(), server.availabilityZone(), server.keypairName(),
        server.networkVersion(), server.vpcId(), server.cidr(), server.vpcCidr(), server.subnetId(),
        server.subnetCidr(), server.addresses(), server.resourceProjectId(), server.metadata(),
        server.enterpriseProjectId(), server.createTime(), server.updateTime(), null,
        List.copyOf(phones));
  }

  private static Phone emptyPhone(String id) {
    return new Phone(
        id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  private static Phone completePhone(Server server, Phone p, int j, int serverIndex) {
    Instant created = or(p.createTime(), server.createTime().plusSeconds(j + 1L));
    return new Phone(
        p.phoneId(),
        or(p.phoneName(), server.serverName() + "-phone-" + twoDigits(j + 1)),
        server.serverId(),
        or(p.status(), PhoneStatus.RUNNING),
        or(p.phoneModelName(), server.phoneModelName()),
        or(p.imageId(), DEFAULT_IMAGE_ID),
        or(p.imageVersion(), "11.2.0"),
        or(p.vncEnable(), "false"),
        or(p.type(), 0),
        or(p.imei(), imei(serverIndex, j)),
        or(p.trafficType(), "direct"),
        or(p.volumeMode(), 0),
        or(p.availabilityZone(), server.availabilityZone()),
        or(p.metadata(), new PhoneMetadata(server.metadata().orderId(), server.metadata().productId())),
        or(p.hasEncrypt(), Boolean.FALSE),
        created,
        or(p.updateTime(), created));
  }

  /** A 15-digit IMEI unique in the fleet: 86, the server's index, the phone's index. */
  private static String imei(int serverIndex, int phoneIndex) {
    String server = Integer.toString(serverIndex);
    String phone = Integer.toString(phoneIndex);
    return "86" + "0".repeat(7 - server.length()) + server + "0".repeat(6 - phone.length()) + phone;
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
