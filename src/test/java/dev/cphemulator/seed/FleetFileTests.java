package dev.cphemulator.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.fleet.FleetTemplate;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.fleet.ServerStatus;
import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading fleet files: the schema, the generate shorthand, and one clear message per mistake. */
class FleetFileTests {

  private final FleetFiles files =
      new FleetFiles(Validation.buildDefaultValidatorFactory().getValidator());

  private FleetFiles.Seed read(String yaml) {
    return files.readFile(
        yaml.getBytes(StandardCharsets.UTF_8), FleetFiles.Format.YAML, "test.yaml");
  }

  @Test
  void generatesALargeFleetWithStableUniqueIds() throws Exception {
    byte[] content = Files.readAllBytes(Path.of("src/test/resources/fleets/generated.yaml"));

    FleetTemplate first =
        files.readFile(content, FleetFiles.Format.YAML, "generated.yaml").defaults().fleet();
    FleetTemplate second =
        files.readFile(content, FleetFiles.Format.YAML, "generated.yaml").defaults().fleet();

    assertThat(first.servers()).hasSize(1002);
    assertThat(first.phoneCount()).isEqualTo(3 + 2 + 1000 * 60);
    assertThat(first.servers()).extracting(Server::serverId).doesNotHaveDuplicates();
    assertThat(first.servers())
        .extracting(Server::serverId)
        .containsExactlyElementsOf(second.servers().stream().map(Server::serverId).toList());
    Server generated = first.servers().get(2);
    assertThat(generated.serverName()).isEqualTo("load-0001");
    assertThat(generated.serverId()).matches("[0-9a-f]{32}");
    assertThat(first.phonesOf(generated.serverId()))
        .hasSize(60)
        .extracting(Phone::phoneId)
        .containsExactlyElementsOf(
            second.phonesOf(generated.serverId()).stream().map(Phone::phoneId).toList());
    Set<String> phoneIds = new HashSet<>();
    first
        .servers()
        .forEach(s -> first.phonesOf(s.serverId()).forEach(p -> phoneIds.add(p.phoneId())));
    assertThat(phoneIds).hasSize(first.phoneCount());
  }

  @Test
  void fillsEveryFieldAServerOrPhoneLeftOutWithAStableDefault() {
    FleetTemplate fleet =
        read("servers:\n  - server_id: only-id\n    phone_count: 2\n").defaults().fleet();

    Server server = fleet.servers().get(0);
    assertThat(server)
        .hasNoNullFieldsOrPropertiesExcept("resourceProjectId", "phoneCount", "phones");
    assertThat(server.status()).isEqualTo(ServerStatus.RUNNING);
    assertThat(fleet.phonesOf("only-id"))
        .allSatisfy(
            phone -> {
              assertThat(phone).hasNoNullFieldsOrProperties();
              assertThat(phone.serverId()).isEqualTo("only-id");
              assertThat(phone.status()).isEqualTo(PhoneStatus.RUNNING);
            });
  }

  @Test
  void readsProjectsOfTheirOwnAppsAndFaults() throws Exception {
    FleetFiles.Seed seed =
        files.readFile(
            Files.readAllBytes(Path.of("src/test/resources/fleets/generated.yaml")),
            FleetFiles.Format.YAML,
            "generated.yaml");

    assertThat(seed.projects()).containsOnlyKeys("tenant-a");
    assertThat(seed.projects().get("tenant-a").fleet().servers())
        .extracting(Server::serverId)
        .containsExactly("tenant-a-only");
    assertThat(seed.defaults().catalogue().versions().get(0).versionCode()).isEqualTo("1");
    assertThat(seed.faults())
        .singleElement()
        .satisfies(f -> assertThat(f.errorCode()).isEqualTo("CPS.4242"));
  }

  @Test
  void readsJson() {
    FleetFiles.Seed seed =
        files.readFile(
            "{\"servers\":[{\"server_id\":\"j1\",\"phone_count\":1}]}"
                .getBytes(StandardCharsets.UTF_8),
            FleetFiles.Format.JSON,
            "fleet.json");

    assertThat(seed.defaults().fleet().servers())
        .extracting(Server::serverId)
        .containsExactly("j1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          unknown field       | servers:\\n  - server_id: s1\\n    phone_cnt: 3                    | servers[0].phone_cnt | unknown field 'phone_cnt'
          bad phone status    | servers:\\n  - server_id: s1\\n    phones:\\n      - phone_id: p1\\n        status: 5 | servers[0].phones[0].status | 5 is not a CPH phone status
          bad server status   | servers:\\n  - server_id: s1\\n    status: 7                      | servers[0].status | 7 is not a CPH server status
          missing server id   | servers:\\n  - server_name: nameless                            | servers[0].server_id | must not be blank
          id too long         | servers:\\n  - server_id: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | servers[0].server_id | size must be between
          duplicate server    | servers:\\n  - server_id: s1\\n  - server_id: s1                 | servers[1].server_id | already used by servers[0]
          duplicate phone     | servers:\\n  - server_id: s1\\n    phones:\\n      - phone_id: p\\n  - server_id: s2\\n    phones:\\n      - phone_id: p | servers[1].phones[0].phone_id | already used by servers[0].phones[0]
          phones and count    | servers:\\n  - server_id: s1\\n    phone_count: 2\\n    phones:\\n      - phone_id: p | servers[0] | either phones or phone_count
          negative count      | servers:\\n  - server_id: s1\\n    phone_count: -1                | servers[0].phone_count | greater than or equal to 0
          count too big       | servers:\\n  - server_id: s1\\n    phone_count: 1001              | servers[0].phone_count | less than or equal to 1000
          too many phones     | servers:\\n  - server_id: s1\\n    phone_count: 5\\ngenerate:\\n  - count: 1000\\n    phones_per_server: 1000 | generate[0] | would hold 1000005 phones; at most 1000000
          too many servers    | generate:\\n  - count: 100000\\n    phones_per_server: 0\\n  - count: 1\\n    phones_per_server: 0 | generate[1] | would hold 100001 servers; at most 100000
          project too big     | projects:\\n  t1:\\n    generate:\\n      - count: 2000\\n        phones_per_server: 501 | projects.t1.generate[0] | would hold 1002000 phones
          generate too big    | generate:\\n  - count: 100001\\n    phones_per_server: 1          | generate[0].count | less than or equal to 100000
          generate no phones  | generate:\\n  - count: 2                                          | generate[0].phones_per_server | must not be null
          bad network         | servers:\\n  - server_id: s1\\n    network_version: v3            | servers[0].network_version | must be v1 or v2
          not a list          | servers: s1                                                       | servers | expected an array
          version not tar     | apps:\\n  - name: a\\n    package_name: p\\n    versions:\\n      - version_code: '1'\\n        object_path: a.zip | apps[0].versions[0].object_path | must name a .tar package
          duplicate code      | apps:\\n  - name: a\\n    package_name: p\\n    versions:\\n      - version_code: '1'\\n      - version_code: '1' | apps[0].versions[1].version_code | already a version of this app
          app without name    | apps:\\n  - package_name: p                                       | apps[0].name | must not be blank
          bad project id      | projects:\\n  'a b':\\n    servers: []                              | projects.a b | project_id is invalid
          project server dup  | projects:\\n  t1:\\n    servers:\\n      - server_id: x\\n      - server_id: x | projects.t1.servers[1].server_id | already used
          fault job type      | faults:\\n  - job_type: 99                                        | faults[0].job_type | '99' is not a job type
          stall with error    | faults:\\n  - effect: stall\\n    error_code: CPS.1                | faults[0].effect | a stall rule takes no error_code
          bad effect          | faults:\\n  - effect: explode                                    | faults[0].effect | 'explode' is not an effect
          yaml syntax         | servers:\\n\\t- server_id: s1                                         | line | not valid YAML
          empty document      | ''                                                                | (document) | it is empty
          """)
  void namesTheFileTheFieldAndTheProblem(String what, String yaml, String field, String problem) {
    String document = yaml.replace("\\n", "\n").replace("\\t", "\t").strip();
    if (document.equals("''")) {
      document = "";
    }
    String content = document;

    assertThatThrownBy(() -> read(content))
        .isInstanceOf(FleetFileException.class)
        .hasMessageStartingWith("Fleet file test.yaml is invalid at " + field)
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((FleetFileException) e).field()).startsWith(field));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"servers":[null]}                                               | servers[0]
          {"generate":[null]}                                              | generate[0]
          {"apps":[null]}                                                  | apps[0]
          {"faults":[null]}                                                | faults[0]
          {"projects":{"t1":null}}                                         | projects[t1]
          {"servers":[{"server_id":"s1","phones":[null]}]}                 | servers[0].phones[0]
          {"apps":[{"name":"a","package_name":"p","versions":[null]}]}     | apps[0].versions[0]
          {"projects":{"t1":{"servers":[null]}}}                           | projects[t1].servers[0]
          """)
  void namesANullEntryOfAJsonFile(String json, String field) {
    assertThatThrownBy(
            () ->
                files.readFile(
                    json.getBytes(StandardCharsets.UTF_8), FleetFiles.Format.JSON, "fleet.json"))
        .isInstanceOf(FleetFileException.class)
        .hasMessage("Fleet file fleet.json is invalid at " + field + ": must not be null");
  }

  /**
   * A value of the wrong type is refused, never coerced: a fleet file and the body of {@code PUT
   * /_emulator/projects/{id}/fleet} are read by the same reader, as strictly as CPH bodies.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          JSON | {'servers':[{'server_id':'s1','phone_count':1.5}]}            | servers[0].phone_count | expected a whole number
          JSON | {'servers':[{'server_id':'s1','phone_count':' '}]}            | servers[0].phone_count | expected a whole number
          JSON | {'servers':[{'server_id':'s1','phone_count':''}]}             | servers[0].phone_count | expected a whole number
          JSON | {'servers':[{'server_id':'s1','phone_count':'3'}]}            | servers[0].phone_count | expected a whole number
          JSON | {'servers':[{'server_id':'s1','phone_count':true}]}           | servers[0].phone_count | expected a whole number
          JSON | {'servers':[{'server_id':true}]}                              | servers[0].server_id   | expected a string
          JSON | {'servers':[{'server_id':7}]}                                 | servers[0].server_id   | expected a string
          JSON | {'servers':[{'server_id':'s1','status':5.0}]}                 | servers[0].status      | expected a whole number
          JSON | {'generate':[{'count':2.5,'phones_per_server':1}]}            | generate[0].count      | expected a whole number
          JSON | {'servers':[{'server_id':'s1','phones':[{'phone_id':'p','has_encrypt':'yes'}]}]} | servers[0].phones[0].has_encrypt | expected
          YAML | servers:\\n  - server_id: s1\\n    phone_count: 1.5          | servers[0].phone_count | expected a whole number
          YAML | servers:\\n  - server_id: s1\\n    phone_count: ' '          | servers[0].phone_count | expected a whole number
          YAML | servers:\\n  - server_id: true                              | servers[0].server_id   | expected a string
          YAML | servers:\\n  - server_id: 7                                 | servers[0].server_id   | expected a string
          YAML | apps:\\n  - name: a\\n    package_name: p\\n    versions:\\n      - version_code: 1 | apps[0].versions[0].version_code | expected a string
          """)
  void refusesAValueOfTheWrongTypeInsteadOfCoercingIt(
      FleetFiles.Format format, String document, String field, String problem) {
    assertRefused(format, document, field, problem);
  }

  /** An id given empty is refused, not used as the id "": only an absent id gets a default. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          JSON | {'apps':[{'name':'a','package_name':'p','versions':[{'app_version_id':'','version_code':'1'}]}]} | apps[0].versions[0].app_version_id
          JSON | {'apps':[{'app_id':'','name':'a','package_name':'p'}]}                                           | apps[0].app_id
          YAML | apps:\\n  - name: a\\n    package_name: p\\n    versions:\\n      - app_version_id: ''\\n        version_code: '1' | apps[0].versions[0].app_version_id
          """)
  void refusesAnEmptyId(FleetFiles.Format format, String document, String field) {
    assertRefused(format, document, field, "use letters, digits, '-' or '_'");
  }

  /**
   * A key given twice is refused, naming the object that holds it and the key: which of the two
   * values should win is nobody's guess to make.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          JSON | {'servers':[{'server_id':'s1','server_id':'s2'}]}         | servers[0] | server_id
          JSON | {'servers':[],'servers':[{'server_id':'s1'}]}              | line 1     | servers
          YAML | servers:\\n  - server_id: s1\\n    server_id: s2          | servers[0] | server_id
          YAML | servers: []\\nservers:\\n  - server_id: s1                 | line 2     | servers
          """)
  void refusesADuplicateKey(FleetFiles.Format format, String document, String field, String key) {
    assertRefused(format, document, field, "Duplicate Object property \"" + key + "\"");
  }

  private void assertRefused(
      FleetFiles.Format format, String document, String field, String problem) {
    byte[] content =
        document
            .replace("\\n", "\n")
            .replace('\'', format == FleetFiles.Format.JSON ? '"' : '\'')
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> files.readFile(content, format, "fleet"))
        .isInstanceOf(FleetFileException.class)
        .hasMessageStartingWith("Fleet file fleet is invalid at " + field)
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((FleetFileException) e).field()).startsWith(field));
    assertThatThrownBy(() -> files.readSection(content, format, "fleet"))
        .isInstanceOf(FleetFileException.class)
        .hasMessageStartingWith("Fleet file fleet is invalid at " + field)
        .hasMessageContaining(problem);
  }

  @Test
  void theEmbeddedDefaultFleetHasTheDocumentationsIds() throws Exception {
    byte[] content =
        new org.springframework.core.io.ClassPathResource(FleetSeeder.DEFAULT_FLEET)
            .getInputStream()
            .readAllBytes();

    FleetFiles.Seed seed = files.readFile(content, FleetFiles.Format.YAML, "default");

    FleetTemplate fleet = seed.defaults().fleet();
    assertThat(fleet.server("88b8449b896f3a4f0ad57222dd91909")).isPresent();
    assertThat(seed.defaults().catalogue().versions())
        .anySatisfy(
            v -> assertThat(v.appVersionId()).isEqualTo("1564567b8bab40f34711234cb80d0124"));
    List<Server> servers = fleet.servers();
    assertThat(servers).hasSizeGreaterThanOrEqualTo(4);
    assertThat(servers).anySatisfy(s -> assertThat(s.status()).isNotEqualTo(ServerStatus.RUNNING));
    assertThat(fleet.phonesOf("88b8449b896f3a4f0ad57222dd91909"))
        .allSatisfy(p -> assertThat(p.status()).isEqualTo(PhoneStatus.RUNNING));
    assertThat(servers)
        .filteredOn(s -> s.status() == ServerStatus.RUNNING)
        .anySatisfy(
            s ->
                assertThat(fleet.phonesOf(s.serverId()))
                    .anySatisfy(p -> assertThat(p.status()).isNotEqualTo(PhoneStatus.RUNNING)));
    assertThat(servers)
        .allSatisfy(s -> assertThat(fleet.phonesOf(s.serverId()).size()).isBetween(4, 10));
  }
}
