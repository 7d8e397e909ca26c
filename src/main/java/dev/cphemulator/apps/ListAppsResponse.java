package dev.cphemulator.apps;

import dev.cphemulator.kernel.CphTime;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** ListApps' answer: no {@code count}, as CPH documents none for this list. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ListAppsResponse(String requestId, List<Entry> apps) {

  /**
   * One application. CreateApp takes no launch activity; CPH lists one, so it is that of the
   * application's newest version, or empty without versions (ListApps, inferred).
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Entry(
      String appId,
      String name,
      String packageName,
      String description,
      String launchActivity,
      String createTime,
      String updateTime) {

    static Entry from(ProjectCatalogue.ListedApp listed) {
      App app = listed.app();
      return new Entry(
          app.appId(),
          app.name(),
          app.packageName(),
          app.description(),
          listed.launchActivity(),
          CphTime.format(app.createTime()),
          CphTime.format(app.updateTime()));
    }
  }
}
