package dev.cphemulator.lifecycle;

import static dev.cphemulator.fleet.PhoneStatus.ABNORMAL;
import static dev.cphemulator.fleet.PhoneStatus.RESET_FAILED;
import static dev.cphemulator.fleet.PhoneStatus.RESTART_FAILED;
import static dev.cphemulator.fleet.PhoneStatus.RUNNING;
import static dev.cphemulator.fleet.PhoneStatus.STOPPED;
import static dev.cphemulator.fleet.PhoneStatus.STOP_FAILED;

import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.jobs.JobError;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.kernel.CphError;
import java.util.EnumSet;
import java.util.Set;

/**
 * The three phone actions and the status moves CPH reports for them (RestartCloudPhone,
 * ResetCloudPhone, StopCloudPhone; the Terraform provider waits for these): restart 4 then 2
 * (failed -6), reset 3 then 2 (failed -5), stop 7 then 8 (failed -9).
 *
 * <p>Which statuses an action starts from is the emulator's choice (CPH does not document it): a
 * phone that is up or whose last action failed can take any of them; a stopped phone can be
 * restarted (that starts it) or reset, not stopped again; a phone that is being created, failed to
 * be created or is frozen takes none; a phone in the middle of an action takes no other.
 */
enum PhoneAction {
  RESTART(
      JobType.PHONE_RESTART, PhoneStatus.RESTARTING, RUNNING, RESTART_FAILED, "restarted", true),
  RESET(JobType.PHONE_RESET, PhoneStatus.RESETTING, RUNNING, RESET_FAILED, "reset", true),
  STOP(JobType.PHONE_STOP, PhoneStatus.STOPPING, STOPPED, STOP_FAILED, "stopped", false);

  /** Statuses of a phone in the middle of an action. */
  static final Set<PhoneStatus> BUSY =
      EnumSet.of(PhoneStatus.RESTARTING, PhoneStatus.RESETTING, PhoneStatus.STOPPING);

  /** Statuses of a phone that is up, or whose last action failed: every action may start. */
  static final Set<PhoneStatus> UP_OR_FAILED =
      EnumSet.of(RUNNING, ABNORMAL, RESET_FAILED, RESTART_FAILED, STOP_FAILED);

  private final JobType jobType;
  private final PhoneStatus during;
  private final PhoneStatus succeeded;
  private final PhoneStatus failed;
  private final String done;
  private final boolean startsStopped;

  PhoneAction(
      JobType jobType,
      PhoneStatus during,
      PhoneStatus succeeded,
      PhoneStatus failed,
      String done,
      boolean startsStopped) {
    this.jobType = jobType;
    this.during = during;
    this.succeeded = succeeded;
    this.failed = failed;
    this.done = done;
    this.startsStopped = startsStopped;
  }

  JobType jobType() {
    return jobType;
  }

  /** The status while the job runs. */
  PhoneStatus during() {
    return during;
  }

  /** The status when the job ended with this outcome. */
  PhoneStatus after(boolean success) {
    return success ? succeeded : failed;
  }

  boolean startsFrom(PhoneStatus status) {
    return UP_OR_FAILED.contains(status) || (startsStopped && status == STOPPED);
  }

  /** Why a phone in this status cannot take the action (it can, if it {@link #startsFrom} it). */
  JobError refusal(PhoneStatus status) {
    return BUSY.contains(status)
        ? JobError.of(CphError.PHONE_BUSY, status.wire())
        : JobError.of(CphError.PHONE_ACTION_REFUSED, done, status.wire());
  }
}
