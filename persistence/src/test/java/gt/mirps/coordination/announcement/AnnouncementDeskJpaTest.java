package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.commitment.JpaCommitments;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.JpaEvents;
import gt.mirps.coordination.participation.JpaParticipations;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.tag.JpaTags;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.tag.TagDirectory;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The communiqué use cases against the real database, from draft to archive. */
class AnnouncementDeskJpaTest {

  private static final Instant NOON = Instant.parse("2024-09-25T18:00:00Z");

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  /**
   * Audit entries are kept in a list here: the audit_entry table's "at" column is a reserved word
   * in Derby that EclipseLink does not quote, so entries cannot be persisted yet (see the report).
   */
  private final List<AuditEntry> audited = new ArrayList<>();

  private AnnouncementDesk desk(EntityManager em) {
    AuditTrail trail =
        new AuditTrail() {
          @Override
          public void record(AuditEntry entry) {
            audited.add(entry);
          }

          @Override
          public List<AuditEntry> of(String recordType, long recordId) {
            return audited.stream()
                .filter(e -> e.recordType().equals(recordType) && e.recordId() == recordId)
                .toList();
          }
        };
    Clock clock = Clock.fixed(NOON, ZoneOffset.UTC);
    Auditor auditor = new Auditor(trail, clock);
    return new AnnouncementDesk(
        new JpaAnnouncementRepository(em),
        new TagDirectory(JpaTags.using(em), auditor),
        JpaEvents.using(em),
        JpaParticipations.using(em),
        JpaCommitments.using(em),
        auditor,
        clock);
  }

  private <T> T withDesk(Function<AnnouncementDesk, T> work) {
    return database.fromTransaction(em -> work.apply(desk(em)));
  }

  private long readyForReview(String title) {
    return withDesk(
        desk -> {
          long id = desk.draft(title).id();
          desk.edit(
              id,
              new AnnouncementContent(
                  title,
                  "Guatemala",
                  LocalDate.of(2024, 9, 25),
                  null,
                  "<p>Texto del comunicado.</p>",
                  null));
          desk.submit(id);
          return id;
        });
  }

  @Test
  void aCommuniqueGoesFromDraftToArchiveAndEveryStepIsAudited() {
    long eventId =
        database.fromTransaction(
            em -> {
              Event conference =
                  new Event(
                      "II Conferencia Nacional de Ciudades Solidarias",
                      EventKind.CONFERENCE,
                      LocalDateTime.of(2024, 9, 25, 9, 0),
                      LocalDateTime.of(2024, 9, 26, 17, 0));
              em.persist(conference);
              return conference.id();
            });
    long id = withDesk(desk -> desk.draft("Autoridades del MINEX participan").id());
    withDesk(
        desk -> {
          desk.edit(
              id,
              new AnnouncementContent(
                  "Autoridades del MINEX participan en la II Conferencia",
                  "Guatemala",
                  LocalDate.of(2024, 9, 25),
                  null,
                  "<p>El Canciller participó.<script>x()</script></p>",
                  "http://209.126.109.93/comunicado/autoridades"));
          desk.tag(id, "Ciudades Solidarias");
          desk.tag(id, "Carlos Ramiro Martínez");
          desk.relate(id, eventId);
          return desk.attach(
              id,
              "municipios.csv",
              "text/csv",
              "municipio\nFlores\n".getBytes(StandardCharsets.UTF_8));
        });
    withDesk(desk -> desk.submit(id));
    withDesk(desk -> desk.returnToDraft(id, "Agregar a la OEA"));
    withDesk(desk -> desk.tag(id, "OEA"));
    withDesk(desk -> desk.submit(id));
    ChangeAuthor.actingAs("ana.lopez", () -> withDesk(desk -> desk.publish(id)));

    Announcement published =
        withDesk(
                desk -> desk.findPublished("autoridades-del-minex-participan-en-la-ii-conferencia"))
            .orElseThrow();
    assertThat(published.body()).contains("<p>El Canciller participó.</p>");
    assertThat(published.publishedBy()).contains("ana.lopez");
    assertThat(published.publishedAt()).contains(NOON);
    assertThat(published.reviewComment()).contains("Agregar a la OEA");
    assertThat(published.tags())
        .extracting(Tag::slug)
        .containsExactly("ciudades-solidarias", "carlos-ramiro-martinez", "oea");

    withDesk(desk -> desk.archive(id));

    List<AuditEntry> trail =
        audited.stream()
            .filter(e -> e.recordType().equals(AnnouncementDesk.RECORD_TYPE) && e.recordId() == id)
            .toList();
    assertThat(trail)
        .extracting(AuditEntry::action)
        .containsExactly(
            "draft", "edit", "tag", "tag", "relate", "attach", "submit", "return", "tag", "submit",
            "publish", "archive");
    assertThat(trail)
        .filteredOn(e -> e.action().equals("publish"))
        .extracting(AuditEntry::actor, e -> e.detail().orElseThrow())
        .containsExactly(
            tuple("ana.lopez", "autoridades-del-minex-participan-en-la-ii-conferencia"));
    Optional<Announcement> afterArchive =
        withDesk(
            desk -> desk.findPublished("autoridades-del-minex-participan-en-la-ii-conferencia"));
    assertThat(afterArchive).isEmpty();
  }

  @Test
  void theSameTitleGetsNumberedSlugs() {
    long first = readyForReview("Comunicado de prensa");
    long second = readyForReview("Comunicado de prensa");
    long third = readyForReview("Comunicado de prensa");

    withDesk(desk -> desk.publish(first));
    withDesk(desk -> desk.publish(second));
    withDesk(desk -> desk.publish(third));

    List<String> slugs =
        withDesk(
            desk ->
                desk.published(0, 10).items().stream().map(a -> a.slug().orElseThrow()).toList());
    assertThat(slugs)
        .containsExactlyInAnyOrder(
            "comunicado-de-prensa", "comunicado-de-prensa-2", "comunicado-de-prensa-3");
  }

  @Test
  void taggingWithTheSameSlugReusesTheTag() {
    long first = withDesk(desk -> desk.draft("Uno").id());
    long second = withDesk(desk -> desk.draft("Dos").id());

    withDesk(desk -> desk.tag(first, "Acnur"));
    withDesk(desk -> desk.tag(second, "ACNUR"));

    long tags =
        database.fromTransaction(
            em -> em.createQuery("select count(t) from Tag t", Long.class).getSingleResult());
    assertThat(tags).isEqualTo(1);
    String label = withDesk(desk -> desk.find(second).orElseThrow().tags().get(0).label());
    assertThat(label).isEqualTo("Acnur");
  }
}
