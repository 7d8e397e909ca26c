package dev.cphemulator.web;

import jakarta.annotation.PreDestroy;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stops the emulator when the JVM under it has failed: an {@link OutOfMemoryError}, or any other
 * {@link VirtualMachineError} except {@link StackOverflowError}, wherever it is seen (a request, a
 * cause chain, a thread that dies of it). After one, a thread may have died half-way (Tomcat's
 * poller, a lock holder), and the emulator could stay up, accepting connections and answering none;
 * halting lets a supervisor start it again. It logs one line and halts with {@link #EXIT_CODE}.
 *
 * <p>A {@link StackOverflowError} unwinds the one thread that overflowed and leaves the rest sound:
 * it is answered as any other unexpected error (500 {@code CPS.0003}).
 *
 * <p>This is the safety net for a JVM started without {@code -XX:+ExitOnOutOfMemoryError}, which
 * every launcher of the project passes and which exits with code 3 before this sees anything.
 */
@Component
public class FatalErrors implements Thread.UncaughtExceptionHandler {

  /** The process's exit code when this halts it. */
  public static final int EXIT_CODE = 70;

  private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);

  /** Ends the JVM at once with a status: {@link Runtime#halt} unless a test gives another. */
  @FunctionalInterface
  public interface Halt {
    void halt(int status);
  }

  private final Halt halt;
  private final Thread.UncaughtExceptionHandler previous;

  @Autowired
  FatalErrors(ObjectProvider<Halt> halt) {
    this(halt.getIfAvailable(() -> Runtime.getRuntime()::halt));
  }

  /** Installs itself as the JVM's default handler of uncaught exceptions. */
  FatalErrors(Halt halt) {
    this.halt = halt;
    this.previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(this);
  }

  @PreDestroy
  void uninstall() {
    if (Thread.getDefaultUncaughtExceptionHandler() == this) {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  /** The fatal error that is {@code thrown} or is among its causes, if there is one. */
  public static Optional<VirtualMachineError> fatalIn(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof VirtualMachineError error && !(t instanceof StackOverflowError)) {
        return Optional.of(error);
      }
    }
    return Optional.empty();
  }

  /**
   * Halts the JVM if {@code thrown} is or was caused by a fatal error, naming {@code where} it was
   * seen; returns otherwise.
   */
  public void haltIfFatal(Throwable thrown, String where) {
    Optional<VirtualMachineError> fatal = fatalIn(thrown);
    if (fatal.isEmpty()) {
      return;
    }
    try {
      log.error(
          "{} in {}: the emulator stops now (exit code {}) so that it can be started again",
          fatal.get(),
          where,
          EXIT_CODE);
    } catch (Throwable logging) {
      // no memory left to log with: halt all the same
    } finally {
      halt.halt(EXIT_CODE);
    }
  }

  /** A thread died: of a fatal error the JVM halts; of anything else it is reported as before. */
  @Override
  public void uncaughtException(Thread thread, Throwable thrown) {
    if (fatalIn(thrown).isPresent()) {
      haltIfFatal(thrown, "thread " + thread.getName());
    } else if (previous != null) {
      previous.uncaughtException(thread, thrown);
    } else {
      System.err.print("Exception in thread \"" + thread.getName() + "\" ");
      thrown.printStackTrace(System.err);
    }
  }
}
