package gt.mirps.coordination.announcement;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.tag.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AnnouncementTest {

  static final String TITLE =
      "Autoridades del MINEX participan en la II Conferencia Nacional de Ciudades Solidarias";
  static final LocalDate SEPT_25 = LocalDate.of(2024, 9, 25);
  static final String BODY =
      "<p>Guatemala, 25 de septiembre de 2024. El <strong>Canciller</strong> Carlos Ramiro"
          + " Martínez y el Vicecanciller Antonio Escobedo participaron en la II Conferencia.</p>";
  static final String SOURCE =
      "http://209.126.109.93/comunicado/autoridades-del-minex-participan-en-la-ii-conferencia";
  private static final Instant NOON = Instant.parse("2024-09-25T18:00:00Z");

  static AnnouncementContent complete() {
    return new AnnouncementContent(
        TITLE, "Guatemala", SEPT_25, "El Canciller participó.", BODY, SOURCE);
  }

  private static AnnouncementContent withTitle(String title) {
    return new AnnouncementContent(title, "Guatemala", SEPT_25, null, BODY, null);
  }

  private static AnnouncementContent withBody(String body) {
    return new AnnouncementContent(TITLE, "Guatemala", SEPT_25, null, body, null);
  }

  private static AnnouncementContent withSource(String url) {
    return new AnnouncementContent(TITLE, "Guatemala", SEPT_25, null, BODY, url);
  }

  private static Announcement draft() {
    Announcement announcement = new Announcement(null);
    announcement.rewrite(complete());
    return announcement;
  }

  private static Announcement inReview() {
    Announcement announcement = draft();
    announcement.submit();
    return announcement;
  }

  private static Announcement published() {
    Announcement announcement = inReview();
    announcement.publish(announcement.proposedSlug(), "ana.lopez", NOON);
    return announcement;
  }

  private static Announcement archived() {
    Announcement announcement = published();
    announcement.archive();
    return announcement;
  }

  // Drafting

  @Test
  void aNewAnnouncementIsADraftThatMayHaveNoTitleYet() {
    Announcement untitled = new Announcement(null);
    Announcement titled = new Announcement("  Comunicado   de prensa ");

    assertThat(untitled.state()).isEqualTo(AnnouncementState.DRAFT);
    assertThat(untitled.title()).isEmpty();
    assertThat(titled.title()).contains("Comunicado de prensa");
    assertThat(titled.slug()).isEmpty();
    assertThat(titled.publishedAt()).isEmpty();
  }

  @Test
  void aTitleLongerThanTheLimitIsRefused() {
    assertThat(new Announcement("x".repeat(Announcement.TITLE_MAX)).title()).isPresent();
    assertRefused(
        () -> new Announcement("x".repeat(Announcement.TITLE_MAX + 1)),
        "announcement.title.tooLong");
    assertRefused(
        () -> draft().rewrite(withTitle("x".repeat(Announcement.TITLE_MAX + 1))),
        "announcement.title.tooLong");
  }

  @Test
  void rewritingStoresEveryField() {
    Announcement announcement = draft();

    assertThat(announcement.title()).contains(TITLE);
    assertThat(announcement.datelinePlace()).contains("Guatemala");
    assertThat(announcement.datelineDate()).contains(SEPT_25);
    assertThat(announcement.lead()).contains("El Canciller participó.");
    assertThat(announcement.body()).contains(BODY);
    assertThat(announcement.sourceUrl()).contains(SOURCE);
  }

  @Test
  void rewritingWithBlanksClearsTheFields() {
    Announcement announcement = draft();

    announcement.rewrite(new AnnouncementContent(" ", " ", null, "", "<p> </p>", " "));

    assertThat(announcement.title()).isEmpty();
    assertThat(announcement.datelinePlace()).isEmpty();
    assertThat(announcement.datelineDate()).isEmpty();
    assertThat(announcement.lead()).isEmpty();
    assertThat(announcement.body()).isEmpty();
    assertThat(announcement.sourceUrl()).isEmpty();
  }

  @Test
  void theBodyIsSanitisedWhenWritten() {
    Announcement announcement = draft();

    announcement.rewrite(
        withBody(
            "<p onclick=\"steal()\"><strong>Ciudades</strong> Solidarias"
                + "<script>steal()</script> <a href=\"javascript:steal()\">clic</a></p>"));

    assertThat(announcement.body()).contains("<p><strong>Ciudades</strong> Solidarias clic</p>");
  }

  @Test
  void aBodyWithNothingToShowIsNoBody() {
    Announcement announcement = draft();

    announcement.rewrite(withBody("<script>alert(1)</script><p>&nbsp;</p>"));

    assertThat(announcement.body()).isEmpty();
  }

  @Test
  void aBodyLongerThanTheLimitIsRefused() {
    String longest = "x".repeat(Announcement.BODY_MAX);

    Announcement announcement = draft();
    announcement.rewrite(withBody(longest));
    assertThat(announcement.body()).contains(longest);
    assertRefused(() -> draft().rewrite(withBody(longest + "x")), "announcement.body.tooLong");
  }

  @Test
  void leadAndDatelinePlaceHaveLimits() {
    Announcement announcement = draft();

    assertRefused(
        () ->
            announcement.rewrite(
                new AnnouncementContent(
                    TITLE,
                    "Guatemala",
                    SEPT_25,
                    "x".repeat(Announcement.LEAD_MAX + 1),
                    BODY,
                    null)),
        "announcement.lead.tooLong");
    assertRefused(
        () ->
            announcement.rewrite(
                new AnnouncementContent(
                    TITLE, "x".repeat(Announcement.PLACE_MAX + 1), SEPT_25, null, BODY, null)),
        "announcement.datelinePlace.tooLong");
  }

  @Test
  void theSourceMayBeAnHttpOrHttpsAddress() {
    Announcement announcement = draft();

    announcement.rewrite(withSource("https://minex.gob.gt/comunicado/1"));
    assertThat(announcement.sourceUrl()).contains("https://minex.gob.gt/comunicado/1");
    announcement.rewrite(withSource("HTTP://209.126.109.93/comunicado"));
    assertThat(announcement.sourceUrl()).contains("HTTP://209.126.109.93/comunicado");
  }

  @Test
  void aSourceThatIsNotAWebAddressIsRefused() {
    Announcement announcement = draft();

    assertRefused(
        () -> announcement.rewrite(withSource("javascript:alert(1)")),
        "announcement.sourceUrl.invalid");
    assertRefused(
        () -> announcement.rewrite(withSource("ftp://minex.gob.gt/a")),
        "announcement.sourceUrl.invalid");
    assertRefused(
        () -> announcement.rewrite(withSource("/comunicado/1")), "announcement.sourceUrl.invalid");
    assertRefused(
        () -> announcement.rewrite(withSource("https://")), "announcement.sourceUrl.invalid");
    assertRefused(
        () -> announcement.rewrite(withSource("https://minex.gob.gt/a b")),
        "announcement.sourceUrl.invalid");
    assertRefused(
        () ->
            announcement.rewrite(
                withSource("https://minex.gob.gt/" + "a".repeat(Announcement.SOURCE_URL_MAX))),
        "announcement.sourceUrl.tooLong");
  }

  @Test
  void aRefusedRewriteChangesNothing() {
    Announcement announcement = draft();

    assertRefused(
        () ->
            announcement.rewrite(
                new AnnouncementContent(
                    "Otro título", "Flores", null, null, "<p>Otro</p>", "ftp://x")),
        "announcement.sourceUrl.invalid");

    assertThat(announcement.title()).contains(TITLE);
    assertThat(announcement.datelinePlace()).contains("Guatemala");
    assertThat(announcement.body()).contains(BODY);
  }

  // Tags, events, files

  @Test
  void tagsKeepTheirOrderAndComeOnce() {
    Announcement announcement = draft();

    assertThat(announcement.tag(new Tag("Ciudades Solidarias"))).isTrue();
    assertThat(announcement.tag(new Tag("migración"))).isTrue();
    assertThat(announcement.tag(new Tag("Migracion"))).isFalse();
    assertThat(announcement.tag(new Tag("canciller"))).isTrue();

    assertThat(announcement.tags())
        .extracting(Tag::slug)
        .containsExactly("ciudades-solidarias", "migracion", "canciller");
  }

  @Test
  void aTagCanBeRemoved() {
    Announcement announcement = draft();
    announcement.tag(new Tag("OEA"));
    announcement.tag(new Tag("Acnur"));

    assertThat(announcement.untag("oea")).isTrue();
    assertThat(announcement.untag("oea")).isFalse();

    assertThat(announcement.tags()).extracting(Tag::slug).containsExactly("acnur");
  }

  @Test
  void eventsCanBeRelatedAndUnrelated() {
    Announcement announcement = draft();
    Event conference =
        new Event(
            "II Conferencia Nacional de Ciudades Solidarias",
            EventKind.CONFERENCE,
            LocalDateTime.of(2024, 9, 25, 9, 0),
            LocalDateTime.of(2024, 9, 26, 17, 0));

    assertThat(announcement.relateTo(conference)).isTrue();
    assertThat(announcement.relateTo(conference)).isFalse();
    assertThat(announcement.relatedEvents()).containsExactly(conference);
    assertThat(announcement.unrelate(conference)).isTrue();
    assertThat(announcement.relatedEvents()).isEmpty();
  }

  @Test
  void filesAreKeptInTheOrderAttached() {
    Announcement announcement = draft();

    announcement.attach("municipios.csv", "text/csv", SampleFiles.csv());
    announcement.attach("municipios.xls", "application/vnd.ms-excel", SampleFiles.xls());

    assertThat(announcement.attachments())
        .extracting(Attachment::fileName, Attachment::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("municipios.csv", 0),
            org.assertj.core.groups.Tuple.tuple("municipios.xls", 1));
  }

  @Test
  void theSameContentCannotBeAttachedTwice() {
    Announcement announcement = draft();
    announcement.attach("municipios.csv", "text/csv", SampleFiles.csv());

    assertRefused(
        () -> announcement.attach("copia.csv", "text/csv", SampleFiles.csv()),
        "announcement.attachment.duplicate");
    assertThat(announcement.attachments()).hasSize(1);
  }

  @Test
  void aFileCanBeRemovedButOnlyOneItHas() {
    Announcement announcement = draft();
    Attachment csv = announcement.attach("municipios.csv", "text/csv", SampleFiles.csv());
    gt.mirps.coordination.shared.TestIds.assign(csv, 7);

    assertRefused(() -> announcement.detach(8), "announcement.attachment.notFound");
    assertThat(announcement.detach(7)).isSameAs(csv);
    assertThat(announcement.attachments()).isEmpty();
  }

  // Review and publication

  @Test
  void aDraftCanBeSubmittedForReview() {
    Announcement announcement = draft();

    announcement.submit();

    assertThat(announcement.state()).isEqualTo(AnnouncementState.IN_REVIEW);
  }

  @Test
  void aCommuniqueInReviewCanBeReturnedWithAComment() {
    Announcement announcement = inReview();

    announcement.returnToDraft("  Falta la lista de municipios. ");

    assertThat(announcement.state()).isEqualTo(AnnouncementState.DRAFT);
    assertThat(announcement.reviewComment()).contains("Falta la lista de municipios.");
  }

  @Test
  void returningWithoutACommentIsRefused() {
    Announcement announcement = inReview();

    assertRefused(() -> announcement.returnToDraft("   "), "announcement.reviewComment.required");
    assertRefused(() -> announcement.returnToDraft(null), "announcement.reviewComment.required");

    assertThat(announcement.state()).isEqualTo(AnnouncementState.IN_REVIEW);
    assertThat(announcement.reviewComment()).isEmpty();
  }

  @Test
  void aReviewCommentLongerThanTheLimitIsRefused() {
    Announcement announcement = inReview();

    assertRefused(
        () -> announcement.returnToDraft("x".repeat(Announcement.COMMENT_MAX + 1)),
        "announcement.reviewComment.tooLong");
    assertThat(announcement.state()).isEqualTo(AnnouncementState.IN_REVIEW);
  }

  @Test
  void publishingFixesTheSlugTheAuthorAndTheTime() {
    Announcement announcement = inReview();

    announcement.publish("autoridades-del-minex", "ana.lopez", NOON);

    assertThat(announcement.state()).isEqualTo(AnnouncementState.PUBLISHED);
    assertThat(announcement.slug()).contains("autoridades-del-minex");
    assertThat(announcement.publishedBy()).contains("ana.lopez");
    assertThat(announcement.publishedAt()).contains(NOON);
  }

  @Test
  void aPublishedCommuniqueCanBeArchivedAndKeepsItsSlug() {
    Announcement announcement = published();
    String slug = announcement.slug().orElseThrow();

    announcement.archive();

    assertThat(announcement.state()).isEqualTo(AnnouncementState.ARCHIVED);
    assertThat(announcement.slug()).contains(slug);
  }

  @Test
  void publishingWithoutATitleIsRefused() {
    Announcement announcement = inReviewWith(withTitle(null));

    assertRefused(() -> announcement.publish("x", "ana", NOON), "announcement.title.required");
    assertThat(announcement.state()).isEqualTo(AnnouncementState.IN_REVIEW);
  }

  @Test
  void publishingWithoutADatelineIsRefused() {
    Announcement noPlace =
        inReviewWith(new AnnouncementContent(TITLE, null, SEPT_25, null, BODY, null));
    Announcement noDate =
        inReviewWith(new AnnouncementContent(TITLE, "Guatemala", null, null, BODY, null));

    assertRefused(() -> noPlace.publish("x", "ana", NOON), "announcement.dateline.required");
    assertRefused(() -> noDate.publish("x", "ana", NOON), "announcement.dateline.required");
  }

  @Test
  void publishingWithoutABodyIsRefused() {
    Announcement noBody = inReviewWith(withBody(null));
    Announcement emptyBody = inReviewWith(withBody("<p> </p><script>x()</script>"));

    assertRefused(() -> noBody.publish("x", "ana", NOON), "announcement.body.required");
    assertRefused(() -> emptyBody.publish("x", "ana", NOON), "announcement.body.required");
    assertThat(noBody.slug()).isEmpty();
    assertThat(noBody.state()).isEqualTo(AnnouncementState.IN_REVIEW);
  }

  @Test
  void publishingADraftIsRefused() {
    Announcement announcement = draft();

    assertRefused(() -> announcement.publish("x", "ana", NOON), "announcement.state.notAllowed");
    assertThat(announcement.slug()).isEmpty();
  }

  @Test
  void publishingRefusesSomethingThatIsNotASlug() {
    Announcement announcement = inReview();

    assertThatThrownBy(() -> announcement.publish("No Es Slug", "ana", NOON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> announcement.publish("", "ana", NOON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(announcement.state()).isEqualTo(AnnouncementState.IN_REVIEW);
  }

  @Test
  void everyMoveOutsideTheLifeCycleIsRefused() {
    assertRefused(() -> inReview().submit(), "announcement.state.notAllowed");
    assertRefused(() -> published().submit(), "announcement.state.notAllowed");
    assertRefused(() -> archived().submit(), "announcement.state.notAllowed");
    assertRefused(() -> draft().returnToDraft("x"), "announcement.state.notAllowed");
    assertRefused(() -> published().returnToDraft("x"), "announcement.state.notAllowed");
    assertRefused(() -> archived().returnToDraft("x"), "announcement.state.notAllowed");
    assertRefused(() -> published().publish("x", "ana", NOON), "announcement.state.notAllowed");
    assertRefused(() -> archived().publish("x", "ana", NOON), "announcement.state.notAllowed");
    assertRefused(() -> draft().archive(), "announcement.state.notAllowed");
    assertRefused(() -> inReview().archive(), "announcement.state.notAllowed");
    assertRefused(() -> archived().archive(), "announcement.state.notAllowed");
  }

  // Slugs

  @Test
  void theProposedSlugFoldsTheTitle() {
    assertThat(draft().proposedSlug())
        .isEqualTo(
            "autoridades-del-minex-participan-en-la-ii-conferencia-nacional-de-ciudades-solidarias");
    assertThat(new Announcement("¿Qué es una Ciudad Solidaria?").proposedSlug())
        .isEqualTo("que-es-una-ciudad-solidaria");
  }

  @Test
  void aLongTitleGivesASlugCutAtAWord() {
    String title = "palabra ".repeat(30).strip();

    String slug = new Announcement(title).proposedSlug();

    assertThat(slug).hasSizeLessThanOrEqualTo(Announcement.SLUG_BASE_MAX).endsWith("palabra");
    assertThat(new Announcement("x".repeat(200)).proposedSlug())
        .hasSize(Announcement.SLUG_BASE_MAX);
  }

  @Test
  void aTitleWithoutLettersOrDigitsGivesNoSlug() {
    assertRefused(() -> new Announcement("¡¿?!").proposedSlug(), "announcement.title.noSlug");
    assertRefused(() -> new Announcement(null).proposedSlug(), "announcement.title.required");
  }

  // Only drafts change

  @Test
  void aCommuniqueInReviewCannotBeEdited() {
    assertNotEditable(inReview());
  }

  @Test
  void aPublishedCommuniqueCannotBeEdited() {
    assertNotEditable(published());
  }

  @Test
  void anArchivedCommuniqueCannotBeEdited() {
    assertNotEditable(archived());
  }

  @Test
  void aReturnedCommuniqueCanBeEditedAgain() {
    Announcement announcement = inReview();
    announcement.returnToDraft("Corregir el título");

    announcement.checkEditable();
    announcement.rewrite(withTitle("Título corregido"));

    assertThat(announcement.title()).contains("Título corregido");
  }

  @Test
  void theSlugDoesNotChangeWhenTheTitleIsEditedAfterPublishing() {
    Announcement announcement = published();
    String slug = announcement.slug().orElseThrow();

    assertRefused(
        () -> announcement.rewrite(withTitle("Un título completamente distinto")),
        "announcement.notEditable");
    announcement.archive();
    assertRefused(
        () -> announcement.rewrite(withTitle("Otro título más")), "announcement.notEditable");
    assertRefused(
        () -> announcement.publish("un-titulo-completamente-distinto", "ana", NOON),
        "announcement.state.notAllowed");

    assertThat(announcement.slug()).contains(slug);
    assertThat(announcement.title()).contains(TITLE);
  }

  private static Announcement inReviewWith(AnnouncementContent content) {
    Announcement announcement = new Announcement(null);
    announcement.rewrite(content);
    announcement.submit();
    return announcement;
  }

  private static void assertNotEditable(Announcement announcement) {
    AnnouncementState state = announcement.state();
    int tags = announcement.tags().size();

    assertRefused(announcement::checkEditable, "announcement.notEditable");
    assertRefused(() -> announcement.rewrite(withTitle("Otro")), "announcement.notEditable");
    assertRefused(() -> announcement.tag(new Tag("OEA")), "announcement.notEditable");
    assertRefused(() -> announcement.untag("oea"), "announcement.notEditable");
    assertRefused(
        () -> announcement.attach("a.csv", "text/csv", SampleFiles.csv()),
        "announcement.notEditable");
    assertRefused(() -> announcement.detach(1), "announcement.notEditable");
    assertRefused(
        () ->
            announcement.relateTo(
                new Event(
                    "Taller",
                    EventKind.WORKSHOP,
                    LocalDateTime.of(2024, 1, 1, 9, 0),
                    LocalDateTime.of(2024, 1, 1, 12, 0))),
        "announcement.notEditable");

    assertThat(announcement.state()).isEqualTo(state);
    assertThat(announcement.title()).contains(TITLE);
    assertThat(announcement.tags()).hasSize(tags);
    assertThat(announcement.attachments()).isEmpty();
  }
}
