package dev.cphemulator.jobs;

import dev.cphemulator.kernel.CphError;

/** Why a job failed: the {@code error_code} and {@code error_msg} it reports. */
public record JobError(String code, String message) {

  public static JobError of(CphError error, Object... args) {
    return new JobError(error.code(), error.message(args));
  }
}
