package gt.mirps.coordination.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Country;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSessionTest {

  static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);
  static final LocalDateTime START = LocalDateTime.of(2024, 9, 25, 9, 0);
  static final LocalDateTime END = LocalDateTime.of(2024, 9, 26, 17, 0);

  static Event conference() {
    return new Event("II Conferencia", EventKind.CONFERENCE, START, END);
  }

  static String key(Throwable e) {
    return ((RuleViolation) e).messageKey();
  }

  @Test
  void aSessionWithinTheEventKeepsItsSpeakersInOrder() {
    Event event = conference();
    Person canciller = new Person("Carlos Ramiro Martínez");
    Person representante = new Person("Besem Obenson");

    EventSession session =
        event.addSession(
            "La importancia de la creación de la Red Nacional de Ciudades Solidarias",
            START.plusHours(1),
            START.plusHours(2),
            List.of(canciller, representante));

    assertThat(event.sessions()).containsExactly(session);
    assertThat(session.speakers()).containsExactly(canciller, representante);
  }

  @Test
  void aSessionOutsideTheEventsDatesIsRefused() {
    Event event = conference();
    assertThatThrownBy(
            () -> event.addSession("Antes", START.minusHours(1), START.plusHours(1), List.of()))
        .extracting(EventSessionTest::key)
        .isEqualTo("session.dates.outsideEvent");
    assertThatThrownBy(() -> event.addSession("Después", END, END.plusMinutes(1), List.of()))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(
            () -> event.addSession("Al revés", START.plusHours(2), START.plusHours(1), List.of()))
        .extracting(EventSessionTest::key)
        .isEqualTo("session.dates.endBeforeStart");
    assertThat(event.sessions()).isEmpty();
  }

  @Test
  void theSameSpeakerTwiceIsRefused() {
    Event event = conference();
    Person canciller = new Person("Carlos Ramiro Martínez");
    assertThatThrownBy(
            () ->
                event.addSession("Panel", START, START.plusHours(1), List.of(canciller, canciller)))
        .extracting(EventSessionTest::key)
        .isEqualTo("session.speakers.duplicate");
  }

  @Test
  void theEventCannotBeMovedAwayFromItsSessions() {
    Event event = conference();
    event.addSession("Cierre", END.minusHours(1), END, List.of());

    assertThatThrownBy(() -> event.reschedule(START, END.minusHours(2)))
        .extracting(EventSessionTest::key)
        .isEqualTo("event.dates.sessionOutside");
    assertThat(event.endsAt()).isEqualTo(END);
    event.reschedule(START.minusDays(1), END);
    assertThat(event.startsAt()).isEqualTo(START.minusDays(1));
  }

  @Test
  void anInstitutionIsEitherOrganiserOrCoOrganiser() {
    Event event = conference();
    Institution acnur = new Institution("ACNUR", InstitutionKind.UN_AGENCY, GUATEMALA, null);
    Institution minex = new Institution("MINEX", InstitutionKind.MINISTRY, GUATEMALA, null);
    event.organisedBy(acnur);
    event.coOrganisedBy(minex);

    assertThat(event.organisers()).containsExactly(acnur);
    assertThat(event.coOrganisers()).containsExactly(minex);
    assertThatThrownBy(() -> event.coOrganisedBy(acnur))
        .extracting(EventSessionTest::key)
        .isEqualTo("event.organiser.both");
  }
}
