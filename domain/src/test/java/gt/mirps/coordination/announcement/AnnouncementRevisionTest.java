package gt.mirps.coordination.announcement;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.InMemoryEvents;
import gt.mirps.coordination.shared.TestIds;
import gt.mirps.coordination.tag.InMemoryTags;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.tag.TagDirectory;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team's editor form saved at once, and the team's list of communiqués. */
class AnnouncementRevisionTest {

  private final InMemoryAnnouncements announcements = new InMemoryAnnouncements();
  private final InMemoryTags tags = new InMemoryTags();
  private final InMemoryEvents events = new InMemoryEvents();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final Auditor auditor = new Auditor(trail);
  private final AnnouncementDesk desk =
      new AnnouncementDesk(
          announcements,
          new TagDirectory(tags, auditor),
          events,
          new SeedConferenceRecord.Participations(),
          new SeedConferenceRecord.Commitments(),
          auditor);

  private final Event conference = event(42, "II Conferencia Nacional de Ciudades Solidarias");
  private final Event workshop = event(43, "Taller de gobernanza local");

  private Event event(long id, String title) {
    Event event =
        TestIds.assign(
            new Event(
                title,
                EventKind.CONFERENCE,
                LocalDateTime.of(2024, 9, 25, 9, 0),
                LocalDateTime.of(2024, 9, 26, 17, 0)),
            id);
    events.add(event);
    return event;
  }

  private static AnnouncementContent content(String title, String body) {
    return new AnnouncementContent(
        title, "Guatemala", AnnouncementTest.SEPT_25, "Resumen", body, null);
  }

  @Test
  void aRevisionSavesTextTagsAndEventsAtOnceWithTheBodySanitised() {
    long id = desk.draft(null).id();

    Announcement saved =
        desk.revise(
            id,
            0,
            content("Ciudades Solidarias", "<p>Hola</p><script>alert(1)</script>"),
            List.of("Ciudades Solidarias", "Etiqueta nueva", "ciudades solidarias"),
            List.of(42L, 43L));

    assertThat(saved.title()).contains("Ciudades Solidarias");
    assertThat(saved.body()).contains("<p>Hola</p>");
    assertThat(saved.tags())
        .extracting(Tag::slug)
        .containsExactly("ciudades-solidarias", "etiqueta-nueva");
    assertThat(saved.relatedEvents()).containsExactlyInAnyOrder(conference, workshop);
    assertThat(tags.findBySlug("etiqueta-nueva")).isPresent();
    assertThat(trail.actionsOn(AnnouncementDesk.RECORD_TYPE, id))
        .containsExactly("draft", "edit", "tag", "tag", "relate", "relate");
  }

  @Test
  void aNewDraftIsWrittenAtOnceOrNotAtAll() {
    assertRefused(
        () ->
            desk.write(
                content("Nuevo", "<p>Texto</p>"), List.of("Nueva etiqueta"), List.of(42L, 99L)),
        "announcement.event.notFound");
    assertRefused(
        () ->
            desk.write(
                new AnnouncementContent("Nuevo", null, null, null, null, "ftp://x"),
                List.of(),
                List.of()),
        "announcement.sourceUrl.invalid");
    assertThat(announcements.count()).isZero();
    assertThat(tags.findBySlug("nueva-etiqueta")).isEmpty();

    Announcement written =
        desk.write(
            content("Nuevo", "<p>Texto</p><script>alert(1)</script>"),
            List.of("Nueva etiqueta"),
            List.of(42L));

    assertThat(written.state()).isEqualTo(AnnouncementState.DRAFT);
    assertThat(written.body()).contains("<p>Texto</p>");
    assertThat(written.tags()).extracting(Tag::slug).containsExactly("nueva-etiqueta");
    assertThat(written.relatedEvents()).containsExactly(conference);
    assertThat(trail.actionsOn(AnnouncementDesk.RECORD_TYPE, written.id()))
        .containsExactly("draft", "tag", "relate");
  }

  @Test
  void aRevisionRemovesTheTagsAndEventsNoLongerListed() {
    long id = desk.draft("Uno").id();
    desk.revise(id, 0, content("Uno", "<p>Texto</p>"), List.of("OEA", "Acnur"), List.of(42L, 43L));

    Announcement saved =
        desk.revise(id, 0, content("Uno", "<p>Texto</p>"), List.of("Acnur"), List.of(43L));

    assertThat(saved.tags()).extracting(Tag::slug).containsExactly("acnur");
    assertThat(saved.relatedEvents()).containsExactly(workshop);
    assertThat(trail.actionsOn(AnnouncementDesk.RECORD_TYPE, id))
        .endsWith("edit", "untag", "unrelate");
  }

  @Test
  void aRevisionFromAFormSomeoneElseOvertookChangesNothing() {
    long id = desk.draft("Original").id();

    assertRefused(
        () -> desk.revise(id, 1, content("Pisado", "<p>x</p>"), List.of("Nueva"), List.of(42L)),
        "record.changedByOther");
    assertRefused(() -> desk.edit(id, 1, content("Pisado", "<p>x</p>")), "record.changedByOther");

    Announcement kept = desk.find(id).orElseThrow();
    assertThat(kept.title()).contains("Original");
    assertThat(kept.tags()).isEmpty();
    assertThat(kept.relatedEvents()).isEmpty();
    assertThat(tags.findBySlug("nueva")).isEmpty();
  }

  @Test
  void aRevisionWithAnUnknownEventOrABadTagChangesNothing() {
    long id = desk.draft("Original").id();

    assertRefused(
        () -> desk.revise(id, 0, content("Otro", "<p>x</p>"), List.of("Nueva"), List.of(99L)),
        "announcement.event.notFound");
    assertRefused(
        () -> desk.revise(id, 0, content("Otro", "<p>x</p>"), List.of("Nueva", "¡!"), List.of()),
        "tag.label.noSlug");

    Announcement kept = desk.find(id).orElseThrow();
    assertThat(kept.title()).contains("Original");
    assertThat(kept.tags()).isEmpty();
    assertThat(tags.findBySlug("nueva")).isEmpty();
  }

  @Test
  void onlyADraftIsRevised() {
    long id = desk.draft("Uno").id();
    desk.edit(id, 0, content("Uno", "<p>Texto</p>"));
    desk.submit(id);

    assertRefused(
        () -> desk.revise(id, 0, content("Dos", "<p>x</p>"), List.of(), List.of()),
        "announcement.notEditable");
    assertRefused(
        () -> desk.attach(id, 0, "datos.csv", "text/csv", "a,b\n1,2\n".getBytes()),
        "announcement.notEditable");
  }

  @Test
  void aFileIsAttachedOnlyFromTheVersionRead() {
    long id = desk.draft("Uno").id();

    assertRefused(
        () -> desk.attach(id, 3, "datos.csv", "text/csv", "a,b\n1,2\n".getBytes()),
        "record.changedByOther");
    desk.attach(id, 0, "datos.csv", "text/csv", "a,b\n1,2\n".getBytes());
    assertRefused(() -> desk.detach(id, 3, 0L), "record.changedByOther");

    assertThat(desk.find(id).orElseThrow().attachments())
        .extracting(Attachment::fileName)
        .containsExactly("datos.csv");
  }

  @Test
  void theTeamsListFiltersByStateAndWordsInAnyStateAndSorts() {
    long draft = desk.draft("Migración en Esquipulas").id();
    long other = desk.draft("Reunión con la OEA").id();
    desk.edit(other, 0, content("Reunión con la OEA", "<p>Texto</p>"));
    desk.submit(other);

    assertThat(
            desk.list(
                new AnnouncementFilter(null, "MIGRACION"), AnnouncementSort.TITLE, true, 0, 10))
        .extracting(Announcement::id)
        .containsExactly(draft);
    assertThat(
            desk.list(
                new AnnouncementFilter(AnnouncementState.IN_REVIEW, null),
                AnnouncementSort.TITLE,
                true,
                0,
                10))
        .extracting(Announcement::id)
        .containsExactly(other);
    assertThat(desk.list(AnnouncementFilter.ALL, AnnouncementSort.TITLE, false, 0, 10))
        .extracting(Announcement::id)
        .containsExactly(other, draft);
    assertThat(desk.list(AnnouncementFilter.ALL, AnnouncementSort.TITLE, true, 1, 1))
        .extracting(Announcement::id)
        .containsExactly(other);
    assertThat(desk.count(new AnnouncementFilter(AnnouncementState.DRAFT, "esquipulas")))
        .isEqualTo(1);
    assertThat(desk.count(new AnnouncementFilter(AnnouncementState.PUBLISHED, null))).isZero();
  }
}
