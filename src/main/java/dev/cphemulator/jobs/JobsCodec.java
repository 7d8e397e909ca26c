package dev.cphemulator.jobs;

import dev.cphemulator.kernel.PartCodec;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Saved;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves a project's jobs: every job still kept, ended or running, in the order stored, with its
 * targets, parent and prerequisite (by id, when still kept), times, outcome, schedule (due time,
 * the rule stalling it), sub-job counts, and for a running job its work as data ({@link
 * WorkDescription}). Restored after the parts the works act on (fleet, catalogue, placements), and
 * checked, so that a restored job can always move on: a running job is due, stalled, waiting for a
 * running prerequisite, or a parent waiting for as many running sub-jobs as it counts.
 */
final class JobsCodec implements PartCodec<ProjectJobs> {

  private final Function<String, ProjectJobs> fresh;
  private final Function<String, WorkKinds> kinds;
  private final Consumer<ProjectJobs> restored;

  JobsCodec(
      Function<String, ProjectJobs> fresh,
      Function<String, WorkKinds> kinds,
      Consumer<ProjectJobs> restored) {
    this.fresh = fresh;
    this.kinds = kinds;
    this.restored = restored;
  }

  @Override
  public int order() {
    return 100; // works act on the other parts: they come back first
  }

  @Override
  public JsonNode save(ProjectJobs project) {
    ObjectNode out = Saved.object();
    out.put("sequence", project.sequence());
    out.put("jitter_draws", project.jitterDraws());
    ArrayNode jobs = out.putArray("jobs");
    List<Job> kept = project.kept();
    Set<String> keptIds = new HashSet<>();
    for (Job job : kept) {
      keptIds.add(job.id());
    }
    for (Job job : kept) {
      ObjectNode one = jobs.addObject();
      one.put("job_id", job.id());
      one.put("request_id", job.requestId());
      one.put("type", job.type().key());
      one.put("sequence", job.sequence);
      putIf(one, "server_id", job.serverId());
      putIf(one, "phone_id", job.phoneId());
      putIf(one, "app_version_id", job.appVersionId());
      if (job.parent() != null && keptIds.contains(job.parent().id())) {
        one.put("parent", job.parent().id());
      }
      if (job.prerequisite() != null && keptIds.contains(job.prerequisite().id())) {
        one.put("prerequisite", job.prerequisite().id());
      }
      Saved.put(one, "begin_time", job.beginTime());
      one.put("status", job.status().wire());
      Saved.put(one, "end_time", job.endTime());
      if (job.error() != null) {
        one.put("error_code", job.error().code());
        one.put("error_msg", job.error().message());
      }
      Saved.put(one, "due_at", job.dueAt());
      putIf(one, "stalled_by", job.stalledBy());
      if (job.type().isParent()) {
        one.put("children", job.children());
        one.put("pending_children", job.pendingChildren());
        one.put("failed_children", job.failedChildren());
        Job.FailedChild first = job.firstFailedChild();
        if (first != null) {
          ObjectNode failed = one.putObject("first_failed_child");
          failed.put("job_id", first.id());
          failed.put("error_code", first.error().code());
          failed.put("error_msg", first.error().message());
        }
      }
      if (!job.status().ended()) {
        WorkDescription work = job.work().describe();
        if (work != null) {
          ObjectNode saved = one.putObject("work");
          saved.put("kind", work.kind());
          saved.set("args", work.args());
        }
      }
    }
    return out;
  }

  @Override
  public ProjectJobs restore(ProjectState state, Saved saved) {
    ProjectJobs project = fresh.apply(state.project().value());
    long next = saved.number("sequence");
    long draws = saved.number("jitter_draws");
    if (draws < 0 || draws > 100_000_000L) {
      throw saved.fail("jitter_draws", "it must be from 0 to 100000000");
    }
    List<Saved> entries = saved.list("jobs");
    List<Job> jobs = new ArrayList<>(entries.size());
    Map<String, Job> byId = new HashMap<>();
    long lastSequence = -1;
    for (Saved one : entries) {
      Job job = job(project, one, byId, next, lastSequence);
      lastSequence = job.sequence;
      byId.put(job.id(), job);
      jobs.add(job);
    }
    check(entries, jobs);
    WorkKinds.RestoredJobs lookup =
        (at, id) -> {
          Job job = byId.get(id);
          if (job == null) {
            throw at.fail("'" + id + "' is not a job of the project");
          }
          return job;
        };
    for (int i = 0; i < jobs.size(); i++) {
      Job job = jobs.get(i);
      Saved one = entries.get(i);
      if (job.status().ended() || !one.has("work")) {
        job.restoreWork(JobWork.NONE);
        continue;
      }
      Saved work = one.object("work");
      String kind = work.text("kind");
      WorkKinds maker = kinds.apply(kind);
      if (maker == null) {
        throw work.fail("kind", "'" + kind + "' is not a kind of job work");
      }
      job.restoreWork(maker.rebuild(state, job, kind, work.object("args"), lookup));
    }
    project.restore(jobs, next, draws);
    restored.accept(project);
    return project;
  }

  private static Job job(
      ProjectJobs project, Saved one, Map<String, Job> earlier, long next, long lastSequence) {
    String id = one.text("job_id");
    if (earlier.containsKey(id)) {
      throw one.fail("job_id", "'" + id + "' is saved twice");
    }
    String typeKey = one.text("type");
    JobType type =
        JobType.fromKey(typeKey)
            .orElseThrow(() -> one.fail("type", "'" + typeKey + "' is not a job type"));
    long sequence = one.number("sequence");
    if (sequence <= lastSequence || sequence >= next) {
      throw one.fail(
          "sequence", "it must grow from job to job and stay below the project's sequence");
    }
    Job parent = reference(one, "parent", earlier);
    if (parent != null && !parent.type().isParent()) {
      throw one.fail("parent", "'" + parent.id() + "' is a " + parent.type().key() + " job");
    }
    Job job =
        new Job(
            project,
            sequence,
            id,
            one.text("request_id"),
            type,
            one.optText("server_id"),
            one.optText("phone_id"),
            one.optText("app_version_id"),
            parent,
            reference(one, "prerequisite", earlier),
            one.instant("begin_time"),
            JobWork.NONE);
    long wire = one.number("status");
    JobStatus status =
        switch ((int) wire) {
          case 1 -> JobStatus.RUNNING;
          case 2 -> JobStatus.SUCCEEDED;
          case -1 -> JobStatus.FAILED;
          default -> throw one.fail("status", "it must be 1, 2 or -1");
        };
    Instant end = one.optInstant("end_time");
    if (status.ended() != (end != null)) {
      throw one.fail(
          "end_time", status.ended() ? "an ended job needs one" : "a running job has none");
    }
    JobError error =
        one.has("error_code") ? new JobError(one.text("error_code"), one.text("error_msg")) : null;
    if ((status == JobStatus.FAILED) != (error != null)) {
      throw one.fail("error_code", "a failed job, and only a failed job, has one");
    }
    Job.FailedChild first = null;
    if (one.has("first_failed_child")) {
      Saved failed = one.object("first_failed_child");
      first =
          new Job.FailedChild(
              failed.text("job_id"),
              new JobError(failed.text("error_code"), failed.text("error_msg")));
    }
    boolean parentType = type.isParent();
    int children = parentType ? one.count("children") : 0;
    int pending = parentType ? one.count("pending_children") : 0;
    int failedChildren = parentType ? one.count("failed_children") : 0;
    if (pending > children
        || failedChildren > children
        || (failedChildren > 0) != (first != null)) {
      throw one.fail("children", "the sub-job counts do not add up");
    }
    job.restore(
        status,
        end,
        error,
        one.optInstant("due_at"),
        status.ended() ? null : one.optText("stalled_by"),
        children,
        pending,
        failedChildren,
        first);
    return job;
  }

  /** A job named by id, which must be saved before this one (parents and prerequisites are). */
  private static Job reference(Saved one, String field, Map<String, Job> earlier) {
    String id = one.optText(field);
    if (id == null) {
      return null;
    }
    Job job = earlier.get(id);
    if (job == null) {
      throw one.fail(field, "'" + id + "' is not a job saved before this one");
    }
    return job;
  }

  /** Every running job can move on once restored. */
  private static void check(List<Saved> entries, List<Job> jobs) {
    Map<Job, Integer> runningChildren = new HashMap<>();
    for (int i = 0; i < jobs.size(); i++) {
      Job job = jobs.get(i);
      if (!job.status().ended() && job.parent() != null) {
        if (job.parent().status().ended()) {
          throw entries.get(i).fail("parent", "a running job's parent has ended");
        }
        runningChildren.merge(job.parent(), 1, Integer::sum);
      }
    }
    for (int i = 0; i < jobs.size(); i++) {
      Job job = jobs.get(i);
      Saved one = entries.get(i);
      if (job.status().ended()) {
        continue;
      }
      int waitingFor = runningChildren.getOrDefault(job, 0);
      if (job.type().isParent() && job.pendingChildren() != waitingFor) {
        throw one.fail(
            "pending_children",
            "it counts " + job.pendingChildren() + " but " + waitingFor + " sub-jobs are running");
      }
      boolean moves =
          job.dueAt() != null
              || job.stalledBy() != null
              || (job.type().isParent() && waitingFor > 0)
              || (job.prerequisite() != null && !job.prerequisite().status().ended());
      if (!moves) {
        throw one.fail(
            "due_at", "a running job needs one, unless it is stalled or waits for a running job");
      }
    }
  }

  private static void putIf(ObjectNode into, String field, String value) {
    if (value != null) {
      into.put(field, value);
    }
  }
}
