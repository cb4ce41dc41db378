package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.commitment.JpaCommitments;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.JpaEvents;
import gt.mirps.coordination.participation.JpaParticipations;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.tag.JpaTags;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.tag.TagDirectory;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The team's editor form saved at once against the real database. */
class AnnouncementRevisionJpaTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private AnnouncementDesk desk(EntityManager em) {
    AuditTrail trail =
        new AuditTrail() {
          @Override
          public void record(AuditEntry entry) {
            // the audit is checked by the domain's tests
          }

          @Override
          public List<AuditEntry> of(String recordType, long recordId) {
            return List.of();
          }
        };
    Auditor auditor = new Auditor(trail);
    return new AnnouncementDesk(
        new JpaAnnouncementRepository(em),
        new TagDirectory(JpaTags.using(em), auditor),
        JpaEvents.using(em),
        JpaParticipations.using(em),
        JpaCommitments.using(em),
        auditor);
  }

  private <T> T withDesk(Function<AnnouncementDesk, T> work) {
    return database.fromTransaction(em -> work.apply(desk(em)));
  }

  private static AnnouncementContent content(String title) {
    return new AnnouncementContent(
        title, "Guatemala", LocalDate.of(2024, 9, 25), null, "<p>Texto</p>", null);
  }

  @Test
  void aWrittenDraftIsRevisedWithNewTagsAndEventsAndAStaleFormIsRefused() {
    long eventId =
        database.fromTransaction(
            em -> {
              Event event =
                  new Event(
                      "II Conferencia Nacional de Ciudades Solidarias",
                      EventKind.CONFERENCE,
                      LocalDateTime.of(2024, 9, 25, 9, 0),
                      LocalDateTime.of(2024, 9, 26, 17, 0));
              em.persist(event);
              return event.id();
            });
    Announcement written =
        withDesk(d -> d.write(content("Uno"), List.of("Acnur", "Etiqueta nueva"), List.of()));
    long id = written.id();
    long versionRead = written.version();

    Announcement revised =
        withDesk(
            d ->
                d.revise(
                    id, versionRead, content("Dos"), List.of("Etiqueta nueva"), List.of(eventId)));

    Announcement stored = withDesk(d -> d.find(id).orElseThrow());
    assertThat(stored.title()).contains("Dos");
    assertThat(stored.tags()).extracting(Tag::slug).containsExactly("etiqueta-nueva");
    assertThat(stored.relatedEvents()).extracting(Event::id).containsExactly(eventId);
    assertThat(stored.version()).isGreaterThan(versionRead).isEqualTo(revised.version());

    assertThatThrownBy(
            () -> withDesk(d -> d.revise(id, versionRead, content("Tres"), List.of(), List.of())))
        .isInstanceOf(ConcurrentChange.class);
    assertThat(withDesk(d -> d.find(id).orElseThrow()).title()).contains("Dos");
  }
}
