package dev.cphemulator.jobs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of job. Application jobs carry CPH's {@code job_type} number; the phone and server
 * operations of the official SDK return jobs without one.
 */
public enum JobType {
  /** Deploy on a server: the parent of a server's pushes and installs. */
  DEPLOY(30, true),
  /** Push a version's package to a server. */
  PUSH(31, false),
  /** Install a version on a phone. */
  INSTALL(32, false),
  /** Undeploy from a server: the parent of a server's removals and uninstalls. */
  UNDEPLOY(40, true),
  /** Remove a version's package from a server. */
  REMOVE(41, false),
  /** Uninstall a version from a phone (the number is the emulator's choice: CPH documents none). */
  UNINSTALL(42, false),
  PHONE_RESTART(null, false),
  PHONE_RESET(null, false),
  PHONE_STOP(null, false),
  SERVER_RESTART(null, false);

  private final Integer wire;
  private final boolean parent;
  private final String key;

  JobType(Integer wire, boolean parent) {
    this.wire = wire;
    this.parent = parent;
    this.key = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** CPH's {@code job_type}, or null for jobs CPH returns without one. */
  public Integer wire() {
    return wire;
  }

  /** Parents end when their sub-jobs have all ended; they take no time of their own. */
  public boolean isParent() {
    return parent;
  }

  /** The name used in settings and fault rules: {@code install}, {@code phone-restart}. */
  @JsonValue
  public String key() {
    return key;
  }

  /** The names a fault rule may use for this type: its key and, if it has one, its number. */
  public Set<String> keys() {
    return wire == null ? Set.of(key) : Set.of(key, wire.toString());
  }

  /** The type named by a key or a CPH number given as text. */
  public static Optional<JobType> fromKey(String text) {
    return Arrays.stream(values()).filter(t -> t.keys().contains(text)).findFirst();
  }
}
