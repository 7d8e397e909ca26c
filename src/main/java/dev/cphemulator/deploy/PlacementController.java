package dev.cphemulator.deploy;

import dev.cphemulator.apps.AppVersion;
import dev.cphemulator.apps.Catalogues;
import dev.cphemulator.apps.ProjectCatalogue;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.Paging;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import dev.cphemulator.web.CphPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where versions are. What is deployed on a server (QueryServerAppsDetail) and installed on a phone
 * (QueryPhoneAppsDetail); where an application's versions are deployed (QueryAppDeployServers) and
 * installed (QueryAppDeployPhones). A server lists the versions a deploy brought there: the push
 * succeeded and the deploy ended, even if some phones' installs failed, and the package was not
 * removed since. A version only pushed is not listed.
 */
@RestController
@RequestMapping(CphPaths.BASE)
class PlacementController {

  private final Fleets fleets;
  private final Catalogues catalogues;
  private final Placements placements;

  PlacementController(Fleets fleets, Catalogues catalogues, Placements placements) {
    this.fleets = fleets;
    this.catalogues = catalogues;
    this.placements = placements;
  }

  @GetMapping("/servers/{server_id}/apps")
  AppsOnResponse serverApps(
      ProjectState state,
      RequestId requestId,
      @PathVariable("server_id") String serverId,
      @RequestParam(required = false) String offset,
      @RequestParam(required = false) String limit) {
    Paging paging = Paging.of(offset, limit, 100);
    if (fleets.of(state).server(serverId).isEmpty()) {
      throw CphError.SERVER_NOT_FOUND.exception();
    }
    return appsOn(state, requestId, paging, placements.of(state).deployedOn(serverId));
  }

  @GetMapping("/phones/{phone_id}/apps")
  AppsOnResponse phoneApps(
      ProjectState state,
      RequestId requestId,
      @PathVariable("phone_id") String phoneId,
      @RequestParam(required = false) String offset,
      @RequestParam(required = false) String limit) {
    Paging paging = Paging.of(offset, limit, 100);
    if (fleets.of(state).phone(phoneId).isEmpty()) {
      throw CphError.PHONE_NOT_FOUND.exception();
    }
    return appsOn(state, requestId, paging, placements.of(state).installedOn(phoneId));
  }

  /** Version by version (oldest version first), servers in the order the version reached them. */
  @GetMapping("/apps/{app_id}/servers")
  AppDeployServersResponse appServers(
      ProjectState state,
      RequestId requestId,
      @PathVariable("app_id") String appId,
      @RequestParam(required = false) String offset,
      @RequestParam(required = false) String limit) {
    Paging paging = Paging.of(offset, limit, 100);
    Map<String, AppVersion> versions = versionsOfApp(state, appId);
    List<AppDeployServersResponse.Entry> entries =
        paging.page(placements.of(state).deployedWith(List.copyOf(versions.keySet()))).stream()
            .map(p -> AppDeployServersResponse.Entry.of(p.where(), versions.get(p.appVersionId())))
            .toList();
    return new AppDeployServersResponse(requestId.value(), entries);
  }

  /** Version by version (oldest version first), phones in the order the version was installed. */
  @GetMapping("/apps/{app_id}/phones")
  AppDeployPhonesResponse appPhones(
      ProjectState state,
      RequestId requestId,
      @PathVariable("app_id") String appId,
      @RequestParam(required = false) String offset,
      @RequestParam(required = false) String limit) {
    Paging paging = Paging.of(offset, limit, 100);
    Map<String, AppVersion> versions = versionsOfApp(state, appId);
    List<AppDeployPhonesResponse.Entry> entries =
        paging.page(placements.of(state).installedWith(List.copyOf(versions.keySet()))).stream()
            .map(p -> AppDeployPhonesResponse.Entry.of(p.where(), versions.get(p.appVersionId())))
            .toList();
    return new AppDeployPhonesResponse(requestId.value(), entries);
  }

  /** The application's versions by id, oldest first; 404 for an unknown application. */
  private Map<String, AppVersion> versionsOfApp(ProjectState state, String appId) {
    ProjectCatalogue catalogue = catalogues.of(state);
    if (catalogue.app(appId).isEmpty()) {
      throw CphError.APP_NOT_FOUND.exception(appId);
    }
    Map<String, AppVersion> byId = new LinkedHashMap<>();
    catalogue.versionsOf(appId).forEach(version -> byId.put(version.appVersionId(), version));
    return byId;
  }

  private AppsOnResponse appsOn(
      ProjectState state, RequestId requestId, Paging paging, List<String> versionIds) {
    return new AppsOnResponse(requestId.value(), describe(state, paging.page(versionIds)));
  }

  private List<InstalledApp> describe(ProjectState state, List<String> versionIds) {
    ProjectCatalogue catalogue = catalogues.of(state);
    return versionIds.stream()
        .map(catalogue::version)
        .flatMap(Optional::stream)
        .map(
            version ->
                catalogue
                    .app(version.appId())
                    .map(app -> InstalledApp.of(app, version))
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "version " + version.appVersionId() + " without its app")))
        .toList();
  }
}
