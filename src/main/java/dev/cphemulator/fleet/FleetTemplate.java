package dev.cphemulator.fleet;

import dev.cphemulator.kernel.Ids;
import dev.cphemulator.kernel.InvalidFieldException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An immutable fleet: servers in the order given, their phones, every field filled. Servers are
 * kept without their {@code phones} list; {@link #phonesOf} gives them. Built once from a fleet
 * file (or an operator's PUT) and shared by every project that starts from it.
 *
 * <p>Defaults are stable: a field left out of the file gets a value derived from the server's
 * position and id, so two runs of the same file answer the same JSON.
 *
 * <p>The newest-first orders of ListCloudPhoneServers and ListCloudPhones are sorted once here:
 * creation times never change, so a list request only filters and pages (linear, no sort).
 */
public final class FleetTemplate {

  /** The most servers one fleet may hold: as many as one {@code generate} entry may make. */
  public static final int MAX_SERVERS = 100_000;

  /**
   * The most phones one fleet may hold, all its servers together. A million phones already take
   * some hundreds of MB of heap and seconds to build; a fleet file or a {@code PUT} asking for more
   * is refused before anything is generated, rather than running the emulator out of memory.
   */
  public static final int MAX_PHONES = 1_000_000;

  /** Servers without a {@code create_time} are created one hour apart from this instant. */
  static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private static final String DEFAULT_IMAGE_ID = Ids.stable("image", "android-11");

  private final List<Server> servers;
  private final Map<String, Server> serversById;
  private final Map<String, Phone> phonesById;
  private final Map<String, List<Phone>> phonesByServer;
  private final int phoneCount;
  private final List<Server> serversNewestFirst;
  private final List<Phone> phonesNewestFirst;

  private FleetTemplate(List<Server> servers) {
    this.servers = servers.stream().map(server -> server.withPhones(null)).toList();
    int phoneTotal = 0;
    for (Server server : servers) {
      phoneTotal += server.phones().size();
    }
    this.serversById = new HashMap<>(servers.size() * 2);
    this.phonesById = new HashMap<>(phoneTotal * 4 / 3 + 1);
    this.phonesByServer = new HashMap<>(servers.size() * 2);
    for (int i = 0; i < servers.size(); i++) {
      Server server = servers.get(i);
      if (serversById.putIfAbsent(server.serverId(), this.servers.get(i)) != null) {
        throw new InvalidFieldException(
            "servers[" + i + "].server_id",
            "'"
                + server.serverId()
                + "' is already used by servers["
                + firstServer(servers, server.serverId())
                + "]");
      }
      List<Phone> phones = server.phones();
      for (int j = 0; j < phones.size(); j++) {
        Phone phone = phones.get(j);
        if (phonesById.putIfAbsent(phone.phoneId(), phone) != null) {
          String here = "servers[" + i + "].phones[" + j + "]";
          throw new InvalidFieldException(
              here + ".phone_id",
              "'"
                  + phone.phoneId()
                  + "' is already used by "
                  + firstPhone(servers, phone.phoneId()));
        }
      }
      phonesByServer.put(server.serverId(), phones);
    }
    this.phoneCount = phonesById.size();
    this.serversNewestFirst = newestFirst(this.servers, Server::createTime);
    List<Phone> allPhones = new ArrayList<>(phoneCount);
    servers.forEach(server -> allPhones.addAll(server.phones()));
    this.phonesNewestFirst = newestFirst(allPhones, Phone::createTime);
  }

  /** The index of the first server with this id (only looked for when a duplicate is refused). */
  private static int firstServer(List<Server> servers, String serverId) {
    for (int i = 0; ; i++) {
      if (servers.get(i).serverId().equals(serverId)) {
        return i;
      }
    }
  }

  /** Where the first phone with this id is listed (only looked for when a duplicate is refused). */
  private static String firstPhone(List<Server> servers, String phoneId) {
    for (int i = 0; i < servers.size(); i++) {
      List<Phone> phones = servers.get(i).phones();
      for (int j = 0; j < phones.size(); j++) {
        if (phones.get(j).phoneId().equals(phoneId)) {
          return "servers[" + i + "].phones[" + j + "]";
        }
      }
    }
    throw new IllegalStateException("no phone " + phoneId);
  }

  /**
   * The items newest first; items created at the same instant in reverse template order (the one
   * further down the file counts as created later), so the order is total and stable.
   */
  static <T> List<T> newestFirst(List<T> items, Function<T, Instant> created) {
    List<T> out = new ArrayList<>(items);
    Collections.reverse(out);
    out.sort(Comparator.comparing(created).reversed()); // stable: ties keep reverse file order
    return List.copyOf(out);
  }

  /**
   * Builds a template from servers as a file gives them, filling defaults and checking that ids are
   * unique.
   *
   * @throws InvalidFieldException naming the first field that is wrong
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

  /** Every server, newest {@code create_time} first (ListCloudPhoneServers' order). */
  public List<Server> serversNewestFirst() {
    return serversNewestFirst;
  }

  /** Every phone of every server, newest {@code create_time} first (ListCloudPhones' order). */
  public List<Phone> phonesNewestFirst() {
    return phonesNewestFirst;
  }

  /** Where the phone stands among its server's phones (0 for the first), or -1 if unknown. */
  public int positionOnServer(Phone phone) {
    List<Phone> phones = phonesOf(phone.serverId());
    for (int i = 0; i < phones.size(); i++) {
      if (phones.get(i).phoneId().equals(phone.phoneId())) {
        return i;
      }
    }
    return -1;
  }

  private static Server complete(Server s, int index) {
    String id = s.serverId();
    if (s.phones() != null && !s.phones().isEmpty() && s.phoneCount() != null) {
      throw new InvalidFieldException(
          "servers[" + index + "]", "give either phones or phone_count, not both");
    }
    String name = or(s.serverName(), "cph-server-%03d".formatted(index + 1));
    Instant created = or(s.createTime(), EPOCH.plus(Duration.ofHours(index)));
    String zone = or(s.availabilityZone(), "cn-east-3a");
    String phoneModel = or(s.phoneModelName(), "rx1.cp.c15.d46.e1v1");
    ServerMetadata metadata = completeMetadata(s.metadata(), id);
    int octet3 = index / 250;
    int octet4 = index % 250 + 4;
    Address defaultAddress =
        new Address(
            "192.168.%d.%d".formatted(octet3, octet4),
            "100.64.%d.%d".formatted(octet3, octet4),
            "10.0.%d.%d".formatted(octet3, octet4),
            "121.36.%d.%d".formatted(octet3, octet4));
    List<Address> addresses =
        s.addresses() == null
            ? List.of(defaultAddress)
            : s.addresses().stream().map(a -> completeAddress(a, defaultAddress)).toList();
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
    // phones that give no metadata of their own share one instance: their server's
    PhoneMetadata serverMetadata =
        new PhoneMetadata(server.metadata().orderId(), server.metadata().productId());
    List<Phone> phones = new ArrayList<>();
    if (given.phoneCount() != null) {
      for (int j = 0; j < given.phoneCount(); j++) {
        phones.add(
            completePhone(
                server,
                Phone.given(Ids.stable("phone", server.serverId(), "" + j), null),
                j,
                index,
                serverMetadata));
      }
    } else if (given.phones() != null) {
      for (int j = 0; j < given.phones().size(); j++) {
        Phone phone = given.phones().get(j);
        if (phone.serverId() != null && !phone.serverId().equals(server.serverId())) {
          throw new InvalidFieldException(
              "servers[" + index + "].phones[" + j + "].server_id",
              "'" + phone.serverId() + "' is not the server that lists the phone; leave it out");
        }
        phones.add(completePhone(server, phone, j, index, serverMetadata));
      }
    }
    return server.withPhones(List.copyOf(phones));
  }

  private static Phone completePhone(
      Server server, Phone p, int j, int serverIndex, PhoneMetadata serverMetadata) {
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
        p.metadata() == null ? serverMetadata : completePhoneMetadata(p.metadata(), serverMetadata),
        or(p.hasEncrypt(), Boolean.FALSE),
        created,
        or(p.updateTime(), created));
  }

  /**
   * Billing metadata with every key filled: the official SDK reads all three, so a file that gives
   * only some of them still answers a string or number for each.
   */
  private static ServerMetadata completeMetadata(ServerMetadata given, String serverId) {
    ServerMetadata fallback =
        new ServerMetadata("cph-emulator-product", Ids.stable("order", serverId), 1);
    if (given == null) {
      return fallback;
    }
    return new ServerMetadata(
        or(given.productId(), fallback.productId()),
        or(given.orderId(), fallback.orderId()),
        or(given.chargingMode(), fallback.chargingMode()));
  }

  private static PhoneMetadata completePhoneMetadata(PhoneMetadata given, PhoneMetadata server) {
    return new PhoneMetadata(
        given.orderId() == null ? server.orderId() : given.orderId(),
        given.productId() == null ? server.productId() : given.productId());
  }

  /** An address with every key filled: keys a file leaves out take the server's default address. */
  private static Address completeAddress(Address given, Address fallback) {
    if (given == null) {
      return fallback;
    }
    return new Address(
        or(given.intranetIp(), fallback.intranetIp()),
        or(given.accessIp(), fallback.accessIp()),
        or(given.serverIp(), fallback.serverIp()),
        or(given.publicIp(), fallback.publicIp()));
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
