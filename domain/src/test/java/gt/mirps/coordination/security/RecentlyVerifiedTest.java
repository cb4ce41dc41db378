package gt.mirps.coordination.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedTest {

  /** A clock the test moves forward. */
  private static final class Hands extends Clock {
    private Instant now = Instant.parse("2024-09-25T15:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Hands clock = new Hands();
  private final RecentlyVerified recent = new RecentlyVerified(clock);

  @Test
  void aVerifiedPasswordIsRememberedForItsLifetimeOnly() {
    recent.remember("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-1");

    assertThat(recent.remembers("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-1"))
        .isTrue();
    clock.now = clock.now.plus(RecentlyVerified.LIFETIME).minus(Duration.ofSeconds(1));
    assertThat(recent.remembers("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-1"))
        .isTrue();
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertThat(recent.remembers("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-1"))
        .isFalse();
  }

  @Test
  void onlyTheSamePasswordOfTheSameAccountAgainstTheSameStoredHashIsRemembered() {
    recent.remember("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-1");

    assertThat(recent.remembers("coordinacion", "MIRPS-demo-2025".toCharArray(), "hash-1"))
        .isFalse();
    assertThat(recent.remembers("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-2"))
        .as("the password was changed or reset since")
        .isFalse();
    assertThat(recent.remembers("gerencia", "MIRPS-demo-2024".toCharArray(), "hash-1")).isFalse();
    assertThat(recent.remembers("coordinacion", null, "hash-1")).isFalse();
  }

  @Test
  void aForgottenAccountIsVerifiedAgain() {
    recent.remember("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-1");
    recent.forget("coordinacion");

    assertThat(recent.remembers("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-1"))
        .isFalse();
  }

  @Test
  void twoStartsDoNotShareTheirDigests() {
    RecentlyVerified other = new RecentlyVerified(clock);
    recent.remember("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-1");

    assertThat(other.remembers("coordinacion", "MIRPS-demo-2024".toCharArray(), "hash-1"))
        .isFalse();
  }
}
