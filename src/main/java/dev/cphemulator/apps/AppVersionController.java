package dev.cphemulator.apps;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import dev.cphemulator.web.CphPaths;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** QueryAppVersionDetail, CreateAppVersion and DeleteAppVersion. */
@RestController
@RequestMapping(CphPaths.BASE + "/app-versions")
class AppVersionController {

  private final Catalogues catalogues;
  private final Applications applications;

  AppVersionController(Catalogues catalogues, Applications applications) {
    this.catalogues = catalogues;
    this.applications = applications;
  }

  @GetMapping("/{app_version_id}")
  QueryAppVersionDetailResponse queryAppVersionDetail(
      ProjectState state, RequestId requestId, @PathVariable("app_version_id") String versionId) {
    return catalogues
        .of(state)
        .version(versionId)
        .map(version -> QueryAppVersionDetailResponse.from(requestId.value(), version))
        .orElseThrow(() -> CphError.APP_VERSION_NOT_FOUND.exception(versionId));
  }

  /** An unknown {@code app_id} in the body is 404, like an unknown application in a path. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  CreateAppVersionResponse createAppVersion(
      ProjectState state, RequestId requestId, @Valid @RequestBody CreateAppVersionRequest body) {
    return new CreateAppVersionResponse(
        requestId.value(), applications.createVersion(state, body).appVersionId());
  }

  @DeleteMapping("/{app_version_id}")
  DeleteResponse deleteAppVersion(
      ProjectState state, RequestId requestId, @PathVariable("app_version_id") String versionId) {
    applications.deleteVersion(state, versionId);
    return new DeleteResponse(requestId.value());
  }
}
