package dev.cphemulator.apps;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.Paging;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ListApps, QueryAppDetail, CreateApp and DeleteApp. */
@RestController
@RequestMapping(CphPaths.BASE + "/apps")
class AppController {

  static final int MAX_NAME_FILTER = 64;
  private final Catalogues catalogues;
  private final Applications applications;

  AppController(Catalogues catalogues, Applications applications) {
    this.catalogues = catalogues;
    this.applications = applications;
  }

  /** Newest first; {@code name} matches any part of the name, ignoring case. */
  @GetMapping
  ListAppsResponse listApps(
      ProjectState state,
      RequestId requestId,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String offset,
      @RequestParam(required = false) String limit) {
    Paging paging = Paging.of(offset, limit, 100);
    if (name != null && name.length() > MAX_NAME_FILTER) {
      throw CphError.INVALID_PARAMETER.exception("name", CatalogueRules.MAX_64);
    }
    var page =
        paging.page(catalogues.of(state).list(name)).stream()
            .map(ListAppsResponse.Entry::from)
            .toList();
    return new ListAppsResponse(requestId.value(), page);
  }

  @GetMapping("/{app_id}")
  QueryAppDetailResponse queryAppDetail(
      ProjectState state, RequestId requestId, @PathVariable("app_id") String appId) {
    ProjectCatalogue catalogue = catalogues.of(state);
    App app = catalogue.app(appId).orElseThrow(() -> CphError.APP_NOT_FOUND.exception(appId));
    return QueryAppDetailResponse.from(requestId.value(), app, catalogue.versionsOf(appId));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  CreateAppResponse createApp(
      ProjectState state, RequestId requestId, @Valid @RequestBody CreateAppRequest body) {
    return new CreateAppResponse(requestId.value(), applications.createApp(state, body).appId());
  }

  @DeleteMapping("/{app_id}")
  DeleteResponse deleteApp(
      ProjectState state, RequestId requestId, @PathVariable("app_id") String appId) {
    applications.deleteApp(state, appId);
    return new DeleteResponse(requestId.value());
  }
}
