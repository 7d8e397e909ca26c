package dev.cphemulator.apps;

import dev.cphemulator.web.ProjectId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Changes to the catalogue (CreateApp, DeleteApp, CreateAppVersion, DeleteAppVersion, SPEC
 * 2.A.3-2.A.7), each one atomic step on the project's catalogue, timed by the emulator's clock.
 * Whether a version is in use is asked of every {@link VersionUsage} (the placements on the fleet)
 * without this package knowing them.
 */
@Service
class Applications {

  private final Catalogues catalogues;
  private final ObjectProvider<VersionUsage> usages;
  private final Clock clock;

  Applications(Catalogues catalogues, ObjectProvider<VersionUsage> usages, Clock clock) {
    this.catalogues = catalogues;
    this.usages = usages;
    this.clock = clock;
  }

  App createApp(ProjectId project, CreateAppRequest request) {
    return catalogues
        .of(project)
        .addApp(request.name(), request.packageName(), request.description(), clock.instant());
  }

  void deleteApp(ProjectId project, String appId) {
    catalogues.of(project).removeApp(appId);
  }

  AppVersion createVersion(ProjectId project, CreateAppVersionRequest request) {
    return catalogues
        .of(project)
        .addVersion(
            new ProjectCatalogue.NewVersion(
                request.appId(),
                request.versionCode(),
                request.versionName(),
                request.launchActivity(),
                request.bucketName(),
                request.objectPath()),
            clock.instant());
  }

  void deleteVersion(ProjectId project, String appVersionId) {
    catalogues.of(project).removeVersion(appVersionId, version -> usageOf(project, version));
  }

  private Optional<String> usageOf(ProjectId project, AppVersion version) {
    return usages
        .orderedStream()
        .map(usage -> usage.usage(project, version.appVersionId()))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
