package dev.cphemulator.faults;

/** The plan's answer for one job: carry on, fail with an error, or stall under a rule. */
public sealed interface FaultDecision {

  /** No rule acts on the job. */
  record Proceed() implements FaultDecision {}

  /** The job fails with this error. */
  record Fail(String ruleId, String errorCode, String errorMsg) implements FaultDecision {}

  /** The job stays running while the rule exists. */
  record Stall(String ruleId) implements FaultDecision {}

  FaultDecision PROCEED = new Proceed();
}
