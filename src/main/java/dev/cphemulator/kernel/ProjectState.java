package dev.cphemulator.kernel;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the emulator holds for one project, behind one lock: the parts the features plug in
 * (fleet, catalogue, placements, jobs), each made from its template the first time it is asked for.
 * A reset drops the state whole and a fresh one takes its place.
 *
 * <p>Whoever reads or changes a part holds the state's lock; {@link #part} checks it, so a path
 * that forgot to lock fails at once instead of racing. {@link Projects} takes the lock at the edge,
 * once per request, and the parts themselves are plain, unsynchronized objects.
 */
public final class ProjectState {

  /**
   * A typed key for one part of every project's state, declared once by the feature that owns the
   * part. Keys compare by identity.
   *
   * @param <T> the part
   */
  public static final class Part<T> {

    private final String name;
    private final Function<ProjectId, T> factory;
    private final Consumer<T> dropped;
    private final PartCodec<T> codec;

    /** A part made by {@code factory} the first time a project's state is asked for it. */
    public Part(String name, Function<ProjectId, T> factory) {
      this(name, factory, part -> {});
    }

    /** As above; {@code dropped} is told, under the lock, when a reset drops the part. */
    public Part(String name, Function<ProjectId, T> factory, Consumer<T> dropped) {
      this(name, factory, dropped, null);
    }

    /**
     * As above; {@code codec} saves the part and makes it again, so that it outlives a restart
     * (null: the part is not saved, and starts from its template after a restart).
     */
    public Part(
        String name, Function<ProjectId, T> factory, Consumer<T> dropped, PartCodec<T> codec) {
      this.name = name;
      this.factory = factory;
      this.dropped = dropped;
      this.codec = codec;
    }

    /** The name the part is saved under. */
    public String name() {
      return name;
    }

    /** How the part is saved, or null if it is not. */
    public PartCodec<T> codec() {
      return codec;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final ProjectId project;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Part<?>, Object> parts = new IdentityHashMap<>();
  private boolean dropped;

  /** A fresh state, unlocked; the emulator's own are made by {@link Projects}. */
  public ProjectState(ProjectId project) {
    this.project = project;
  }

  public ProjectId project() {
    return project;
  }

  /**
   * The project's part for this key, made from its template on first use.
   *
   * @throws IllegalStateException if the current thread does not hold the state's lock, or the
   *     state was dropped by a reset
   */
  @SuppressWarnings("unchecked")
  public <T> T part(Part<T> key) {
    Object part = existing(key);
    if (part == null) {
      part = key.factory.apply(project);
      parts.put(key, part);
    }
    return (T) part;
  }

  /**
   * The project's part for this key if it was made, else null (for whoever only looks after parts
   * that exist, such as the job ticker).
   *
   * @throws IllegalStateException as {@link #part}
   */
  public <T> T existing(Part<T> key) {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException(
          "the " + key + " of project " + project.value() + " touched without its lock");
    }
    if (dropped) {
      throw new IllegalStateException("project " + project.value() + " was reset");
    }
    @SuppressWarnings("unchecked")
    T part = (T) parts.get(key);
    return part;
  }

  /**
   * Puts a part made again from a saved state in place of whatever the state held for the key.
   *
   * @throws IllegalStateException as {@link #part}
   */
  public <T> void restore(Part<T> key, T part) {
    existing(key);
    parts.put(key, part);
  }

  /** Runs {@code action} holding the state's lock (for tools and tests that work without HTTP). */
  public <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /** Whether the current thread holds the lock. */
  public boolean isLockedByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }

  void lock() {
    lock.lock();
  }

  boolean tryLock() {
    try {
      return lock.tryLock(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  void unlock() {
    lock.unlock();
  }

  boolean isDropped() {
    return dropped;
  }

  /** Drops every part, telling each key; called under the lock by a reset. */
  void drop() {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("project " + project.value() + " dropped without its lock");
    }
    dropped = true;
    parts.forEach(ProjectState::tellDropped);
    parts.clear();
  }

  @SuppressWarnings("unchecked")
  private static <T> void tellDropped(Part<T> key, Object part) {
    key.dropped.accept((T) part);
  }
}
