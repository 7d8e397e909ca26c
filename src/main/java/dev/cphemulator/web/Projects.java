package dev.cphemulator.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The projects the emulator holds state for, capped by {@code cph.emulator.limits.projects}. A
 * project is admitted the first time a request names it; each store then builds its state lazily
 * from its template.
 */
@Component
public class Projects {

  private final Set<String> admitted = ConcurrentHashMap.newKeySet();
  private final int cap;
  private final ObjectProvider<ProjectScoped> stores;

  Projects(WebLimits limits, ObjectProvider<ProjectScoped> stores) {
    this.cap = limits.projects();
    this.stores = stores;
  }

  /** Admits the project, or refuses it when the cap is reached. */
  public ProjectId admit(String projectId) {
    ProjectId id = new ProjectId(projectId);
    if (admitted.contains(projectId)) {
      return id;
    }
    synchronized (admitted) {
      if (!admitted.contains(projectId) && admitted.size() >= cap) {
        throw CphError.PROJECT_LIMIT_REACHED.exception(cap);
      }
      admitted.add(projectId);
    }
    return id;
  }

  /** The admitted project ids, sorted. */
  public List<String> ids() {
    return admitted.stream().sorted().toList();
  }

  /** Puts one project back to its template in every store. */
  public void reset(ProjectId projectId) {
    stores.orderedStream().forEach(store -> store.forget(projectId.value()));
  }

  /** Puts every store back to its template and forgets all projects. */
  public void resetAll() {
    synchronized (admitted) {
      stores.orderedStream().forEach(ProjectScoped::forgetAll);
      admitted.clear();
    }
  }
}
