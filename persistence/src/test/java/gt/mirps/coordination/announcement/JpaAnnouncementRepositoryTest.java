package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.tag.JpaTags;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.tag.TagRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaAnnouncementRepositoryTest {

  private static final Instant NOON = Instant.parse("2024-09-25T18:00:00Z");
  private static final String BODY =
      "<p>Guatemala, 25 de septiembre de 2024. El <strong>Canciller</strong> Carlos Ramiro Martínez"
          + " participó en la II Conferencia Nacional de Ciudades Solidarias.</p>";
  private static final byte[] CSV =
      "municipio,departamento\nFlores,Petén\nSan Benito,Petén\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] XLS = xls();

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private static byte[] xls() {
    byte[] bytes = new byte[512];
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(ole2, 0, bytes, 0, ole2.length);
    return bytes;
  }

  private static AnnouncementContent content(String title, String body) {
    return new AnnouncementContent(
        title,
        "Guatemala",
        LocalDate.of(2024, 9, 25),
        "Autoridades del MINEX participan en la conferencia.",
        body,
        "http://209.126.109.93/comunicado/autoridades-del-minex");
  }

  /** A tag managed by {@code em}: the stored one with that slug or a new one. */
  static Tag tag(EntityManager em, String label) {
    TagRepository tags = JpaTags.using(em);
    return tags.findBySlug(Tag.slugOf(label)).orElseGet(() -> tags.add(new Tag(label)));
  }

  /** Stores a communiqué published at {@code at} under {@code slug}, tagged with {@code tags}. */
  static long publish(EntityManager em, String title, String slug, Instant at, String... tags) {
    Announcement announcement = new Announcement(title);
    announcement.rewrite(content(title, BODY));
    for (String label : tags) {
      announcement.tag(tag(em, label));
    }
    announcement.submit();
    announcement.publish(slug, "ana.lopez", at);
    return new JpaAnnouncementRepository(em).add(announcement).id();
  }

  private <T> T read(Function<JpaAnnouncementRepository, T> query) {
    return database.fromTransaction(em -> query.apply(new JpaAnnouncementRepository(em)));
  }

  private Optional<Announcement> one(
      Function<JpaAnnouncementRepository, Optional<Announcement>> query) {
    return read(query);
  }

  private List<Announcement> list(Function<JpaAnnouncementRepository, List<Announcement>> query) {
    return read(query);
  }

  private long number(ToLongFunction<JpaAnnouncementRepository> query) {
    return database.fromTransaction(em -> query.applyAsLong(new JpaAnnouncementRepository(em)));
  }

  private static List<String> titles(List<Announcement> announcements) {
    return announcements.stream().map(a -> a.title().orElseThrow()).toList();
  }

  @Test
  void aDraftWithEverythingRoundTripsThroughTheDatabase() {
    String longBody = BODY + "<p>" + "Ciudades Solidarias. ".repeat(3000) + "</p>";
    long id =
        database.fromTransaction(
            em -> {
              Event conference =
                  new Event(
                      "II Conferencia Nacional de Ciudades Solidarias",
                      EventKind.CONFERENCE,
                      LocalDateTime.of(2024, 9, 25, 9, 0),
                      LocalDateTime.of(2024, 9, 26, 17, 0));
              em.persist(conference);
              Announcement announcement = new Announcement(null);
              announcement.rewrite(content("Autoridades del MINEX", longBody));
              announcement.tag(tag(em, "Ciudades Solidarias"));
              announcement.tag(tag(em, "migración"));
              announcement.tag(tag(em, "Carlos Ramiro Martínez"));
              announcement.relateTo(conference);
              announcement.attach("municipios.csv", "text/csv", CSV);
              announcement.attach("municipios.xls", "application/vnd.ms-excel", XLS);
              return new JpaAnnouncementRepository(em).add(announcement).id();
            });

    database.inTransaction(
        em -> {
          Announcement read = new JpaAnnouncementRepository(em).find(id).orElseThrow();
          assertThat(read.state()).isEqualTo(AnnouncementState.DRAFT);
          assertThat(read.title()).contains("Autoridades del MINEX");
          assertThat(read.datelinePlace()).contains("Guatemala");
          assertThat(read.datelineDate()).contains(LocalDate.of(2024, 9, 25));
          assertThat(read.lead()).contains("Autoridades del MINEX participan en la conferencia.");
          assertThat(read.body()).contains(longBody);
          assertThat(read.sourceUrl())
              .contains("http://209.126.109.93/comunicado/autoridades-del-minex");
          assertThat(read.slug()).isEmpty();
          assertThat(read.publishedAt()).isEmpty();
          assertThat(read.tags())
              .extracting(Tag::slug)
              .containsExactly("ciudades-solidarias", "migracion", "carlos-ramiro-martinez");
          assertThat(read.relatedEvents())
              .extracting(Event::title)
              .containsExactly("II Conferencia Nacional de Ciudades Solidarias");
          assertThat(read.attachments())
              .extracting(Attachment::fileName, Attachment::mediaType, Attachment::position)
              .containsExactly(
                  tuple("municipios.csv", MediaType.CSV, 0),
                  tuple("municipios.xls", MediaType.XLS, 1));
          assertThat(read.createdBy()).isEqualTo("system");
        });
  }

  @Test
  void anAttachmentsContentRoundTripsWithItsSha256() {
    byte[] large = new byte[3 * 1024 * 1024];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
    for (int i = 9; i < large.length; i++) {
      large[i] = (byte) (i * 31);
    }
    long id =
        database.fromTransaction(
            em -> {
              Announcement announcement = new Announcement("Con archivos");
              announcement.attach("municipios.csv", "text/csv", CSV);
              announcement.attach("informe.pdf", "application/pdf", large);
              return new JpaAnnouncementRepository(em).add(announcement).id();
            });

    List<Attachment> read =
        database.fromTransaction(
            em -> {
              List<Attachment> attachments =
                  new JpaAnnouncementRepository(em).find(id).orElseThrow().attachments();
              attachments.forEach(Attachment::content);
              return attachments;
            });

    assertThat(read).allSatisfy(a -> assertThat(a.id()).isNotNull());
    assertThat(read.get(0).content()).isEqualTo(CSV);
    assertThat(read.get(0).sha256()).isEqualTo(Attachment.sha256Of(CSV));
    assertThat(read.get(0).sizeBytes()).isEqualTo(CSV.length);
    assertThat(read.get(1).content()).isEqualTo(large);
    assertThat(read.get(1).sha256())
        .isEqualTo(Attachment.sha256Of(large))
        .isEqualTo(Attachment.sha256Of(read.get(1).content()));
    assertThat(read.get(1).mediaType()).isEqualTo(MediaType.PDF);
  }

  @Test
  void removingATagOrAFileFromADraftIsStored() {
    long id =
        database.fromTransaction(
            em -> {
              Announcement announcement = new Announcement("Borrador");
              announcement.tag(tag(em, "OEA"));
              announcement.tag(tag(em, "Acnur"));
              announcement.tag(tag(em, "IGM"));
              announcement.attach("municipios.csv", "text/csv", CSV);
              announcement.attach("municipios.xls", "application/vnd.ms-excel", XLS);
              return new JpaAnnouncementRepository(em).add(announcement).id();
            });

    database.inTransaction(
        em -> {
          Announcement announcement = new JpaAnnouncementRepository(em).find(id).orElseThrow();
          announcement.untag("oea");
          announcement.detach(announcement.attachments().get(0).id());
        });

    Announcement read = read(r -> r.find(id).orElseThrow());
    assertThat(read.tags()).extracting(Tag::slug).containsExactly("acnur", "igm");
    assertThat(read.attachments())
        .extracting(Attachment::fileName)
        .containsExactly("municipios.xls");
    long files =
        database.fromTransaction(
            em ->
                em.createQuery("select count(a) from Attachment a", Long.class).getSingleResult());
    assertThat(files).isEqualTo(1);
  }

  @Test
  void searchesPublishedCommuniquesByWordsTagAndYearInTheDatabase() {
    database.inTransaction(
        em -> {
          publish(em, "Migración en Esquipulas", "migracion", NOON, "Acnur");
          publish(em, "Reunión 100% con la OEA", "oea", NOON.plusSeconds(60), "OEA");
          Announcement draft = new Announcement("Migración en borrador");
          draft.rewrite(content("Migración en borrador", BODY));
          new JpaAnnouncementRepository(em).add(draft);
        });

    assertThat(
            this.<List<Announcement>>read(
                r -> r.searchPublished(new PublicSearch("MIGRACION", null, null), 0, 10)))
        .extracting(a -> a.slug().orElseThrow())
        .containsExactly("migracion");
    assertThat(
            this.<List<Announcement>>read(
                r -> r.searchPublished(new PublicSearch("canciller", null, 2024), 0, 10)))
        .extracting(a -> a.slug().orElseThrow())
        .containsExactly("oea", "migracion");
    assertThat(
            this.<List<Announcement>>read(
                r -> r.searchPublished(new PublicSearch("100%", "oea", null), 0, 10)))
        .extracting(a -> a.slug().orElseThrow())
        .containsExactly("oea");
    assertThat(this.<Long>read(r -> r.countPublished(new PublicSearch("migracion", "oea", null))))
        .isZero();
    assertThat(this.<Long>read(r -> r.countPublished(new PublicSearch(null, null, 2023)))).isZero();
    assertThat(this.<Long>read(r -> r.countPublished(new PublicSearch("acnur", "acnur", 2024))))
        .isEqualTo(1);
    assertThat(this.<List<Announcement>>read(r -> r.searchPublished(PublicSearch.ALL, 1, 1)))
        .extracting(a -> a.slug().orElseThrow())
        .containsExactly("migracion");
  }

  @Test
  void findsBySlugInAnyStateOrOnlyWhenPublished() {
    database.inTransaction(
        em -> {
          publish(em, "Publicado", "publicado", NOON);
          long archived = publish(em, "Archivado", "archivado", NOON);
          em.find(Announcement.class, archived).archive();
          new JpaAnnouncementRepository(em).add(new Announcement("Borrador"));
        });

    assertThat(one(r -> r.findBySlug("publicado"))).isPresent();
    assertThat(one(r -> r.findBySlug("archivado")))
        .map(Announcement::state)
        .contains(AnnouncementState.ARCHIVED);
    assertThat(one(r -> r.findBySlug("borrador"))).isEmpty();
    assertThat(one(r -> r.findPublishedBySlug("publicado"))).isPresent();
    assertThat(one(r -> r.findPublishedBySlug("archivado"))).isEmpty();
    assertThat(one(r -> r.findPublishedBySlug("nada"))).isEmpty();
  }

  @Test
  void thePublishedListIsNewestFirstInPagesWithTags() {
    database.inTransaction(
        em -> {
          publish(em, "Uno", "uno", NOON, "Acnur");
          publish(em, "Tres", "tres", NOON.plusSeconds(7200), "OEA", "Acnur");
          publish(em, "Dos", "dos", NOON.plusSeconds(3600));
          long archived = publish(em, "Archivado", "archivado", NOON.plusSeconds(9000));
          em.find(Announcement.class, archived).archive();
          Announcement inReview = new Announcement("En revisión");
          inReview.submit();
          em.persist(inReview);
          em.persist(new Announcement("Borrador"));
        });

    List<Announcement> first = read(r -> r.published(0, 2));
    List<Announcement> second = read(r -> r.published(1, 2));
    List<Announcement> third = read(r -> r.published(2, 2));

    assertThat(titles(first)).containsExactly("Tres", "Dos");
    assertThat(first.get(0).tags()).extracting(Tag::slug).containsExactly("oea", "acnur");
    assertThat(first.get(1).tags()).isEmpty();
    assertThat(titles(second)).containsExactly("Uno");
    assertThat(third).isEmpty();
    assertThat(number(JpaAnnouncementRepository::countPublished)).isEqualTo(3);
    assertThat(number(JpaAnnouncementRepository::count)).isEqualTo(6);
  }

  @Test
  void announcementsPublishedAtTheSameMomentComeNewestIdFirst() {
    List<Long> ids =
        database.fromTransaction(
            em ->
                List.of(
                    publish(em, "A", "a", NOON),
                    publish(em, "B", "b", NOON),
                    publish(em, "C", "c", NOON)));

    List<Announcement> page = read(r -> r.published(0, 10));

    assertThat(page)
        .extracting(Announcement::id)
        .containsExactly(ids.get(2), ids.get(1), ids.get(0));
  }

  @Test
  void thePublishedListCanBeFilteredByTag() {
    database.inTransaction(
        em -> {
          publish(em, "Uno", "uno", NOON, "Acnur", "OEA");
          publish(em, "Dos", "dos", NOON.plusSeconds(60), "OEA");
          publish(em, "Tres", "tres", NOON.plusSeconds(120), "migración");
          long archived = publish(em, "Viejo", "viejo", NOON.plusSeconds(180), "OEA");
          em.find(Announcement.class, archived).archive();
        });

    List<Announcement> oea = read(r -> r.publishedWithTag("oea", 0, 10));
    List<Announcement> oeaSecondPage = read(r -> r.publishedWithTag("oea", 1, 1));

    assertThat(titles(oea)).containsExactly("Dos", "Uno");
    assertThat(oea.get(1).tags()).extracting(Tag::slug).containsExactly("acnur", "oea");
    assertThat(titles(oeaSecondPage)).containsExactly("Uno");
    assertThat(number(r -> r.countPublishedWithTag("oea"))).isEqualTo(2);
    assertThat(list(r -> r.publishedWithTag("refugiados", 0, 10))).isEmpty();
    assertThat(number(r -> r.countPublishedWithTag("refugiados"))).isZero();
  }

  @Test
  void theDatabaseRefusesASecondCommuniqueWithTheSameSlug() {
    database.inTransaction(em -> publish(em, "Comunicado", "comunicado", NOON));

    assertThatThrownBy(
            () -> database.inTransaction(em -> publish(em, "Comunicado", "comunicado", NOON)))
        .isInstanceOf(PersistenceException.class);
    assertThat(number(JpaAnnouncementRepository::count)).isEqualTo(1);
  }

  @Test
  void manyDraftsMayWaitWithoutASlug() {
    database.inTransaction(
        em -> {
          JpaAnnouncementRepository announcements = new JpaAnnouncementRepository(em);
          announcements.add(new Announcement("Uno"));
          announcements.add(new Announcement("Dos"));
        });

    assertThat(number(JpaAnnouncementRepository::count)).isEqualTo(2);
    Optional<Announcement> none = read(r -> r.findPublishedBySlug("uno"));
    assertThat(none).isEmpty();
  }
}
