package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.TestIds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationsTest {

  /** A repository in a list that numbers what it keeps, as the database's sequence would. */
  static final class InMemoryParticipations implements ParticipationRepository {
    final List<Participation> all = new ArrayList<>();

    @Override
    public Participation add(Participation participation) {
      TestIds.assign(participation, all.size() + 1L);
      all.add(participation);
      return participation;
    }

    @Override
    public Optional<Participation> find(long id) {
      return Optional.empty();
    }

    @Override
    public Optional<Participation> findByCode(String code) {
      return all.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Participation> findByEventAndPerson(long eventId, long personId) {
      return Optional.empty();
    }

    @Override
    public Optional<Participation> delegation(long eventId, long institutionId) {
      return Optional.empty();
    }

    @Override
    public List<Participation> ofEvent(long eventId, int first, int max) {
      return all;
    }

    @Override
    public long countOfEvent(long eventId) {
      return all.size();
    }

    @Override
    public Map<AttendanceState, Long> countByState(long eventId) {
      Map<AttendanceState, Long> counts = new EnumMap<>(AttendanceState.class);
      all.stream()
          .filter(p -> p.event().id() == eventId)
          .forEach(p -> counts.merge(p.state(), 1L, Long::sum));
      return counts;
    }

    @Override
    public boolean codeTaken(String code) {
      return findByCode(code).isPresent();
    }
  }

  final InMemoryParticipations participations = new InMemoryParticipations();
  final RecordingAuditTrail trail = new RecordingAuditTrail();
  final Clock clock = Clock.fixed(Instant.parse("2024-09-25T15:00:00Z"), ZoneOffset.UTC);
  final Registrations registrations =
      new Registrations(participations, new Auditor(trail, clock), clock);

  @Test
  void checkingInTwiceByCodeKeepsTheFirstTimeAndIsAuditedOnce() {
    Event event = ParticipationTest.conference();
    Person canciller = ParticipationTest.canciller();
    Participation registered =
        registrations.registerPerson(
            event, canciller, null, null, ParticipationRole.SPEAKER, AttendanceState.REGISTERED);

    ChangeAuthor.actingAs("ana", () -> registrations.checkIn(registered.code().toLowerCase()));
    ChangeAuthor.actingAs("luis", () -> registrations.checkIn(registered.code()));

    assertThat(registered.checkedInBy()).contains("ana");
    assertThat(registered.checkedInAt()).contains(Instant.parse("2024-09-25T15:00:00Z"));
    assertThat(trail.all())
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("participation.registered", "system"),
            org.assertj.core.groups.Tuple.tuple("participation.checkedIn", "ana"));
  }

  @Test
  void anUnknownCodeIsRefused() {
    assertThatThrownBy(() -> registrations.checkIn("ZZZZ9999"))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("participation.code.unknown");
    assertThatThrownBy(() -> registrations.checkIn("not a code")).isInstanceOf(RuleViolation.class);
  }

  @Test
  void everyParticipantGetsADifferentCode() {
    Event event = ParticipationTest.conference();
    for (int i = 0; i < 50; i++) {
      registrations.registerDelegation(
          event, ParticipationTest.IGM, 2, ParticipationRole.DELEGATE, AttendanceState.REGISTERED);
    }
    assertThat(participations.all).extracting(Participation::code).doesNotHaveDuplicates();
  }
}
