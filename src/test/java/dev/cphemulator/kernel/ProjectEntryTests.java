package dev.cphemulator.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An entry into a project is left once: the first close releases the project (and the emulator's
 * shared lock), later closes do nothing; a thread that did not enter cannot leave it.
 */
class ProjectEntryTests {

  private final Projects projects = new Projects(10, Stream::empty);

  @Test
  void closingAnEntryTwiceReleasesTheProjectOnceAndDoesNotThrow() throws Exception {
    Projects.Entry entry = projects.enter("p");
    ProjectState state = entry.state();
    assertThat(state.isLockedByCurrentThread()).isTrue();

    entry.close();
    entry.close();

    assertThat(entry.isOpen()).isFalse();
    assertThat(state.isLockedByCurrentThread()).isFalse();
    assertThat(enteredElsewhere("p")).isTrue();
    assertThat(resetAllElsewhere()).as("the emulator's shared lock is released too").isTrue();
  }

  @Test
  void aReentryOnTheSameThreadIsLeftByItsOwnEntryAlone() {
    Projects.Entry outer = projects.enter("p");
    Projects.Entry inner = projects.enter("p");

    inner.close();
    inner.close();

    assertThat(outer.state().isLockedByCurrentThread()).isTrue();
    outer.close();
    assertThat(outer.state().isLockedByCurrentThread()).isFalse();
  }

  @Test
  void anotherThreadCannotLeaveTheProjectForTheOneThatEntered() throws Exception {
    Projects.Entry entry = projects.enter("p");

    CompletableFuture<Throwable> closing =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                entry.close();
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            });

    assertThat(closing.get(5, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
    assertThat(entry.isOpen()).isTrue();
    assertThat(entry.state().isLockedByCurrentThread()).isTrue();
    entry.close();
    assertThat(enteredElsewhere("p")).isTrue();
  }

  @Test
  void anEntryLeftIsNotLeftAgainByTryWithResources() throws Exception {
    try (Projects.Entry entry = projects.enter("p")) {
      entry.close();
    }
    assertThat(enteredElsewhere("p")).isTrue();
  }

  private boolean enteredElsewhere(String project) throws Exception {
    return CompletableFuture.supplyAsync(() -> projects.inside(project, state -> true))
        .get(5, TimeUnit.SECONDS);
  }

  private boolean resetAllElsewhere() throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              projects.resetAll(() -> {});
              return true;
            })
        .get(5, TimeUnit.SECONDS);
  }
}
