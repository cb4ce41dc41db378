package gt.mirps.coordination.audit;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaAuditTrailTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  @Test
  void aRecordsTrailComesOldestFirstAndOnlyItsOwn() {
    database.inTransaction(
        em -> {
          JpaAuditTrail trail = new JpaAuditTrail(em);
          trail.record(
              new AuditEntry(
                  Instant.parse("2024-09-25T15:05:00Z"),
                  "ana",
                  "participation.checkedIn",
                  "Participation",
                  7,
                  "ABCD2345"));
          trail.record(
              new AuditEntry(
                  Instant.parse("2024-09-20T10:00:00Z"),
                  "luis",
                  "participation.registered",
                  "Participation",
                  7,
                  "Carlos Ramiro Martínez"));
          trail.record(
              new AuditEntry(
                  Instant.parse("2024-09-21T10:00:00Z"),
                  "luis",
                  "participation.registered",
                  "Participation",
                  8,
                  null));
        });

    List<AuditEntry> trail =
        database.fromTransaction(em -> new JpaAuditTrail(em).of("Participation", 7));

    assertThat(trail)
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("participation.registered", "luis"),
            org.assertj.core.groups.Tuple.tuple("participation.checkedIn", "ana"));
    assertThat(trail.get(1).detail()).contains("ABCD2345");
  }

  @Test
  void theLatestEntriesComeNewestFirstOnePageAtATime() {
    database.inTransaction(
        em -> {
          JpaAuditTrail trail = new JpaAuditTrail(em);
          for (int minute = 0; minute < 5; minute++) {
            trail.record(
                new AuditEntry(
                    Instant.parse("2024-09-25T15:00:00Z").plusSeconds(60L * minute),
                    "ana",
                    "revised",
                    "Commitment",
                    minute,
                    "minute " + minute));
          }
          // Same instant as the last: the one recorded later comes first.
          trail.record(
              new AuditEntry(
                  Instant.parse("2024-09-25T15:04:00Z"),
                  "luis",
                  "publish",
                  "Announcement",
                  9,
                  null));
        });

    List<AuditEntry> first = database.fromTransaction(em -> new JpaAuditTrail(em).latest(0, 3));
    List<AuditEntry> second = database.fromTransaction(em -> new JpaAuditTrail(em).latest(3, 3));

    assertThat(first).extracting(AuditEntry::recordId).containsExactly(9L, 4L, 3L);
    assertThat(second).extracting(AuditEntry::recordId).containsExactly(2L, 1L, 0L);
    long count = database.fromTransaction(em -> new JpaAuditTrail(em).count());
    assertThat(count).isEqualTo(6);
  }
}
