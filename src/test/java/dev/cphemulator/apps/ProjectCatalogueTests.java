package dev.cphemulator.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.ProjectState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectCatalogueTests {

  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  private final ExecutorService pool = Executors.newFixedThreadPool(16);

  /** The lock a request holds; the threads below take it as requests of one project do. */
  private final ProjectState state = new ProjectState(new ProjectId("p"));

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private static ProjectCatalogue catalogue(int maxApps, int maxVersions) {
    return new ProjectCatalogue(CatalogueTemplate.empty(), new AppProperties(maxApps, maxVersions));
  }

  private static ProjectCatalogue.NewVersion version(String appId, String code) {
    return new ProjectCatalogue.NewVersion(
        appId, code, "v" + code, "com.example.Main", "bucket", "apps/" + code + ".tar");
  }

  private static CphError errorOf(Throwable thrown) {
    return ((CphException) thrown).error();
  }

  @Test
  void aVersionCodeIsUniqueWithinItsAppButNotAcrossApps() {
    ProjectCatalogue catalogue = catalogue(10, 10);
    App game = catalogue.addApp("game", "com.example.game", null, T0);
    App tool = catalogue.addApp("tool", "com.example.tool", "a tool", T0);
    catalogue.addVersion(version(game.appId(), "1"), T0);

    assertThatThrownBy(() -> catalogue.addVersion(version(game.appId(), "1"), T0))
        .extracting(ProjectCatalogueTests::errorOf)
        .isEqualTo(CphError.VERSION_CODE_TAKEN);
    catalogue.addVersion(version(tool.appId(), "1"), T0);

    assertThat(catalogue.versionsOf(game.appId())).hasSize(1);
    assertThat(catalogue.versionsOf(tool.appId())).hasSize(1);
    assertThat(game.description()).isEmpty();
  }

  @Test
  void aVersionOfAnUnknownAppIsRefused() {
    ProjectCatalogue catalogue = catalogue(10, 10);

    assertThatThrownBy(() -> catalogue.addVersion(version("nope", "1"), T0))
        .extracting(ProjectCatalogueTests::errorOf)
        .isEqualTo(CphError.APP_NOT_FOUND);
    assertThat(catalogue.versionCount()).isZero();
  }

  @Test
  void anAppIsDeletedOnlyOnceItHasNoVersions() {
    ProjectCatalogue catalogue = catalogue(10, 10);
    App app = catalogue.addApp("game", "com.example.game", null, T0);
    AppVersion v1 = catalogue.addVersion(version(app.appId(), "1"), T0);

    assertThatThrownBy(() -> catalogue.removeApp(app.appId()))
        .extracting(ProjectCatalogueTests::errorOf)
        .isEqualTo(CphError.APP_HAS_VERSIONS);
    assertThat(catalogue.app(app.appId())).isPresent();

    catalogue.removeVersion(v1.appVersionId(), Optional.empty());
    catalogue.removeApp(app.appId());
    assertThat(catalogue.app(app.appId())).isEmpty();
  }

  @Test
  void aVersionInUseIsKeptAndItsCodeStaysTaken() {
    ProjectCatalogue catalogue = catalogue(10, 10);
    App app = catalogue.addApp("game", "com.example.game", null, T0);
    AppVersion v1 = catalogue.addVersion(version(app.appId(), "1"), T0);

    assertThatThrownBy(
            () -> catalogue.removeVersion(v1.appVersionId(), Optional.of("pushed to 1 server(s)")))
        .isInstanceOf(CphException.class)
        .hasMessageContaining("pushed to 1 server(s)")
        .extracting(ProjectCatalogueTests::errorOf)
        .isEqualTo(CphError.APP_VERSION_IN_USE);
    assertThat(catalogue.version(v1.appVersionId())).isPresent();
    assertThatThrownBy(() -> catalogue.addVersion(version(app.appId(), "1"), T0))
        .extracting(ProjectCatalogueTests::errorOf)
        .isEqualTo(CphError.VERSION_CODE_TAKEN);

    catalogue.removeVersion(v1.appVersionId(), Optional.empty());
    assertThat(catalogue.addVersion(version(app.appId(), "1"), T0).appVersionId())
        .isNotEqualTo(v1.appVersionId());
  }

  @Test
  void listsNewestFirstWithTheLaunchActivityOfTheNewestVersion() {
    ProjectCatalogue catalogue = catalogue(10, 10);
    App first = catalogue.addApp("Space-Game", "com.example.space", null, T0);
    App second = catalogue.addApp("chess", "com.example.chess", null, T0);
    App third = catalogue.addApp("space-chess", "com.example.both", null, T0.plusSeconds(1));
    catalogue.addVersion(
        new ProjectCatalogue.NewVersion(
            first.appId(), "1", "1", "com.example.Old", "bucket", "a.tar"),
        T0);
    catalogue.addVersion(
        new ProjectCatalogue.NewVersion(
            first.appId(), "2", "2", "com.example.New", "bucket", "b.tar"),
        T0);

    assertThat(catalogue.list(null))
        .extracting(listed -> listed.app().appId())
        .containsExactly(third.appId(), second.appId(), first.appId());
    assertThat(catalogue.list("SPACE"))
        .extracting(listed -> listed.app().appId(), ProjectCatalogue.ListedApp::launchActivity)
        .containsExactly(tuple(third.appId(), ""), tuple(first.appId(), "com.example.New"));
  }

  @Test
  void theAppCapHoldsAndARefusedCreateChangesNothing() {
    ProjectCatalogue catalogue = catalogue(2, 10);
    catalogue.addApp("a", "com.example.a", null, T0);
    catalogue.addApp("b", "com.example.b", null, T0);

    assertThatThrownBy(() -> catalogue.addApp("c", "com.example.c", null, T0))
        .extracting(ProjectCatalogueTests::errorOf)
        .isEqualTo(CphError.APP_LIMIT_REACHED);
    assertThat(catalogue.appCount()).isEqualTo(2);
  }

  @Test
  void theVersionCapCountsEveryAppOfTheProject() {
    ProjectCatalogue catalogue = catalogue(10, 3);
    App a = catalogue.addApp("a", "com.example.a", null, T0);
    App b = catalogue.addApp("b", "com.example.b", null, T0);
    catalogue.addVersion(version(a.appId(), "1"), T0);
    catalogue.addVersion(version(a.appId(), "2"), T0);
    catalogue.addVersion(version(b.appId(), "1"), T0);

    assertThatThrownBy(() -> catalogue.addVersion(version(b.appId(), "2"), T0))
        .extracting(ProjectCatalogueTests::errorOf)
        .isEqualTo(CphError.APP_VERSION_LIMIT_REACHED);
    assertThat(catalogue.versionCount()).isEqualTo(3);
  }

  @Test
  void versionsRefusesTheFirstUnknownId() {
    ProjectCatalogue catalogue = catalogue(10, 10);
    App app = catalogue.addApp("a", "com.example.a", null, T0);
    AppVersion v1 = catalogue.addVersion(version(app.appId(), "1"), T0);

    List<AppVersion> found = catalogue.versions(List.of(v1.appVersionId()));
    assertThat(found).containsExactly(v1);
    assertThatThrownBy(() -> catalogue.versions(List.of(v1.appVersionId(), "gone")))
        .hasMessageContaining("gone")
        .extracting(ProjectCatalogueTests::errorOf)
        .isEqualTo(CphError.APP_VERSION_NOT_IN_CATALOGUE);
  }

  @Test
  void manyThreadsCreatingVersionsOfOneAppGetUniqueIdsAndLoseNothing() throws Exception {
    ProjectCatalogue catalogue = catalogue(10, 100_000);
    App app = catalogue.addApp("game", "com.example.game", null, T0);
    int threads = 16;
    int ownPerThread = 250;
    int shared = 50;
    CountDownLatch start = new CountDownLatch(1);
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    ConcurrentHashMap<String, AtomicInteger> sharedWins = new ConcurrentHashMap<>();
    AtomicInteger duplicatesRefused = new AtomicInteger();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      tasks.add(
          () -> {
            start.await();
            for (int i = 0; i < ownPerThread; i++) {
              String own = thread + "." + i;
              ids.add(
                  state
                      .locked(() -> catalogue.addVersion(version(app.appId(), own), T0))
                      .appVersionId());
              if (i < shared) {
                String code = "shared." + i;
                try {
                  ids.add(
                      state
                          .locked(() -> catalogue.addVersion(version(app.appId(), code), T0))
                          .appVersionId());
                  sharedWins.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
                } catch (CphException e) {
                  assertThat(e.error()).isEqualTo(CphError.VERSION_CODE_TAKEN);
                  duplicatesRefused.incrementAndGet();
                }
              }
            }
            return null;
          });
    }
    List<Future<Void>> done = new ArrayList<>();
    tasks.forEach(task -> done.add(pool.submit(task)));
    start.countDown();
    for (Future<Void> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }

    int expected = threads * ownPerThread + shared;
    assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
    assertThat(sharedWins)
        .hasSize(shared)
        .allSatisfy((code, wins) -> assertThat(wins.get()).isEqualTo(1));
    assertThat(duplicatesRefused.get()).isEqualTo(threads * shared - shared);
    List<AppVersion> stored = catalogue.versionsOf(app.appId());
    assertThat(stored).hasSize(expected);
    assertThat(stored).extracting(AppVersion::versionCode).doesNotHaveDuplicates();
    assertThat(stored)
        .extracting(AppVersion::appVersionId)
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(catalogue.versionCount()).isEqualTo(expected);
  }

  @Test
  void concurrentCreatesStopExactlyAtTheCaps() throws Exception {
    ProjectCatalogue catalogue = catalogue(100, 1_000);
    App app = catalogue.addApp("game", "com.example.game", null, T0);
    AtomicInteger versionsMade = new AtomicInteger();
    AtomicInteger appsMade = new AtomicInteger(1);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                  try {
                    String code = thread + "-" + i;
                    state.locked(() -> catalogue.addVersion(version(app.appId(), code), T0));
                    versionsMade.incrementAndGet();
                  } catch (CphException e) {
                    assertThat(e.error()).isEqualTo(CphError.APP_VERSION_LIMIT_REACHED);
                  }
                  try {
                    state.locked(() -> catalogue.addApp("app", "com.example.app", null, T0));
                    appsMade.incrementAndGet();
                  } catch (CphException e) {
                    assertThat(e.error()).isEqualTo(CphError.APP_LIMIT_REACHED);
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }

    assertThat(versionsMade.get()).isEqualTo(1_000);
    assertThat(catalogue.versionCount()).isEqualTo(1_000);
    assertThat(appsMade.get()).isEqualTo(100);
    assertThat(catalogue.appCount()).isEqualTo(100);
  }

  @Test
  void deletingAnAppWhileVersionsAreAddedNeverLeavesAVersionWithoutItsApp() throws Exception {
    for (int round = 0; round < 200; round++) {
      ProjectCatalogue catalogue = catalogue(10, 10);
      App app = catalogue.addApp("game", "com.example.game", null, T0);
      CountDownLatch start = new CountDownLatch(1);
      Future<Boolean> created =
          pool.submit(
              () -> {
                start.await();
                try {
                  state.locked(() -> catalogue.addVersion(version(app.appId(), "1"), T0));
                  return true;
                } catch (CphException e) {
                  assertThat(e.error()).isEqualTo(CphError.APP_NOT_FOUND);
                  return false;
                }
              });
      Future<Boolean> deleted =
          pool.submit(
              () -> {
                start.await();
                try {
                  state.locked(() -> catalogue.removeApp(app.appId()));
                  return true;
                } catch (CphException e) {
                  assertThat(e.error()).isEqualTo(CphError.APP_HAS_VERSIONS);
                  return false;
                }
              });
      start.countDown();
      boolean versionMade = created.get(10, TimeUnit.SECONDS);
      boolean appGone = deleted.get(10, TimeUnit.SECONDS);

      assertThat(versionMade).isNotEqualTo(appGone);
      assertThat(catalogue.app(app.appId()).isPresent()).isEqualTo(versionMade);
      assertThat(catalogue.versionCount()).isEqualTo(versionMade ? 1 : 0);
    }
  }
}
