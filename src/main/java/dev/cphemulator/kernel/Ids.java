package dev.cphemulator.kernel;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh CPH ids: 32 lower-case hex characters, like a UUID without dashes.
 *
 * <p>Drawn from {@link ThreadLocalRandom} rather than {@code UUID.randomUUID()}: 128 random bits
 * make collisions as unlikely, and a deploy that creates thousands of jobs does not queue on the
 * shared {@code SecureRandom}. Ids are names, not secrets.
 */
public final class Ids {

  private static final HexFormat HEX = HexFormat.of();

  private Ids() {}

  public static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
  }

  /**
   * A stable id: the same {@code parts} give the same 32 hex characters on every run and machine (a
   * name-based UUID without dashes). Generated fleets use it so ids are reproducible.
   */
  public static String stable(String... parts) {
    String name = "cph-emulator:" + String.join(":", parts);
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8))
        .toString()
        .replace("-", "");
  }
}
