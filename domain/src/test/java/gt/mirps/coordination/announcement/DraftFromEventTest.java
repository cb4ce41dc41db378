package gt.mirps.coordination.announcement;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.InMemoryEvents;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.tag.InMemoryTags;
import gt.mirps.coordination.tag.TagDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DraftFromEventTest {

  private final SeedConferenceRecord seed = new SeedConferenceRecord();
  private final InMemoryAnnouncements announcements = new InMemoryAnnouncements();
  private final InMemoryEvents events = new InMemoryEvents();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final Auditor auditor =
      new Auditor(trail, Clock.fixed(Instant.parse("2024-09-27T15:00:00Z"), ZoneOffset.UTC));
  private final AnnouncementDesk desk =
      new AnnouncementDesk(
          announcements,
          new TagDirectory(new InMemoryTags(), auditor),
          events,
          seed.participations,
          seed.commitments,
          auditor);

  @Test
  void aDraftFromTheConferenceIsANewDraftRelatedToItAndAudited() {
    events.add(seed.conference);
    // more participants than one read takes, so that every page is read
    for (int i = 0; i < AnnouncementDesk.PARTICIPANTS_PER_READ; i++) {
      seed.delegationAttended(
          seed.institution(
              "Municipalidad número " + i,
              null,
              gt.mirps.coordination.institution.InstitutionKind.OTHER));
    }
    long eventId = seed.conference.id();

    Announcement draft = desk.draftFromEvent(eventId);

    assertThat(draft.id()).isNotNull();
    assertThat(draft.state()).isEqualTo(AnnouncementState.DRAFT);
    assertThat(draft.relatedEvents()).containsExactly(seed.conference);
    assertThat(draft.title()).hasValueSatisfying(t -> assertThat(t).contains("Canciller"));
    assertThat(draft.datelinePlace()).hasValue("Guatemala");
    assertThat(draft.datelineDate()).hasValue(LocalDate.of(2024, 9, 25));
    assertThat(draft.body())
        .hasValueSatisfying(
            body ->
                assertThat(body)
                    .contains("Karin Herrera")
                    .contains("Vicepresidenta de la República")
                    .contains("el Canciller Carlos Ramiro Martínez")
                    .contains("organizada por el Alto Comisionado")
                    .contains("(ACNUR)")
                    .contains("el 25 y 26 de septiembre de 2024")
                    .contains((14 + AnnouncementDesk.PARTICIPANTS_PER_READ) + " personas"));
    AuditEntry entry = trail.of(AnnouncementDesk.RECORD_TYPE, draft.id()).get(0);
    assertThat(entry.action()).isEqualTo("draft");
    assertThat(entry.detail())
        .hasValueSatisfying(d -> assertThat(d).startsWith("from Event " + eventId));
    assertThat(announcements.find(draft.id())).contains(draft);
  }

  @Test
  void aCancelledOrUnknownEventGivesNoDraft() {
    Event cancelled =
        events.add(
            new Event(
                "Taller cancelado",
                EventKind.WORKSHOP,
                LocalDateTime.of(2025, 5, 5, 9, 0),
                LocalDateTime.of(2025, 5, 5, 12, 0)));
    cancelled.cancel();

    assertRefused(() -> desk.draftFromEvent(cancelled.id()), "announcement.draft.eventCancelled");
    assertRefused(() -> desk.draftFromEvent(424242L), "announcement.event.notFound");
    assertThat(trail.all()).isEmpty();
  }

  @Test
  void aSpeakerWithoutConsentIsSpokenOfByPositionOnly() {
    seed.canciller.consentToPublicLists(false);
    events.add(seed.conference);

    String body = desk.draftFromEvent(seed.conference.id()).body().orElseThrow();

    assertThat(body)
        .doesNotContain("Carlos Ramiro Martínez")
        .contains("intervino el Canciller.")
        .contains("el Canciller, del Ministerio de Relaciones Exteriores (MINEX), como ponente");
    assertThat(seed.participations.all).anyMatch(p -> p.role() == ParticipationRole.SPEAKER);
  }
}
