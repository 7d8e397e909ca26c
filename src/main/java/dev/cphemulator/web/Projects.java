package dev.cphemulator.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The projects the emulator holds state for, capped by {@code cph.emulator.limits.projects}. A
 * project is admitted the first time a request names it; each store then builds its state lazily
 * from its template.
 *
 * <p>Every project has a gate that orders what happens to it. A request {@linkplain #enter enters}
 * it shared, for its whole length, so requests of one project still run side by side; a reset (or a
 * fleet replaced) passes it alone, so a request lands wholly before or wholly after the reset,
 * never half in the state the reset discards. A reset of every project passes the emulator's own
 * gate alone in the same way. Gates are always taken emulator first, then project, so they cannot
 * deadlock.
 */
@Component
public class Projects {

  private final Map<String, ReadWriteLock> admitted = new ConcurrentHashMap<>();
  private final ReadWriteLock everything = new ReentrantReadWriteLock();
  private final int cap;
  private final ObjectProvider<ProjectScoped> stores;

  Projects(WebLimits limits, ObjectProvider<ProjectScoped> stores) {
    this.cap = limits.projects();
    this.stores = stores;
  }

  /** Admits the project, or refuses it when the cap is reached. */
  public ProjectId admit(String projectId) {
    Lock outer = everything.readLock();
    outer.lock();
    try {
      gate(projectId);
      return new ProjectId(projectId);
    } finally {
      outer.unlock();
    }
  }

  /**
   * Admits the project and enters its gate shared: until the returned entry is closed, no reset of
   * this project (or of every project) can run. The entry must be closed by the thread that opened
   * it.
   */
  public Entry enter(String projectId) {
    Lock outer = everything.readLock();
    outer.lock();
    try {
      Lock inner = gate(projectId).readLock();
      inner.lock();
      return new Entry(new ProjectId(projectId), outer, inner);
    } catch (RuntimeException e) {
      outer.unlock();
      throw e;
    }
  }

  /** Runs {@code action} on an admitted project while its gate is entered shared. */
  public <T> T inside(String projectId, Function<ProjectId, T> action) {
    try (Entry entry = enter(projectId)) {
      return action.apply(entry.project());
    }
  }

  /**
   * A project entered shared; closing it leaves the gates.
   *
   * @param project the project entered
   */
  public record Entry(ProjectId project, Lock outer, Lock inner) implements AutoCloseable {

    @Override
    public void close() {
      inner.unlock();
      outer.unlock();
    }
  }

  /** The admitted project ids, sorted. */
  public List<String> ids() {
    return admitted.keySet().stream().sorted().toList();
  }

  /** Puts one project back to its template in every store, once no request is inside it. */
  public void reset(ProjectId projectId) {
    alone(projectId, () -> null);
  }

  /**
   * Puts one project back to its template in every store and then runs {@code then}, both while no
   * request is inside the project: a request sees the project before both or after both.
   */
  public <T> T alone(ProjectId projectId, Supplier<T> then) {
    Lock outer = everything.readLock();
    outer.lock();
    try {
      Lock inner = gate(projectId.value()).writeLock();
      inner.lock();
      try {
        stores.orderedStream().forEach(store -> store.forget(projectId.value()));
        return then.get();
      } finally {
        inner.unlock();
      }
    } finally {
      outer.unlock();
    }
  }

  /**
   * Puts every store back to its template, forgets all projects and then runs {@code then}, while
   * no request is inside any project.
   */
  public void resetAll(Runnable then) {
    Lock all = everything.writeLock();
    all.lock();
    try {
      stores.orderedStream().forEach(ProjectScoped::forgetAll);
      admitted.clear();
      then.run();
    } finally {
      all.unlock();
    }
  }

  private ReadWriteLock gate(String projectId) {
    new ProjectId(projectId); // refuses a malformed id before it takes a place
    ReadWriteLock gate = admitted.get(projectId);
    if (gate != null) {
      return gate;
    }
    synchronized (admitted) {
      gate = admitted.get(projectId);
      if (gate == null) {
        if (admitted.size() >= cap) {
          throw CphError.PROJECT_LIMIT_REACHED.exception(cap);
        }
        gate = new ReentrantReadWriteLock();
        admitted.put(projectId, gate);
      }
      return gate;
    }
  }
}
