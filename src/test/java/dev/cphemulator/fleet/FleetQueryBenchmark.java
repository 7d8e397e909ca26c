package dev.cphemulator.fleet;

import dev.cphemulator.kernel.Paging;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints how long the list queries take on a large fleet (not a test: run its {@code main}).
 *
 * <p>Arguments: servers (default 2000), phones per server (default 100). Run: {@code ./mvnw -B
 * -Pbench test-compile exec:exec -Dbench.main=dev.cphemulator.fleet.FleetQueryBenchmark
 * -Dbench.args="2000 100"}.
 */
public final class FleetQueryBenchmark {

  public static void main(String[] args) {
    int servers = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int phonesPerServer = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    List<Server> given = new ArrayList<>(servers);
    for (int i = 0; i < servers; i++) {
      given.add(FleetTemplateTests.server("s" + i, null, phonesPerServer));
    }
    long built = System.nanoTime();
    FleetTemplate template = FleetTemplate.of(given);
    System.out.printf(
        "template: %d servers, %d phones, built in %d ms%n",
        servers, template.phoneCount(), (System.nanoTime() - built) / 1_000_000);

    Fleets fleets = new Fleets();
    fleets.useTemplates(template, Map.of());
    ProjectState project = new ProjectState(new ProjectId("bench"));
    project.locked(() -> queries(project, fleets, template, servers, phonesPerServer));
  }

  /** Runs the queries holding the project's lock, as a request does. */
  private static Void queries(
      ProjectState project,
      Fleets fleets,
      FleetTemplate template,
      int servers,
      int phonesPerServer) {
    ProjectFleet fleet = fleets.of(project);
    // a few changed phones make the lists go through the overlay
    for (int i = 0; i < 100; i++) {
      fleet.changePhoneStatus(
          template.phonesOf(template.servers().get(i).serverId()).get(0).phoneId(),
          PhoneStatus.STOPPED,
          Instant.EPOCH);
    }
    FleetQueries queries = new FleetQueries(fleets);
    RequestId request = new RequestId("r");
    Paging firstPage = Paging.of(null, "100", 200);
    Paging lastPage = Paging.of(String.valueOf(template.phoneCount() - 100), "100", 200);

    measure(
        "ListCloudPhones, first page, no filter",
        () ->
            queries
                .listPhones(project, request, PhoneQuery.of(null, null, null, null), firstPage)
                .count());
    measure(
        "ListCloudPhones, last page, no filter",
        () ->
            queries
                .listPhones(project, request, PhoneQuery.of(null, null, null, null), lastPage)
                .count());
    measure(
        "ListCloudPhones, status=8 (100 matches)",
        () ->
            queries
                .listPhones(project, request, PhoneQuery.of(null, null, "8", null), firstPage)
                .count());
    measure(
        "ListCloudPhones, server_id",
        () ->
            queries
                .listPhones(project, request, PhoneQuery.of(null, "s7", null, null), firstPage)
                .count());
    measure(
        "ListCloudPhoneServers, name filter",
        () ->
            queries
                .listServers(
                    project,
                    request,
                    ServerQuery.of("server-01", null, null, null, null, null, null),
                    Paging.of(null, null, 100))
                .count());
    measure(
        "ShowCloudPhoneDetail",
        () ->
            queries
                .phone(
                    project,
                    request,
                    template
                        .phonesOf(template.servers().get(servers - 1).serverId())
                        .get(phonesPerServer - 1)
                        .phoneId())
                .status());
    return null;
  }

  private static void measure(String name, java.util.function.IntSupplier query) {
    for (int i = 0; i < 20; i++) {
      query.getAsInt(); // warm up
    }
    int rounds = 50;
    long start = System.nanoTime();
    long sink = 0;
    for (int i = 0; i < rounds; i++) {
      sink += query.getAsInt();
    }
    double micros = (System.nanoTime() - start) / 1_000.0 / rounds;
    System.out.printf("%-45s %10.1f µs per query (result %d)%n", name, micros, sink / rounds);
  }
}
