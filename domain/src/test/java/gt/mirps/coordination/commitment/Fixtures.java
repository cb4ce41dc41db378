package gt.mirps.coordination.commitment;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.territory.Country;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Institutions, events and commitments for the tests, and a way to give them identifiers. */
final class Fixtures {

  static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);

  /**
   * 1 October 2024, 03:00 UTC: still 30 September in Guatemala (UTC−6), already 1 October in UTC.
   */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-01T03:00:00Z"), ZoneOffset.UTC);

  static final LocalDate TODAY_IN_GUATEMALA = LocalDate.of(2024, 9, 30);

  private Fixtures() {}

  static Institution institution(String name) {
    return new Institution(name, InstitutionKind.MINISTRY, GUATEMALA, null);
  }

  static Institution institution(String name, long id) {
    return withId(institution(name), id);
  }

  static Event conference(long id) {
    return withId(
        new Event(
            "II Conferencia Nacional de Ciudades Solidarias",
            EventKind.CONFERENCE,
            LocalDateTime.of(2024, 9, 25, 9, 0),
            LocalDateTime.of(2024, 9, 26, 17, 0)),
        id);
  }

  static Commitment commitment(Institution submitter) {
    return new Commitment(
        "Abrir una segunda ventanilla de orientación",
        submitter,
        CommitmentType.TECHNICAL,
        ThematicArea.PROTECTION);
  }

  /** Sets the surrogate identifier the database would assign. */
  static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
