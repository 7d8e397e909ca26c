package dev.cphemulator.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs (a server and a version, a phone and a version) readable from both ends, each end in the
 * order the pairs were first made. Not thread-safe: {@link ProjectPlacements} guards it.
 */
final class Links {

  private final Map<String, Set<String>> forward = new HashMap<>();
  private final Map<String, Set<String>> backward = new HashMap<>();

  boolean add(String from, String to) {
    backward.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
    return forward.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
  }

  boolean remove(String from, String to) {
    boolean removed = drop(forward, from, to);
    drop(backward, to, from);
    return removed;
  }

  boolean has(String from, String to) {
    return forward.getOrDefault(from, Set.of()).contains(to);
  }

  /** What {@code from} is linked to, oldest link first. */
  List<String> to(String from) {
    return new ArrayList<>(forward.getOrDefault(from, Set.of()));
  }

  /** What is linked to {@code to}, oldest link first. */
  List<String> from(String to) {
    return new ArrayList<>(backward.getOrDefault(to, Set.of()));
  }

  /** Every link, each {@code from} with what it is linked to, oldest link first. */
  Map<String, Set<String>> forward() {
    return forward;
  }

  /** Every link, each {@code to} with what is linked to it, oldest link first. */
  Map<String, Set<String>> backward() {
    return backward;
  }

  int countFrom(String to) {
    return backward.getOrDefault(to, Set.of()).size();
  }

  private static boolean drop(Map<String, Set<String>> map, String key, String value) {
    Set<String> values = map.get(key);
    if (values == null || !values.remove(value)) {
      return false;
    }
    if (values.isEmpty()) {
      map.remove(key);
    }
    return true;
  }
}
