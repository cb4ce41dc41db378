package gt.mirps.coordination.shared;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Event times are wall-clock times in Guatemala. They are stored as {@link LocalDateTime} and
 * always mean this zone, which has had no daylight-saving time since 2006.
 */
public final class GuatemalaTime {

  public static final ZoneId ZONE = ZoneId.of("America/Guatemala");

  private GuatemalaTime() {}

  public static LocalDateTime now(Clock clock) {
    return LocalDateTime.now(clock.withZone(ZONE));
  }
}
