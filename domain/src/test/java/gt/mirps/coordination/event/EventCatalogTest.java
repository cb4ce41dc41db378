package gt.mirps.coordination.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.shared.RuleViolation;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

  private final InMemoryEvents events = new InMemoryEvents();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final EventCatalog catalog = new EventCatalog(events, new Auditor(trail));

  private static Event edition(String edition, int year) {
    Event event =
        new Event(
            edition + " Conferencia Nacional de Ciudades Solidarias",
            EventKind.CONFERENCE,
            LocalDateTime.of(year, 9, 25, 9, 0),
            LocalDateTime.of(year, 9, 26, 17, 0));
    event.partOfSeries("Conferencia Nacional de Ciudades Solidarias", edition);
    return event;
  }

  @Test
  void recordsDifferentEditionsOfASeries() {
    catalog.record(edition("I", 2023));
    catalog.record(edition("II", 2024));

    assertThat(events.count()).isEqualTo(2);
    assertThat(trail.all()).extracting(AuditEntry::action).containsOnly("event.recorded");
    assertThat(catalog.findEdition("Conferencia Nacional de Ciudades Solidarias", "II"))
        .get()
        .extracting(Event::title)
        .isEqualTo("II Conferencia Nacional de Ciudades Solidarias");
  }

  @Test
  void refusesTheSameEditionTwice() {
    catalog.record(edition("II", 2024));

    assertThatThrownBy(() -> catalog.record(edition("II", 2025)))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("event.series.duplicateEdition");
    assertThat(events.count()).isEqualTo(1);
  }

  @Test
  void latestListsTheNewestFirst() {
    catalog.record(edition("I", 2023));
    catalog.record(edition("III", 2025));
    catalog.record(edition("II", 2024));

    assertThat(catalog.latest(2))
        .extracting(e -> e.edition().orElseThrow())
        .containsExactly("III", "II");
  }
}
