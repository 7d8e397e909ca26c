package dev.cphemulator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetTemplateTests {

  static Server server(String id, Instant created) {
    return server(id, created, 2);
  }

  static Server server(String id, Instant created, int phones) {
    return new Server(
        id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, created, null, phones, null);
  }

  @Test
  void ordersServersNewestFirstAndTiesByReverseFileOrder() {
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    FleetTemplate template =
        FleetTemplate.of(
            List.of(
                server("a", t), server("b", t.plusSeconds(60)), server("c", t), server("d", t)));
    assertThat(template.serversNewestFirst())
        .extracting(Server::serverId)
        .containsExactly("b", "d", "c", "a");
  }

  @Test
  void ordersPhonesOfAllServersByTheirOwnCreationTime() {
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    // phones are created 1 s, 2 s ... after their server: b's second phone is the newest
    FleetTemplate template =
        FleetTemplate.of(List.of(server("a", t.plusSeconds(1)), server("b", t)));
    assertThat(template.phonesNewestFirst())
        .extracting(Phone::serverId)
        .containsExactly("a", "b", "a", "b");
    assertThat(template.phonesNewestFirst().get(0).createTime()).isEqualTo(t.plusSeconds(3));
    assertThat(template.phonesNewestFirst().get(1).createTime()).isEqualTo(t.plusSeconds(2));
  }

  @Test
  void fillsMetadataAndAddressKeysAFileLeavesOut() {
    Server partial =
        new Server(
            "s",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new Address("10.1.1.1", null, null, null)),
            null,
            new ServerMetadata("my-product", null, null),
            null,
            null,
            null,
            0,
            null);
    Server complete = FleetTemplate.of(List.of(partial)).servers().get(0);
    assertThat(complete.metadata().productId()).isEqualTo("my-product");
    assertThat(complete.metadata().orderId()).matches("[0-9a-f]{32}");
    assertThat(complete.metadata().chargingMode()).isEqualTo(1);
    assertThat(complete.addresses().get(0).intranetIp()).isEqualTo("10.1.1.1");
    assertThat(complete.addresses().get(0).publicIp()).isNotNull();
  }
}
