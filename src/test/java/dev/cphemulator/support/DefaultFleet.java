package dev.cphemulator.support;

import java.util.List;
import java.util.Map;

/** Ids of the embedded default fleet ({@code src/main/resources/fleet/default-fleet.yaml}). */
public final class DefaultFleet {

  /** cph-demo-01: the server of the CPH documentation's deploy example; 6 running phones. */
  public static final String DOC_SERVER = "88b8449b896f3a4f0ad57222dd91909";

  /** cph-demo-02: 8 phones, the sixth of which is stopped. */
  public static final String SERVER_WITH_STOPPED_PHONE = "50025056648de90368e8cf68bacfabb6";

  public static final String STOPPED_PHONE = "fe82809d0cb3a69c9957b1607a8a8a00";

  /** cph-demo-03: 10 running phones. */
  public static final String SERVER_10_PHONES = "c1ae36169547f7adc16373758a41685f";

  /** cph-demo-04: 4 running phones. */
  public static final String SERVER_4_PHONES = "306dfb4437f0bba0018f98d8f4aa0eae";

  /** cph-demo-05: stopped (status 10), 4 stopped phones. */
  public static final String STOPPED_SERVER = "dd0b793b231299a987f4a03753495b2a";

  /** demo-game 1.0.0: the app version of the CPH documentation's deploy example. */
  public static final String DOC_APP_VERSION = "1564567b8bab40f34711234cb80d0124";

  /** demo-game 1.1.0. */
  public static final String DEMO_GAME_110 = "4696250baaa86a888587e59477a32638";

  /** The demo-game application. */
  public static final String DEMO_GAME_APP = "492a59bc398cb848028dbe95a231cf17";

  /** The test-runner application. */
  public static final String TEST_RUNNER_APP = "7e80f8e1e4f77e896faf05ad98d9573c";

  /** test-runner 0.1.0. */
  public static final String TEST_RUNNER_010 = "5fc03ffc21f92375abc00f61ffcd4fd0";

  private DefaultFleet() {}

  /**
   * The body of the CPH documentation's deploy example: {@link #DOC_APP_VERSION} on {@link
   * #DOC_SERVER}.
   */
  public static Map<String, Object> docDeploy() {
    return Map.of(
        "batch_deploy_app_version",
        Map.of("app_version_ids", List.of(DOC_APP_VERSION), "server_ids", List.of(DOC_SERVER)));
  }
}
