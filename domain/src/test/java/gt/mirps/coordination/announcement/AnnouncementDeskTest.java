package gt.mirps.coordination.announcement;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.InMemoryEvents;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.TestIds;
import gt.mirps.coordination.tag.InMemoryTags;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.tag.TagDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AnnouncementDeskTest {

  private static final Instant NOON = Instant.parse("2024-09-25T18:00:00Z");

  private final InMemoryAnnouncements announcements = new InMemoryAnnouncements();
  private final InMemoryTags tags = new InMemoryTags();
  private final InMemoryEvents events = new InMemoryEvents();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final MutableClock clock = new MutableClock(NOON);
  private final Auditor auditor = new Auditor(trail, clock);
  private final AnnouncementDesk desk =
      new AnnouncementDesk(
          announcements,
          new TagDirectory(tags, auditor),
          events,
          new SeedConferenceRecord.Participations(),
          new SeedConferenceRecord.Commitments(),
          auditor,
          clock);

  private long readyForReview(String title) {
    long id = desk.draft(title).id();
    desk.edit(
        id,
        new AnnouncementContent(
            title, "Guatemala", AnnouncementTest.SEPT_25, null, AnnouncementTest.BODY, null));
    desk.submit(id);
    return id;
  }

  private long publishedAt(String title, Instant at, String... tagLabels) {
    long id = desk.draft(title).id();
    desk.edit(
        id,
        new AnnouncementContent(
            title, "Guatemala", AnnouncementTest.SEPT_25, null, AnnouncementTest.BODY, null));
    for (String label : tagLabels) {
      desk.tag(id, label);
    }
    desk.submit(id);
    clock.set(at);
    desk.publish(id);
    return id;
  }

  @Test
  void theSearchFindsPublishedCommuniquesByWordsWithoutAccentsTagAndYear() {
    long migration = publishedAt("Migración y refugio en Esquipulas", NOON, "Acnur");
    long other = publishedAt("Reunión con la OEA", NOON.plusSeconds(60), "OEA");
    long draft = desk.draft("Migración en borrador").id();

    assertThat(desk.search(new PublicSearch("MIGRACION esquipulas", null, null), 0, 10).items())
        .extracting(Announcement::id)
        .containsExactly(migration);
    assertThat(desk.search(new PublicSearch("acnur", null, null), 0, 10).items())
        .extracting(Announcement::id)
        .containsExactly(migration);
    assertThat(desk.search(new PublicSearch(null, "oea", 2024), 0, 10).items())
        .extracting(Announcement::id)
        .containsExactly(other);
    assertThat(desk.search(new PublicSearch(null, null, 2023), 0, 10).total()).isZero();
    AnnouncementPage all = desk.search(PublicSearch.ALL, 0, 1);
    assertThat(all.total()).isEqualTo(2);
    assertThat(all.items()).extracting(Announcement::id).containsExactly(other);
    assertThat(all.items()).extracting(Announcement::id).doesNotContain(draft);
  }

  @Test
  void theSearchKeyFollowsTheTextAndTags() {
    Announcement a = new Announcement("Título");
    a.rewrite(
        new AnnouncementContent(
            "Título ÚNICO", "Guatemala", null, "Entrada", "<p>Cuerpo <b>del</b> texto</p>", null));
    a.tag(new gt.mirps.coordination.tag.Tag("Movilidad humana"));

    assertThat(a.searchKey())
        .contains("titulo unico", "entrada", "cuerpo", "del", "movilidad humana");
    assertThat(a.searchKey()).doesNotContain("<p>", "<b>");
    a.untag("movilidad-humana");
    assertThat(a.searchKey()).doesNotContain("movilidad");
    assertThat(new PublicSearch("  Título   único título ", null, null).words())
        .containsExactly("titulo", "unico");
  }

  private java.util.List<String> actionsOn(long id) {
    return trail.actionsOn(AnnouncementDesk.RECORD_TYPE, id);
  }

  @Test
  void draftingIsAudited() {
    Announcement draft = desk.draft("Comunicado");

    assertThat(announcements.count()).isEqualTo(1);
    assertThat(trail.of(AnnouncementDesk.RECORD_TYPE, draft.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("draft");
              assertThat(e.detail()).contains("Comunicado");
              assertThat(e.at()).isEqualTo(NOON);
            });
  }

  @Test
  void editingIsAuditedAndSanitisesTheBody() {
    long id = desk.draft(null).id();

    Announcement edited =
        desk.edit(
            id,
            new AnnouncementContent(
                "Título", "Guatemala", null, null, "<p>Hola<script>x()</script></p>", null));

    assertThat(edited.body()).contains("<p>Hola</p>");
    assertThat(actionsOn(id)).containsExactly("draft", "edit");
  }

  @Test
  void anUnknownCommuniqueIsRefused() {
    assertRefused(() -> desk.edit(99, AnnouncementTest.complete()), "announcement.notFound");
    assertRefused(() -> desk.submit(99), "announcement.notFound");
  }

  @Test
  void attachingIsAuditedWithTheDigest() {
    long id = desk.draft("Comunicado").id();

    Attachment attachment = desk.attach(id, "municipios.csv", "text/csv", SampleFiles.csv());

    assertThat(desk.find(id).orElseThrow().attachments()).containsExactly(attachment);
    AuditEntry entry = trail.of(AnnouncementDesk.RECORD_TYPE, id).get(1);
    assertThat(entry.action()).isEqualTo("attach");
    assertThat(entry.detail().orElseThrow())
        .contains("municipios.csv", "text/csv", attachment.sha256());
  }

  @Test
  void detachingIsAudited() {
    long id = desk.draft("Comunicado").id();
    Attachment attachment = desk.attach(id, "municipios.csv", "text/csv", SampleFiles.csv());
    TestIds.assign(attachment, 5);

    desk.detach(id, 5);

    assertThat(desk.find(id).orElseThrow().attachments()).isEmpty();
    assertThat(actionsOn(id)).containsExactly("draft", "attach", "detach");
  }

  @Test
  void taggingFindsOrCreatesTheTagBySlug() {
    long first = desk.draft("Uno").id();
    long second = desk.draft("Dos").id();

    Tag acnur = desk.tag(first, "Acnur");
    Tag again = desk.tag(second, "ACNUR");
    desk.tag(second, "acnúr");

    assertThat(again).isSameAs(acnur);
    assertThat(tags.size()).isEqualTo(1);
    assertThat(desk.find(second).orElseThrow().tags()).containsExactly(acnur);
    assertThat(actionsOn(second)).containsExactly("draft", "tag");
    assertThat(trail.actionsOn(TagDirectory.RECORD_TYPE, acnur.id())).containsExactly("create");
  }

  @Test
  void taggingAPublishedCommuniqueIsRefusedBeforeAnyTagIsCreated() {
    long id = readyForReview("Comunicado");
    desk.publish(id);

    assertRefused(() -> desk.tag(id, "Refugiados"), "announcement.notEditable");

    assertThat(tags.size()).isZero();
    assertThat(actionsOn(id)).containsExactly("draft", "edit", "submit", "publish");
  }

  @Test
  void untaggingIsAudited() {
    long id = desk.draft("Uno").id();
    desk.tag(id, "OEA");

    desk.untag(id, "oea");
    desk.untag(id, "oea");

    assertThat(desk.find(id).orElseThrow().tags()).isEmpty();
    assertThat(actionsOn(id)).containsExactly("draft", "tag", "untag");
  }

  @Test
  void relatingAnEventIsAuditedAndAnUnknownEventRefused() {
    Event conference =
        TestIds.assign(
            new Event(
                "II Conferencia Nacional de Ciudades Solidarias",
                EventKind.CONFERENCE,
                LocalDateTime.of(2024, 9, 25, 9, 0),
                LocalDateTime.of(2024, 9, 26, 17, 0)),
            42);
    events.add(conference);
    long id = desk.draft("Uno").id();

    desk.relate(id, 42);
    assertRefused(() -> desk.relate(id, 43), "announcement.event.notFound");

    assertThat(desk.find(id).orElseThrow().relatedEvents()).containsExactly(conference);
    desk.unrelate(id, 42);
    assertThat(desk.find(id).orElseThrow().relatedEvents()).isEmpty();
    assertThat(actionsOn(id)).containsExactly("draft", "relate", "unrelate");
  }

  @Test
  void theWholeLifeIsAudited() {
    long id = readyForReview("Comunicado");

    desk.returnToDraft(id, "Falta la fecha");
    desk.submit(id);
    desk.publish(id);
    desk.archive(id);

    assertThat(actionsOn(id))
        .containsExactly("draft", "edit", "submit", "return", "submit", "publish", "archive");
    assertThat(trail.of(AnnouncementDesk.RECORD_TYPE, id).get(3).detail())
        .contains("Falta la fecha");
  }

  @Test
  void returningWithoutACommentIsRefusedAndNotAudited() {
    long id = readyForReview("Comunicado");

    assertRefused(() -> desk.returnToDraft(id, " "), "announcement.reviewComment.required");

    assertThat(actionsOn(id)).containsExactly("draft", "edit", "submit");
  }

  @Test
  void publishingRecordsTheActingUserAndTheTime() {
    long id = readyForReview("Comunicado");

    ChangeAuthor.actingAs("ana.lopez", () -> desk.publish(id));

    Announcement published = desk.find(id).orElseThrow();
    assertThat(published.publishedBy()).contains("ana.lopez");
    assertThat(published.publishedAt()).contains(NOON);
    assertThat(published.slug()).contains("comunicado");
    assertThat(trail.of(AnnouncementDesk.RECORD_TYPE, id).get(3).actor()).isEqualTo("ana.lopez");
  }

  @Test
  void publishingWithoutABodyIsRefusedAndNotAudited() {
    long id = desk.draft("Comunicado").id();
    desk.submit(id);

    assertRefused(() -> desk.publish(id), "announcement.dateline.required");

    assertThat(desk.find(id).orElseThrow().slug()).isEmpty();
    assertThat(actionsOn(id)).containsExactly("draft", "submit");
  }

  @Test
  void aTakenSlugGetsANumber() {
    long first = readyForReview("Comunicado de prensa");
    long second = readyForReview("Comunicado de prensa");
    long third = readyForReview("Comunicado  de  PRENSA");

    desk.publish(first);
    desk.publish(second);
    desk.publish(third);

    assertThat(desk.find(first).orElseThrow().slug()).contains("comunicado-de-prensa");
    assertThat(desk.find(second).orElseThrow().slug()).contains("comunicado-de-prensa-2");
    assertThat(desk.find(third).orElseThrow().slug()).contains("comunicado-de-prensa-3");
  }

  @Test
  void anArchivedCommuniqueKeepsItsSlugTaken() {
    long first = readyForReview("Comunicado");
    desk.publish(first);
    desk.archive(first);
    long second = readyForReview("Comunicado");

    desk.publish(second);

    assertThat(desk.find(second).orElseThrow().slug()).contains("comunicado-2");
  }

  @Test
  void findPublishedFindsOnlyPublishedCommuniques() {
    long id = readyForReview("Comunicado");
    desk.publish(id);

    assertThat(desk.findPublished("comunicado")).isPresent();
    desk.archive(id);
    assertThat(desk.findPublished("comunicado")).isEmpty();
    assertThat(announcements.findBySlug("comunicado")).isPresent();
  }

  @Test
  void thePublishedListIsNewestFirstInPages() {
    publishedAt("Uno", NOON);
    publishedAt("Tres", NOON.plusSeconds(7200));
    publishedAt("Dos", NOON.plusSeconds(3600));
    readyForReview("Borrador");

    AnnouncementPage first = desk.published(0, 2);
    AnnouncementPage second = desk.published(1, 2);

    assertThat(first.items())
        .extracting(a -> a.title().orElseThrow())
        .containsExactly("Tres", "Dos");
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.pageCount()).isEqualTo(2);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.hasPrevious()).isFalse();
    assertThat(second.items()).extracting(a -> a.title().orElseThrow()).containsExactly("Uno");
    assertThat(second.hasNext()).isFalse();
  }

  @Test
  void thePublishedListCanBeFilteredByTag() {
    publishedAt("Uno", NOON, "Acnur", "OEA");
    publishedAt("Dos", NOON.plusSeconds(60), "OEA");
    publishedAt("Tres", NOON.plusSeconds(120), "migración");

    AnnouncementPage oea = desk.publishedWithTag("oea", 0, 10);

    assertThat(oea.items()).extracting(a -> a.title().orElseThrow()).containsExactly("Dos", "Uno");
    assertThat(oea.total()).isEqualTo(2);
    assertThat(desk.publishedWithTag("refugiados", 0, 10).items()).isEmpty();
  }

  @Test
  void unreasonablePagesAreRefused() {
    assertThatThrownBy(() -> desk.published(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> desk.published(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> desk.published(0, AnnouncementDesk.PAGE_SIZE_MAX + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A clock the test can move. */
  private static final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void set(Instant instant) {
      now.set(instant);
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
