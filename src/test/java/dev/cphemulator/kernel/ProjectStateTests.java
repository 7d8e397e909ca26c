package dev.cphemulator.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A project's state, its one lock and its parts, without HTTP. */
class ProjectStateTests {

  private static final ProjectId PROJECT = new ProjectId("p1");

  private final List<Object> dropped = new ArrayList<>();
  private final ProjectState.Part<List<String>> notes =
      new ProjectState.Part<>("notes", project -> new ArrayList<>(), dropped::add);
  private final Projects projects = new Projects(10, Stream::empty);
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aPartTouchedWithoutTheLockThrows() {
    ProjectState state = new ProjectState(PROJECT);

    assertThatThrownBy(() -> state.part(notes))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("notes of project p1 touched without its lock");
    assertThatThrownBy(() -> state.existing(notes)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPartTouchedFromAnotherThreadThanTheLockHolderThrows() throws Exception {
    ProjectState state = projects.inside("p1", s -> s);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<?> holder =
        pool.submit(
            () ->
                projects.inside(
                    "p1",
                    s -> {
                      held.countDown();
                      await(release);
                      return null;
                    }));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> state.part(notes)).isInstanceOf(IllegalStateException.class);
    release.countDown();
    holder.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aPartIsMadeOnceOnFirstUseAndKeptUnderTheLock() {
    List<String> first = projects.inside("p1", state -> state.part(notes));
    List<String> second = projects.inside("p1", state -> state.part(notes));

    List<String> existing = projects.inside("p1", state -> state.existing(notes));
    List<String> elsewhere = projects.inside("p2", state -> state.existing(notes));

    assertThat(second).isSameAs(first);
    assertThat(existing).isSameAs(first);
    assertThat(elsewhere).isNull();
  }

  @Test
  void aResetDropsTheStateWholeAndTheNextUseStartsAfresh() {
    ProjectState old = projects.inside("p1", state -> state);
    List<String> before = projects.inside("p1", state -> state.part(notes));
    before.add("changed");

    projects.reset(PROJECT);

    assertThat(dropped).containsExactly(before);
    ProjectState fresh = projects.inside("p1", state -> state);
    assertThat(fresh).isNotSameAs(old);
    List<String> after = projects.inside("p1", state -> state.part(notes));
    assertThat(after).isNotSameAs(before).isEmpty();
    assertThatThrownBy(() -> old.locked(() -> old.part(notes)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was reset");
  }

  @Test
  void whoeverWaitedForAResetProjectGetsTheFreshState() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ProjectState old = projects.inside("p1", state -> state);
    Future<?> holder =
        pool.submit(
            () ->
                projects.inside(
                    "p1",
                    state -> {
                      inside.countDown();
                      await(release);
                      return null;
                    }));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    Future<?> reset = pool.submit(() -> projects.reset(PROJECT));
    Thread.sleep(100); // the reset queues first for the old state's lock
    Future<ProjectState> waiter = pool.submit(() -> projects.inside("p1", state -> state));
    Thread.sleep(100);
    assertThat(reset).isNotDone();
    assertThat(waiter).isNotDone();

    release.countDown();
    holder.get(10, TimeUnit.SECONDS);
    reset.get(10, TimeUnit.SECONDS);

    assertThat(waiter.get(10, TimeUnit.SECONDS)).isNotSameAs(old);
  }

  @Test
  void theTickerSkipsABusyProjectWhileSettleWaitsForIt() throws Exception {
    projects.admit("p1");
    projects.admit("p2");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<?> holder =
        pool.submit(
            () ->
                projects.inside(
                    "p1",
                    state -> {
                      inside.countDown();
                      await(release);
                      return null;
                    }));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

    List<String> visited = new ArrayList<>();
    projects.eachIdleProject(state -> visited.add(state.project().value()));
    assertThat(visited).containsExactly("p2");

    AtomicInteger waited = new AtomicInteger();
    Future<?> all = pool.submit(() -> projects.eachProject(state -> waited.incrementAndGet()));
    Thread.sleep(100);
    assertThat(all).isNotDone();
    release.countDown();
    all.get(10, TimeUnit.SECONDS);
    holder.get(10, TimeUnit.SECONDS);
    assertThat(waited.get()).isEqualTo(2);
  }

  @Test
  void manyThreadsChangingOnePartUnderTheLockLoseNothing() throws Exception {
    int threads = 4;
    int perThread = 2_000;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                await(start);
                for (int i = 0; i < perThread; i++) {
                  String note = thread + "." + i;
                  projects.inside("p1", state -> state.part(notes).add(note));
                }
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(30, TimeUnit.SECONDS);
    }

    List<String> all = projects.inside("p1", state -> state.part(notes));
    assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
