package dev.cphemulator.admin;

import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.fleet.ServerStatus;
import dev.cphemulator.jobs.JobView;
import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.Paging;
import dev.cphemulator.seed.FleetFiles;
import dev.cphemulator.seed.FleetSection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What an operator does to the emulator: reset it, give a project its fleet, set statuses, look at
 * a project's jobs, move the clock and add or remove fault rules. The operator API under {@code
 * /_emulator/} serves this interface over HTTP; a test that runs the emulator in its own JVM can
 * get the bean from the application context and call it directly, with the same effects and the
 * same refusals.
 *
 * <p>Every refusal is a {@link CphException} with the code the HTTP API answers: {@code CPS.9801}
 * for bad operator input, {@code CPS.9802} for a bad fleet, {@code CPS.9803} for an unknown fault
 * rule, {@code CPS.9005} for a malformed project id, and the fleet's own codes for an unknown
 * server ({@code CPS.9103}) or phone ({@code CPS.0005}). The records are the bodies the HTTP API
 * answers.
 */
public interface Operator {

  /**
   * Everything back to the fleet template: all projects forgotten, fault rules as the fleet file
   * sets them. Waits for the requests inside any project.
   */
  ResetDone reset();

  /**
   * One project, by its id (1 to 64 letters, digits, {@code -} or {@code _}). The id is checked
   * when a method of the answer is called.
   */
  Project project(String projectId);

  /** The virtual clock. */
  Clock clock();

  /** The fault rules. */
  Faults faults();

  /** What a reset did: {@code all} or {@code project}, and the projects it put back. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ResetDone(String reset, List<String> projects) {}

  /** One project's state: its fleet, statuses and jobs. */
  interface Project {

    /** The largest page of jobs {@link #jobs(int, int)} answers. */
    int MAX_JOBS_PAGE = 1000;

    /** The project's id. */
    String id();

    /**
     * The project back to its template: its fleet, catalogue, jobs and placements. It waits for the
     * project's requests in flight, and the project's next requests wait for it.
     */
    ResetDone reset();

    /** The project's fleet as it is now (statuses included), in the fleet file's schema. */
    FleetSection fleet();

    /**
     * Replaces the project's fleet and catalogue and starts the project afresh: its jobs and
     * placements are dropped. The fleet stays the project's template across its resets, until
     * {@link Operator#reset()}. A fleet refused ({@code CPS.9802}) leaves the old one in place.
     *
     * @return the fleet as it is now
     */
    FleetSection replaceFleet(FleetSection section);

    /**
     * Reads a fleet section from a JSON or YAML document and {@linkplain #replaceFleet puts it}.
     */
    FleetSection replaceFleet(byte[] document, FleetFiles.Format format);

    /** Puts a server in a status; {@code CPS.9103} if the project has no such server. */
    Server setServerStatus(String serverId, ServerStatus status);

    /** Puts a server in a status given as CPH's number; {@code CPS.9801} for an unknown number. */
    Server setServerStatus(String serverId, int status);

    /** Puts a phone in a status; {@code CPS.0005} if the project has no such phone. */
    Phone setPhoneStatus(String phoneId, PhoneStatus status);

    /** Puts a phone in a status given as CPH's number; {@code CPS.9801} for an unknown number. */
    Phone setPhoneStatus(String phoneId, int status);

    /**
     * A page of the project's jobs, in the order they were stored, with type, parent and any
     * stalling rule: {@code offset} from 0, {@code limit} 1 to {@value #MAX_JOBS_PAGE} ({@code
     * CPS.0002} otherwise).
     */
    ProjectJobs jobs(int offset, int limit);

    /** The first page of the project's jobs, of the default size (100). */
    default ProjectJobs jobs() {
      return jobs(0, Paging.DEFAULT_LIMIT);
    }
  }

  /** A page of a project's jobs, with {@code count}, how many there are in all. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ProjectJobs(String projectId, int count, List<JobView> jobs) {}

  /**
   * The virtual clock. It only moves forward, and no further than 9999-12-31T23:59:59Z; every move
   * lets the jobs due by the new time run, at their own times.
   */
  interface Clock {

    /** The time and the mode. */
    ClockState read();

    /**
     * Switches the mode (when given) and moves the clock to {@code now} (when given), as one step:
     * when the time is refused ({@code CPS.9801}), the mode stays as it was too. At least one of
     * the two must be given.
     */
    ClockState change(ClockMode mode, Instant now);

    /** Switches the mode, keeping the time. */
    default ClockState switchTo(ClockMode mode) {
      return change(mode, null);
    }

    /** Moves the clock to {@code now}, in either mode. */
    default ClockState set(Instant now) {
      return change(null, now);
    }

    /** Moves the clock forward by {@code step}; a negative step is refused. */
    ClockState advance(Duration step);

    /** Advances until no job can move any more; never moves the clock back past another move. */
    Settled settle();
  }

  /** The clock as the operator sees it. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ClockState(Instant now, ClockMode mode) {}

  /** Where a settle left the clock, and how many jobs still run (stalled by a rule). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Settled(Instant now, ClockMode mode, long stillRunning, int steps) {}

  /**
   * Fault rules, tried in the order added. Removing a rule lets the jobs it stalled carry on at
   * once; they end as if the rule had never matched.
   */
  interface Faults {

    /** Every rule, in the order added, with its uses so far. */
    List<RuleState> list();

    /** One rule; {@code CPS.9803} if there is none with this id. */
    RuleState get(String id);

    /**
     * Adds a rule, its defaults filled in; {@code CPS.9001} or {@code CPS.9801} for a rule that is
     * not valid or whose id is taken.
     */
    RuleState add(FaultRule rule);

    /** Removes one rule; {@code CPS.9803} if there is none with this id. */
    Removed remove(String id);

    /** Removes every rule. */
    Removed removeAll();
  }

  /** A rule with how often it acted so far and how many uses it has left (null: unlimited). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record RuleState(FaultRule rule, long matched, Integer remaining) {}

  /** The ids of the rules removed. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Removed(List<String> removed) {}
}
