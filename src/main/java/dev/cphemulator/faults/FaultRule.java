package dev.cphemulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.kernel.CphError;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A fault rule, as given in a fleet file or to {@code POST /_emulator/faults}. Every match field is
 * optional; a rule with none matches every job.
 *
 * @param id assigned by the plan when absent; letters, digits, {@code -} and {@code _}, so that
 *     {@code /_emulator/faults/{id}} can name it
 * @param projectId only jobs of this project
 * @param jobType only jobs of this type: its CPH number (30, 31, 32, 40, 41, 42) or its name
 *     ({@code install}, {@code phone-restart}, ...)
 * @param serverId only jobs on this server
 * @param phoneId only jobs on this phone
 * @param appVersionId only jobs about this application version
 * @param effect {@code fail} (the default) or {@code stall}
 * @param errorCode the {@code error_code} a failed job reports (default {@code CPS.9301})
 * @param errorMsg the {@code error_msg} a failed job reports
 * @param times how many matching jobs the rule acts on; absent means every one
 * @param probability the chance, from 0 to 1, that a matching job is acted on (default 1)
 * @param seed seeds the rule's generator for {@code probability}, so a run can be replayed
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "use letters, digits, '-' or '_'")
        String id,
    String projectId,
    @JsonDeserialize(using = JobTypeKeyDeserializer.class) String jobType,
    String serverId,
    String phoneId,
    String appVersionId,
    FaultEffect effect,
    @Size(max = 64) String errorCode,
    @Size(max = 1024) String errorMsg,
    @Positive Integer times,
    @DecimalMin("0.0") @DecimalMax("1.0") Double probability,
    Long seed) {

  /** The rule with its defaults filled in and the given id. */
  FaultRule complete(String assignedId, long defaultSeed) {
    FaultEffect theEffect = effect == null ? FaultEffect.FAIL : effect;
    boolean fails = theEffect == FaultEffect.FAIL;
    return new FaultRule(
        assignedId,
        projectId,
        jobType,
        serverId,
        phoneId,
        appVersionId,
        theEffect,
        fails ? (errorCode == null ? CphError.INJECTED_FAILURE.code() : errorCode) : null,
        fails ? (errorMsg == null ? CphError.INJECTED_FAILURE.message() : errorMsg) : null,
        times,
        probability == null ? 1.0 : probability,
        seed == null ? defaultSeed : seed);
  }

  boolean matches(JobFacts facts) {
    return (projectId == null || projectId.equals(facts.projectId()))
        && (jobType == null || facts.jobTypeKeys().contains(jobType))
        && (serverId == null || serverId.equals(facts.serverId()))
        && (phoneId == null || phoneId.equals(facts.phoneId()))
        && (appVersionId == null || appVersionId.equals(facts.appVersionId()));
  }
}
