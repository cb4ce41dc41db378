package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementContent;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public site of communiqués, as an anonymous visitor sees it: the home page, the list, a
 * communiqué with its dateline, tags and related event, a tag's page, a file to download, the Atom
 * feed, and 404 for what is not published.
 *
 * <p>The first test runs in the server and writes a draft and a published communiqué with a CSV
 * file; the second drives the browser. The web module is then at /mirps-web (see {@link
 * Deployments#withTests}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicSiteBrowserIT {

  static final String SEED_TITLE =
      "Autoridades del MINEX participan en la II Conferencia Nacional de Ciudades Solidarias";
  static final String DRAFT_TITLE = "Borrador del sitio público que nadie debe ver";
  static final String DRAFT_SLUG = "borrador-del-sitio-publico-que-nadie-debe-ver";
  static final String WITH_FILE_TITLE = "Datos abiertos del sitio público";
  static final String TEST_TAG = "Prueba sitio público";
  static final String TEST_TAG_SLUG = "prueba-sitio-publico";
  // No method of this class may name a Selenium type: the class is loaded in the server too.
  static final String FEED_LINK = "link[rel='alternate'][type='application/atom+xml']";
  static final String CSV = "municipio,servicio\nEsquipulas,albergue\n";

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withTests(PublicSiteBrowserIT.class);
  }

  @Inject AnnouncementDesk desk;

  @Test
  @Order(1)
  void theTeamHasADraftAndACommuniqueWithAFile() {
    Announcement draft = desk.draft(DRAFT_TITLE);
    assertThat(draft.proposedSlug()).isEqualTo(DRAFT_SLUG);

    Announcement withFile = desk.draft(WITH_FILE_TITLE);
    desk.edit(
        withFile.id(),
        new AnnouncementContent(
            WITH_FILE_TITLE,
            "Guatemala",
            LocalDate.of(2024, 10, 1),
            "Los servicios de las Ciudades Solidarias, en datos abiertos.",
            "<p>Se publican los datos.</p>",
            null));
    desk.attach(withFile.id(), "servicios.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
    desk.tag(withFile.id(), TEST_TAG);
    desk.submit(withFile.id());
    assertThat(desk.publish(withFile.id()).slug()).isPresent();
  }

  @Test
  @Order(2)
  @RunAsClient
  void aVisitorReadsThePublishedCommuniques() throws Exception {
    PublicSiteVisit.visit(Deployments.baseUrl() + "mirps-web");
  }
}
