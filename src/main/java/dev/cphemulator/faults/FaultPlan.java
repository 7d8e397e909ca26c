package dev.cphemulator.faults;

import dev.cphemulator.kernel.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The active fault rules, asked once per job when its time is up. Rules are tried in the order they
 * were added; the first that matches, still has uses left and wins its draw decides.
 *
 * <p>A rule that has used up its {@code times} stays in the plan (and keeps the jobs it stalled
 * stalled) until it is removed; it just stops matching. Thread-safe: the list is copy-on-write and
 * each rule's count and generator change under the rule's own lock.
 */
@Component
public class FaultPlan {

  private final CopyOnWriteArrayList<ActiveRule> rules = new CopyOnWriteArrayList<>();
  private final AtomicLong counter = new AtomicLong();

  /** A rule in the plan, with its uses so far. */
  public record RuleState(FaultRule rule, long matched, Integer remaining) {}

  /**
   * Adds a rule, filling its defaults; returns it as stored. Ids stay unique: a given id already in
   * the plan is refused, and an assigned one skips ids a client gave ({@code f-3} given, the next
   * assigned may be {@code f-4}). Adds are serialized so that two racing for one id cannot both
   * win.
   *
   * @throws IllegalArgumentException if a rule with the given id exists
   */
  public synchronized FaultRule add(FaultRule rule) {
    String id = rule.id();
    if (id == null) {
      do {
        id = "f-" + counter.incrementAndGet();
      } while (find(id).isPresent());
    } else if (find(id).isPresent()) {
      throw new IllegalArgumentException("a rule with id '" + id + "' already exists");
    }
    FaultRule complete = rule.complete(id, Ids.stable("fault", id).hashCode());
    rules.add(new ActiveRule(complete));
    return complete;
  }

  /** Removes a rule; jobs it stalled carry on. Returns false if there was no such rule. */
  public boolean remove(String id) {
    return rules.removeIf(r -> r.rule.id().equals(id));
  }

  /** Removes every rule. */
  public void clear() {
    rules.clear();
  }

  /** Whether a rule with this id is in the plan. */
  public boolean contains(String id) {
    return find(id).isPresent();
  }

  public List<RuleState> rules() {
    return rules.stream().map(ActiveRule::state).toList();
  }

  public Optional<RuleState> rule(String id) {
    return find(id).map(ActiveRule::state);
  }

  /**
   * A rule as a saved state keeps it: its uses so far, and how many numbers its generator drew (so
   * that a restored rule draws on where it left off).
   */
  public record SavedRule(FaultRule rule, long matched, Integer remaining, long draws) {}

  /** The rules with their counts, and the counter ids are assigned from. */
  public record Saved(List<SavedRule> rules, long counter) {}

  /** The plan as a saved state keeps it. */
  public synchronized Saved saved() {
    return new Saved(rules.stream().map(ActiveRule::saved).toList(), counter.get());
  }

  /**
   * Puts back the rules of a saved state, as they were, in place of the current ones.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public synchronized void restore(Saved saved) {
    List<ActiveRule> restored = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SavedRule rule : saved.rules()) {
      if (!ids.add(rule.rule().id())) {
        throw new IllegalArgumentException("two rules have the id '" + rule.rule().id() + "'");
      }
      restored.add(new ActiveRule(rule));
    }
    rules.clear();
    rules.addAll(restored);
    counter.set(saved.counter());
  }

  /** Decides what happens to a job whose time is up. */
  public FaultDecision decide(JobFacts facts) {
    for (ActiveRule rule : rules) {
      if (rule.rule.matches(facts) && rule.take()) {
        return rule.rule.effect() == FaultEffect.STALL
            ? new FaultDecision.Stall(rule.rule.id())
            : new FaultDecision.Fail(rule.rule.id(), rule.rule.errorCode(), rule.rule.errorMsg());
      }
    }
    return FaultDecision.PROCEED;
  }

  private Optional<ActiveRule> find(String id) {
    return rules.stream().filter(r -> r.rule.id().equals(id)).findFirst();
  }

  private static final class ActiveRule {

    private final FaultRule rule;
    private final Random random;
    private long matched;
    private Integer remaining;
    private long draws;

    ActiveRule(FaultRule rule) {
      this.rule = rule;
      this.random = new Random(rule.seed());
      this.remaining = rule.times();
    }

    /** A rule as saved: its generator drawn as often as before. */
    ActiveRule(SavedRule saved) {
      this(saved.rule());
      this.matched = saved.matched();
      this.remaining = saved.remaining();
      for (long i = 0; i < saved.draws(); i++) {
        random.nextDouble();
      }
      this.draws = saved.draws();
    }

    synchronized SavedRule saved() {
      return new SavedRule(rule, matched, remaining, draws);
    }

    /** Whether the rule acts on this matching job: it has uses left and wins its draw. */
    synchronized boolean take() {
      if (remaining != null && remaining == 0) {
        return false;
      }
      if (rule.probability() < 1.0) {
        draws++;
        if (random.nextDouble() >= rule.probability()) {
          return false;
        }
      }
      matched++;
      if (remaining != null) {
        remaining--;
      }
      return true;
    }

    synchronized RuleState state() {
      return new RuleState(rule, matched, remaining);
    }
  }
}
