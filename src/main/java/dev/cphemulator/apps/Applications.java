package dev.cphemulator.apps;

import dev.cphemulator.kernel.ProjectState;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Changes to the catalogue (CreateApp, DeleteApp, CreateAppVersion, DeleteAppVersion), each one
 * step on the project's catalogue under the project's lock, timed by the emulator's clock. Whether
 * a version is in use is asked of every {@link VersionUsage} (the placements on the fleet) without
 * this package knowing them.
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

  App createApp(ProjectState state, CreateAppRequest request) {
    return catalogues
        .of(state)
        .addApp(request.name(), request.packageName(), request.description(), clock.instant());
  }

  void deleteApp(ProjectState state, String appId) {
    catalogues.of(state).removeApp(appId);
  }

  AppVersion createVersion(ProjectState state, CreateAppVersionRequest request) {
    return catalogues
        .of(state)
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

  /** Deletes a version unless something uses it: asked and done in one step, under the lock. */
  void deleteVersion(ProjectState state, String appVersionId) {
    Optional<String> used =
        usages
            .orderedStream()
            .map(usage -> usage.usage(state, appVersionId))
            .flatMap(Optional::stream)
            .findFirst();
    catalogues.of(state).removeVersion(appVersionId, used);
  }
}
