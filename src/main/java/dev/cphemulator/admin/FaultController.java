package dev.cphemulator.admin;

import dev.cphemulator.admin.Operator.Removed;
import dev.cphemulator.admin.Operator.RuleState;
import dev.cphemulator.faults.FaultRule;
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

/**
 * Fault rules over HTTP ({@link Operator.Faults}): list, add, remove. Removing a rule lets the jobs
 * it stalled carry on at once; they end as if the rule had never matched.
 */
@RestController
@RequestMapping("/_emulator/faults")
class FaultController {

  private final Operator.Faults faults;

  FaultController(Operator operator) {
    this.faults = operator.faults();
  }

  @GetMapping
  List<RuleState> list() {
    return faults.list();
  }

  @GetMapping("/{id}")
  RuleState get(@PathVariable String id) {
    return faults.get(id);
  }

  /** The rule is checked by the operator: Bean Validation, then what it cannot check. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RuleState add(@RequestBody FaultRule rule) {
    return faults.add(rule);
  }

  @DeleteMapping("/{id}")
  Removed remove(@PathVariable String id) {
    return faults.remove(id);
  }

  @DeleteMapping
  Removed removeAll() {
    return faults.removeAll();
  }
}
