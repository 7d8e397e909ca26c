package dev.cphemulator.admin;

import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.seed.FleetFileException;
import dev.cphemulator.seed.FleetFiles;
import dev.cphemulator.web.CphError;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Fault rules: list, add, remove. Removing a rule lets the jobs it stalled carry on at once; they
 * end as if the rule had never matched.
 */
@RestController
@RequestMapping("/_emulator/faults")
class FaultController {

  private final FaultPlan plan;
  private final Jobs jobs;

  FaultController(FaultPlan plan, Jobs jobs) {
    this.plan = plan;
    this.jobs = jobs;
  }

  /** A rule with how often it acted so far and how many uses it has left (null: unlimited). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record RuleView(FaultRule rule, long matched, Integer remaining) {

    static RuleView of(FaultPlan.RuleState state) {
      return new RuleView(state.rule(), state.matched(), state.remaining());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Removed(List<String> removed) {}

  @GetMapping
  List<RuleView> list() {
    return plan.rules().stream().map(RuleView::of).toList();
  }

  @GetMapping("/{id}")
  RuleView get(@PathVariable String id) {
    return plan.rule(id)
        .map(RuleView::of)
        .orElseThrow(() -> CphError.FAULT_NOT_FOUND.exception(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RuleView add(@Valid @RequestBody FaultRule rule) {
    try {
      FleetFiles.checkFault(rule, "in the request body", "rule");
    } catch (FleetFileException e) {
      throw CphError.OPERATOR_BAD_REQUEST.exception(e.field() + ": " + e.problem());
    }
    FaultRule added;
    try {
      added = plan.add(rule);
    } catch (IllegalArgumentException e) {
      throw CphError.OPERATOR_BAD_REQUEST.exception(e.getMessage());
    }
    return plan.rule(added.id()).map(RuleView::of).orElseThrow();
  }

  @DeleteMapping("/{id}")
  Removed remove(@PathVariable String id) {
    if (!plan.remove(id)) {
      throw CphError.FAULT_NOT_FOUND.exception(id);
    }
    jobs.catchUpAll();
    return new Removed(List.of(id));
  }

  @DeleteMapping
  Removed removeAll() {
    List<String> ids = plan.rules().stream().map(state -> state.rule().id()).toList();
    plan.clear();
    jobs.catchUpAll();
    return new Removed(ids);
  }
}
