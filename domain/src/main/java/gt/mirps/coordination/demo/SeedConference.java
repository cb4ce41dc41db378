package gt.mirps.coordination.demo;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import java.time.LocalDateTime;

/**
 * The conference of the communiqué that started this project (shared/seed), as demo data. The
 * communiqué gives the days but not the hours; 09:00 to 17:00 is assumed.
 */
final class SeedConference {

  static final String SERIES = "Conferencia Nacional de Ciudades Solidarias";
  static final String EDITION = "II";

  private SeedConference() {}

  static Event event() {
    Event conference =
        new Event(
            "II Conferencia Nacional de Ciudades Solidarias",
            EventKind.CONFERENCE,
            LocalDateTime.of(2024, 9, 25, 9, 0),
            LocalDateTime.of(2024, 9, 26, 17, 0));
    conference.partOfSeries(SERIES, EDITION);
    conference.describe(
        "Promover un intercambio de buenas prácticas con gobiernos locales y el Gobierno central"
            + " para crear la Red de Ciudades Solidarias, en beneficio de la población refugiada"
            + " y en contexto de movilidad humana.",
        "MIRPS");
    conference.locate(null, "Ciudad de Guatemala");
    conference.markHeld();
    return conference;
  }
}
