package dev.cphemulator.web;

/** Where CPH operations live: {@code /v1/{project_id}/cloud-phone/...} (SPEC 1.1). */
public final class CphPaths {

  /** The path segment after the project id. */
  static final String SERVICE = "cloud-phone";

  /** The prefix every CPH controller maps under. */
  public static final String BASE = "/v1/{project_id}/cloud-phone";

  private CphPaths() {}
}
