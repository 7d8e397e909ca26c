package dev.cphemulator.seed;

import dev.cphemulator.apps.CatalogueTemplate;
import dev.cphemulator.faults.FaultEffect;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.fleet.FleetTemplate;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.Ids;
import dev.cphemulator.kernel.InvalidFieldException;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.web.JsonErrors;
import dev.cphemulator.web.StrictJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads fleet files and fleet sections, checks them, and turns them into templates. One reader for
 * both, a file at start-up and the body of {@code PUT /_emulator/projects/{id}/fleet}: as strict as
 * CPH request bodies ({@link StrictJson}), so a typo or a value of the wrong type stops start-up or
 * refuses the {@code PUT}, naming the field, instead of being ignored or coerced.
 */
@Component
public class FleetFiles {

  /** The file formats a fleet can be written in. */
  public enum Format {
    YAML,
    JSON;

    /** JSON for names ending in {@code .json}, else YAML. */
    public static Format of(String name) {
      return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
  }

  /** The templates one project starts from. */
  public record ProjectTemplates(FleetTemplate fleet, CatalogueTemplate catalogue) {}

  /** Everything a fleet file sets up. */
  public record Seed(
      ProjectTemplates defaults, Map<String, ProjectTemplates> projects, List<FaultRule> faults) {}

  private final Validator validator;
  private final ObjectMapper yaml = StrictJson.configure(YAMLMapper.builder()).build();
  private final ObjectMapper json = StrictJson.configure(JsonMapper.builder()).build();

  FleetFiles(Validator validator) {
    this.validator = validator;
  }

  /** Reads, checks and expands a whole fleet file. */
  public Seed readFile(byte[] content, Format format, String source) {
    FleetFile file = parse(content, format, source, FleetFile.class);
    check(file, source);
    ProjectTemplates defaults = templates(file.defaults(), source, "");
    Map<String, ProjectTemplates> projects = new LinkedHashMap<>();
    file.projects()
        .forEach(
            (id, section) -> {
              String where = "projects." + id;
              try {
                new ProjectId(id);
              } catch (CphException e) {
                throw new FleetFileException(source, where, e.getMessage());
              }
              projects.put(id, templates(section, source, where + "."));
            });
    for (int i = 0; i < file.faults().size(); i++) {
      checkFault(file.faults().get(i), source, "faults[" + i + "]");
    }
    return new Seed(defaults, projects, file.faults());
  }

  /** Reads and checks one project's fleet (the body of a PUT). */
  public ProjectTemplates readSection(byte[] content, Format format, String source) {
    return readSection(parse(content, format, source, FleetSection.class), source);
  }

  /** Checks one project's fleet, already read (a fleet given in-process). */
  public ProjectTemplates readSection(FleetSection section, String source) {
    check(section, source);
    return templates(section, source, "");
  }

  /** A fleet section as the operator gave it: the document and its format. */
  public record GivenFleet(Format format, byte[] document) {}

  /** A fleet section given in-process, written as the JSON document it stands for. */
  public GivenFleet written(FleetSection section) {
    return new GivenFleet(Format.JSON, json.writeValueAsBytes(section));
  }

  /** Checks what Bean Validation cannot in a fault rule: its job type, and no error on a stall. */
  public static void checkFault(FaultRule rule, String source, String where) {
    if (rule.effect() == FaultEffect.STALL
        && (rule.errorCode() != null || rule.errorMsg() != null)) {
      throw new FleetFileException(
          source,
          where + ".effect",
          "a stall rule takes no error_code or error_msg: the job ends normally once the rule is"
              + " removed");
    }
    if (rule.jobType() != null && JobType.fromKey(rule.jobType()).isEmpty()) {
      throw new FleetFileException(
          source,
          where + ".job_type",
          "'"
              + rule.jobType()
              + "' is not a job type: use 30, 31, 32, 40, 41, 42 or one of "
              + java.util.Arrays.stream(JobType.values()).map(JobType::key).toList());
    }
  }

  private <T> T parse(byte[] content, Format format, String source, Class<T> type) {
    ObjectMapper mapper = format == Format.JSON ? json : yaml;
    if (new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      throw new FleetFileException(source, "(document)", "it is empty");
    }
    try {
      T value = mapper.readValue(content, type);
      if (value == null) {
        throw new FleetFileException(source, "(document)", "it is empty");
      }
      return value;
    } catch (StreamReadException e) {
      String line = "line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr());
      throw new FleetFileException(
          source, JsonErrors.path(e, line), "not valid " + format + ": " + JsonErrors.syntax(e));
    } catch (JacksonException e) {
      throw new FleetFileException(source, JsonErrors.path(e, "(document)"), JsonErrors.problem(e));
    }
  }

  private void check(Object document, String source) {
    Set<ConstraintViolation<Object>> violations = validator.validate(document);
    violations.stream()
        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .ifPresent(
            v -> {
              throw new FleetFileException(
                  source, JsonErrors.snakeCase(v.getPropertyPath().toString()), v.getMessage());
            });
  }

  private ProjectTemplates templates(FleetSection section, String source, String prefix) {
    checkSize(section, source, prefix);
    List<Server> servers = new ArrayList<>(section.servers());
    for (GeneratedServers generated : section.generate()) {
      servers.addAll(expand(generated));
    }
    try {
      return new ProjectTemplates(FleetTemplate.of(servers), CatalogueTemplate.of(section.apps()));
    } catch (InvalidFieldException e) {
      throw new FleetFileException(source, prefix + e.field(), e.problem());
    }
  }

  /**
   * Refuses a fleet of more than {@link FleetTemplate#MAX_SERVERS} servers or {@link
   * FleetTemplate#MAX_PHONES} phones, naming the entry that goes over, before any is generated.
   */
  private static void checkSize(FleetSection section, String source, String prefix) {
    long servers = 0;
    long phones = 0;
    for (int i = 0; i < section.servers().size(); i++) {
      Server server = section.servers().get(i);
      servers++;
      phones +=
          server.phoneCount() != null
              ? server.phoneCount()
              : server.phones() == null ? 0 : server.phones().size();
      checkSize(servers, phones, source, prefix + "servers[" + i + "]");
    }
    for (int i = 0; i < section.generate().size(); i++) {
      GeneratedServers generated = section.generate().get(i);
      servers += generated.count();
      phones += (long) generated.count() * generated.phonesPerServer();
      checkSize(servers, phones, source, prefix + "generate[" + i + "]");
    }
  }

  private static void checkSize(long servers, long phones, String source, String where) {
    if (servers > FleetTemplate.MAX_SERVERS) {
      throw new FleetFileException(
          source,
          where,
          "the fleet would hold "
              + servers
              + " servers; at most "
              + FleetTemplate.MAX_SERVERS
              + " are allowed");
    }
    if (phones > FleetTemplate.MAX_PHONES) {
      throw new FleetFileException(
          source,
          where,
          "the fleet would hold "
              + phones
              + " phones; at most "
              + FleetTemplate.MAX_PHONES
              + " are allowed");
    }
  }

  private static List<Server> expand(GeneratedServers g) {
    List<Server> servers = new ArrayList<>(g.count());
    for (int i = 1; i <= g.count(); i++) {
      String serverId = Ids.stable("server", g.prefix(), "" + i);
      List<Phone> phones = new ArrayList<>(g.phonesPerServer());
      for (int j = 0; j < g.phonesPerServer(); j++) {
        phones.add(Phone.given(Ids.stable("phone", serverId, "" + j), g.phoneStatus()));
      }
      servers.add(
          Server.given(
              serverId,
              "%s-%04d".formatted(g.prefix(), i),
              g.status(),
              g.serverModelName(),
              g.phoneModelName(),
              g.availabilityZone(),
              phones));
    }
    return servers;
  }
}
