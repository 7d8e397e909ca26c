package dev.cphemulator.kernel;

import org.springframework.http.HttpStatus;

/**
 * Every error code the emulator can answer with: the CPH code, the HTTP status and the message.
 *
 * <p>Codes below {@code CPS.9000} are CPH's own, with the message CPH documents. Codes from {@code
 * CPS.9000} up are the emulator's choice for situations CPH does not document publicly; each is
 * listed in {@code docs/deviations.md}. Messages are {@link String#format} templates.
 */
public enum CphError {

  // --- documented by CPH (CPH's error table) ---
  NO_PERMISSION("CPS.0001", HttpStatus.FORBIDDEN, "No permission to request resources."),
  INVALID_PAGING("CPS.0002", HttpStatus.BAD_REQUEST, "Parameter: offset or limit is invalid."),
  INTERNAL_ERROR("CPS.0003", HttpStatus.INTERNAL_SERVER_ERROR, "Service internal error."),
  /** A phone id that is missing or blank inside a batch body (CPH: malformed phone id). */
  PHONE_ID_INVALID("CPS.0004", HttpStatus.BAD_REQUEST, "Invalid phone id."),
  PHONE_NOT_FOUND("CPS.0005", HttpStatus.NOT_FOUND, "Phone is not found."),
  PHONE_ID_LIST_EMPTY("CPS.0009", HttpStatus.BAD_REQUEST, "Parameter: phone_id list is empty."),
  /**
   * A {@code status} filter that is not a number or not a status CPH knows (phones and servers).
   */
  STATUS_INVALID("CPS.0010", HttpStatus.BAD_REQUEST, "Parameter: status is invalid."),
  /**
   * A server id that is missing, blank or too long inside a batch body (CPH: malformed server id).
   */
  SERVER_ID_MALFORMED("CPS.0016", HttpStatus.BAD_REQUEST, "server_id is invalid."),
  /** Per-item code of batch actions for a server that does not exist in the project. */
  SERVER_ID_INVALID("CPS.0097", HttpStatus.BAD_REQUEST, "Parameter: server_id is invalid."),
  /** Per-item code for a frozen server (server status 8). */
  SERVER_FROZEN(
      "CPS.1028", HttpStatus.BAD_REQUEST, "No permission to request resources. Server is frozen."),

  // --- API gateway (authentication) ---
  /**
   * What Huawei's API gateway answers for missing or wrong credentials, before CPH sees the
   * request; the reason after the colon is the emulator's own wording.
   */
  IAM_AUTH_FAILED(
      "APIGW.0301", HttpStatus.UNAUTHORIZED, "Incorrect IAM authentication information: %s"),
  /** The gateway's answer for an {@code X-Sdk-Date} more than 15 minutes from its clock. */
  SIGNATURE_EXPIRED(
      "APIGW.0303", HttpStatus.UNAUTHORIZED, "Incorrect IAM authentication information: %s"),

  // --- the emulator's own: the request as a whole (90xx) ---
  INVALID_PARAMETER("CPS.9001", HttpStatus.BAD_REQUEST, "Parameter: %s is invalid: %s"),
  MALFORMED_BODY("CPS.9002", HttpStatus.BAD_REQUEST, "Request body is not valid JSON: %s"),
  ACTION_NOT_ONE("CPS.9003", HttpStatus.BAD_REQUEST, "Request body must hold exactly one of %s."),
  INVALID_PROJECT_ID(
      "CPS.9005",
      HttpStatus.BAD_REQUEST,
      "Parameter: project_id is invalid: use 1 to 64 letters, digits, '-' or '_'."),
  NOT_FOUND("CPS.9006", HttpStatus.NOT_FOUND, "No CPH operation at %s %s."),
  METHOD_NOT_ALLOWED("CPS.9007", HttpStatus.METHOD_NOT_ALLOWED, "Method %s is not allowed on %s."),
  UNSUPPORTED_MEDIA_TYPE(
      "CPS.9008",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Content-Type %s is not supported: send application/json."),
  BODY_TOO_LARGE("CPS.9009", HttpStatus.CONTENT_TOO_LARGE, "Request body is larger than %d bytes."),
  BAD_REQUEST("CPS.9010", HttpStatus.BAD_REQUEST, "Bad request: %s"),
  /** A body that did not arrive whole within {@code cph.emulator.limits.body-timeout}. */
  BODY_TIMEOUT(
      "CPS.9011", HttpStatus.REQUEST_TIMEOUT, "Request body was not received within %d ms."),

  // --- the emulator's own: fleet (91xx) ---
  /** Per-item code for a server that exists but is not in status 5 (running) and not frozen. */
  SERVER_NOT_RUNNING("CPS.9101", HttpStatus.BAD_REQUEST, "Server is not running (status %d)."),
  /** An install or uninstall on a phone that is not running (phone status other than 2). */
  PHONE_NOT_RUNNING("CPS.9102", HttpStatus.BAD_REQUEST, "Phone is not running (status %d)."),
  SERVER_NOT_FOUND("CPS.9103", HttpStatus.NOT_FOUND, "Server is not found."),
  /** RestartCloudPhoneServer without server ids; worded like CPH's CPS.0009 for phones. */
  SERVER_ID_LIST_EMPTY("CPS.9104", HttpStatus.BAD_REQUEST, "Parameter: server_id list is empty."),
  /** Per-item code: the phone is restarting, resetting or stopping (status 4, 3 or 7). */
  PHONE_BUSY(
      "CPS.9105",
      HttpStatus.BAD_REQUEST,
      "Phone is busy (status %d): its current action has not ended."),
  /**
   * Per-item code: the phone's status does not allow this action (creating, frozen, stopped...).
   */
  PHONE_ACTION_REFUSED("CPS.9106", HttpStatus.BAD_REQUEST, "Phone cannot be %s in status %d."),
  /** Per-item code: the server is restarting (status 13) or stopping (11). */
  SERVER_BUSY(
      "CPS.9107",
      HttpStatus.BAD_REQUEST,
      "Server is busy (status %d): its current action has not ended."),

  // --- the emulator's own: application catalogue (92xx) ---
  APP_VERSION_NOT_IN_CATALOGUE(
      "CPS.9201",
      HttpStatus.BAD_REQUEST,
      "Parameter: app_version_ids is invalid: %s is not found."),
  APP_NOT_FOUND("CPS.9202", HttpStatus.NOT_FOUND, "App is not found: %s."),
  APP_VERSION_NOT_FOUND("CPS.9203", HttpStatus.NOT_FOUND, "App version is not found: %s."),
  /** CreateAppVersion with a {@code version_code} the application already has. */
  VERSION_CODE_TAKEN(
      "CPS.9204",
      HttpStatus.BAD_REQUEST,
      "Parameter: version_code is invalid: %s is already a version of app %s."),
  /**
   * DeleteApp while the application still has versions (CPH: "no application version may refer to
   * it").
   */
  APP_HAS_VERSIONS(
      "CPS.9205", HttpStatus.BAD_REQUEST, "App %s still has %d version(s): delete them first."),
  /**
   * DeleteAppVersion while the version is pushed, deployed, installed or named by a running job.
   */
  APP_VERSION_IN_USE(
      "CPS.9206",
      HttpStatus.BAD_REQUEST,
      "App version %s is in use: %s. Undeploy or remove it first."),
  /** UpdateAppVersionOfPhone with a version whose package is not on the phone's server. */
  APP_VERSION_NOT_PUSHED(
      "CPS.9207",
      HttpStatus.BAD_REQUEST,
      "App version %s is not pushed to server %s of the phone: push it first."),
  APP_LIMIT_REACHED(
      "CPS.9208",
      HttpStatus.BAD_REQUEST,
      "The project already has %d apps, the most allowed (cph.emulator.apps.max-apps)."),
  APP_VERSION_LIMIT_REACHED(
      "CPS.9209",
      HttpStatus.BAD_REQUEST,
      "The project already has %d app versions, the most allowed"
          + " (cph.emulator.apps.max-versions)."),

  // --- the emulator's own: jobs (93xx) ---
  /** What a job fails with when a fault rule gives no error code of its own. */
  INJECTED_FAILURE("CPS.9301", HttpStatus.BAD_REQUEST, "Injected failure."),
  JOB_NOT_FOUND("CPS.9302", HttpStatus.NOT_FOUND, "Job is not found."),
  /**
   * A job that could not start because the job it waits for failed (an install whose push failed).
   */
  PREREQUISITE_FAILED(
      "CPS.9303", HttpStatus.BAD_REQUEST, "Not started: job %s (%s) failed with %s."),
  /** A parent job (30, 40) whose sub-jobs did not all succeed. */
  SUB_JOBS_FAILED(
      "CPS.9304", HttpStatus.BAD_REQUEST, "%d of %d sub-jobs failed; the first, job %s: %s %s"),

  // --- the emulator's own: operator API under /_emulator (98xx) ---
  OPERATOR_BAD_REQUEST("CPS.9801", HttpStatus.BAD_REQUEST, "%s"),
  FLEET_INVALID("CPS.9802", HttpStatus.BAD_REQUEST, "The fleet is invalid at %s: %s"),
  FAULT_NOT_FOUND("CPS.9803", HttpStatus.NOT_FOUND, "Fault rule %s is not found."),

  // --- the emulator's own: authentication (94xx) ---
  /** The operator API ({@code /_emulator/...}) without the configured operator token. */
  OPERATOR_TOKEN_REQUIRED(
      "CPS.9401",
      HttpStatus.UNAUTHORIZED,
      "The operator API needs the header X-Emulator-Token with the value of"
          + " cph.emulator.auth.operator-token: %s"),

  // --- the emulator's own: limits (99xx) ---
  PROJECT_LIMIT_REACHED(
      "CPS.9901",
      HttpStatus.FORBIDDEN,
      "No permission to request resources: the emulator already holds %d projects"
          + " (cph.emulator.limits.projects); reset it or raise the limit."),
  JOB_LIMIT_REACHED(
      "CPS.9902",
      HttpStatus.SERVICE_UNAVAILABLE,
      "The emulator already holds %d running jobs (cph.emulator.jobs.history); let them end,"
          + " remove stalling fault rules or reset it.");

  private final String code;
  private final HttpStatus status;
  private final String template;

  CphError(String code, HttpStatus status, String template) {
    this.code = code;
    this.status = status;
    this.template = template;
  }

  public String code() {
    return code;
  }

  public HttpStatus status() {
    return status;
  }

  /** The message for this error, its template filled with {@code args}. */
  public String message(Object... args) {
    return args.length == 0 ? template : template.formatted(args);
  }

  /** The exception that carries this error to the advice. */
  public CphException exception(Object... args) {
    return new CphException(this, message(args));
  }
}
