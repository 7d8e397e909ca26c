package dev.cphemulator.kernel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The projects the emulator holds state for, capped by {@code cph.emulator.limits.projects}, each
 * with its one {@link ProjectState}. A project is admitted the first time a request names it.
 *
 * <p>Locks, always taken in this order, so they cannot deadlock: the emulator's read/write lock
 * (shared by everything that works on projects, exclusive for a reset of every project), then one
 * project's lock (held by a request while it reads and changes the project, by the operator's
 * paths, by the job ticker and by {@code settle}, one project at a time). Nothing holds two project
 * locks at once. The state changes of one project run one at a time; those of different projects
 * run in parallel. A request leaves its project once its answer is made, before the answer is
 * written: the answer is a snapshot taken under the lock, so a slow client holds no project.
 *
 * <p>A reset of one project takes its lock, drops its state whole and puts a fresh one in its
 * place: a request lands wholly before or wholly after the reset. Whoever was waiting for the old
 * state's lock finds it dropped and moves on to the fresh one.
 */
@Component
public class Projects {

  private final Map<String, ProjectState> states = new ConcurrentHashMap<>();
  private final ReadWriteLock everything = new ReentrantReadWriteLock();
  private final int cap;
  private final Supplier<Stream<ProjectScoped>> stores;

  @Autowired
  Projects(ProjectLimits limits, ObjectProvider<ProjectScoped> stores) {
    this(limits.projects(), stores::orderedStream);
  }

  /** Projects capped at {@code cap}; {@code stores} are told of a reset of every project. */
  public Projects(int cap, Supplier<Stream<ProjectScoped>> stores) {
    this.cap = cap;
    this.stores = stores;
  }

  /** Admits the project, or refuses it when the cap is reached. */
  public ProjectId admit(String projectId) {
    Lock outer = everything.readLock();
    outer.lock();
    try {
      return slot(new ProjectId(projectId)).project();
    } finally {
      outer.unlock();
    }
  }

  /**
   * Admits the project and takes its lock: until the returned entry is closed, nothing else works
   * on the project and no reset of every project runs. The entry must be closed by the thread that
   * opened it.
   */
  public Entry enter(String projectId) {
    return enter(new ProjectId(projectId));
  }

  /** As {@link #enter(String)}, for an id already read (the request path). */
  public Entry enter(ProjectId project) {
    Lock outer = everything.readLock();
    outer.lock();
    try {
      return new Entry(lockCurrent(project), outer);
    } catch (RuntimeException e) {
      outer.unlock();
      throw e;
    }
  }

  /** Runs {@code action} on an admitted project's state, holding its lock. */
  public <T> T inside(String projectId, Function<ProjectState, T> action) {
    try (Entry entry = enter(projectId)) {
      return action.apply(entry.state());
    }
  }

  /**
   * A project entered: its state, locked by the thread that entered, until the entry is closed.
   * Closing is idempotent: the first close unlocks, later ones do nothing, so a request can leave
   * its project as soon as its answer is made and still close the entry again at its end. Only the
   * thread that entered may close it.
   */
  public static final class Entry implements AutoCloseable {

    private final ProjectState state;
    private final Lock outer;
    private final Thread owner = Thread.currentThread();
    private boolean open = true;

    Entry(ProjectState state, Lock outer) {
      this.state = state;
      this.outer = outer;
    }

    /** The project's state; locked while the entry is open. */
    public ProjectState state() {
      return state;
    }

    public ProjectId project() {
      return state.project();
    }

    /** Whether the entry still holds the project's lock. */
    public boolean isOpen() {
      return open;
    }

    /**
     * Leaves the project, if not already left.
     *
     * @throws IllegalStateException if another thread than the one that entered closes it while it
     *     is open (the lock stays held)
     */
    @Override
    public void close() {
      if (!open) {
        return;
      }
      if (Thread.currentThread() != owner) {
        throw new IllegalStateException(
            "project " + state.project().value() + " left by a thread that did not enter it");
      }
      open = false;
      try {
        state.unlock();
      } finally {
        outer.unlock();
      }
    }
  }

  /** The admitted project ids, sorted. */
  public List<String> ids() {
    return states.keySet().stream().sorted().toList();
  }

  /** Puts one project back to its templates: its state is dropped whole. */
  public void reset(ProjectId projectId) {
    alone(projectId, state -> null);
  }

  /**
   * Drops the project's state and runs {@code then} on the fresh one, holding its lock throughout:
   * a request sees the project before both or after both.
   */
  public <T> T alone(ProjectId projectId, Function<ProjectState, T> then) {
    Lock outer = everything.readLock();
    outer.lock();
    try {
      ProjectState old = lockCurrent(projectId);
      ProjectState fresh = new ProjectState(old.project());
      fresh.lock();
      try {
        try {
          old.drop();
          states.put(projectId.value(), fresh);
        } finally {
          old.unlock();
        }
        return then.apply(fresh);
      } finally {
        fresh.unlock();
      }
    } finally {
      outer.unlock();
    }
  }

  /**
   * Forgets every project and tells every store (so they drop what outlives a project's reset),
   * then runs {@code then}, while nothing works on any project.
   */
  public void resetAll(Runnable then) {
    Lock all = everything.writeLock();
    all.lock();
    try {
      states.clear();
      stores.get().forEach(ProjectScoped::forgetAll);
      then.run();
    } finally {
      all.unlock();
    }
  }

  /**
   * Runs {@code action} on every project's state in turn, holding that project's lock, waiting for
   * a project that is busy.
   */
  public void eachProject(Consumer<ProjectState> action) {
    each(action, false);
  }

  /** As {@link #eachProject}, but skips a project whose lock is held by someone else. */
  public void eachIdleProject(Consumer<ProjectState> action) {
    each(action, true);
  }

  private void each(Consumer<ProjectState> action, boolean skipBusy) {
    Lock outer = everything.readLock();
    outer.lock();
    try {
      for (String projectId : states.keySet()) {
        ProjectState state = states.get(projectId);
        if (state == null) {
          continue;
        }
        if (skipBusy) {
          if (!state.tryLock()) {
            continue;
          }
        } else {
          state.lock();
        }
        try {
          if (!state.isDropped()) {
            action.accept(state);
          }
        } finally {
          state.unlock();
        }
      }
    } finally {
      outer.unlock();
    }
  }

  /** The project's current state, locked by the caller; call with the emulator's lock held. */
  private ProjectState lockCurrent(ProjectId project) {
    while (true) {
      ProjectState state = slot(project);
      state.lock();
      if (!state.isDropped()) {
        return state;
      }
      state.unlock(); // a reset replaced it while we waited: take the fresh one
    }
  }

  private ProjectState slot(ProjectId project) {
    String projectId = project.value();
    ProjectState state = states.get(projectId);
    if (state != null) {
      return state;
    }
    synchronized (states) {
      state = states.get(projectId);
      if (state == null) {
        if (states.size() >= cap) {
          throw CphError.PROJECT_LIMIT_REACHED.exception(cap);
        }
        state = new ProjectState(project);
        states.put(projectId, state);
      }
      return state;
    }
  }
}
