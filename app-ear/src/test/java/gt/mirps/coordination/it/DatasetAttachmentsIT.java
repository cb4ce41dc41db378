package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.announcement.AnnouncementContent;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.Attachment;
import gt.mirps.coordination.announcement.MediaType;
import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.announcement.Dataset;
import gt.mirps.coordination.web.announcement.DatasetAttachments;
import gt.mirps.coordination.web.announcement.Format;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside the web module: datasets from the demo record attached to a draft in one click. */
@ExtendWith(ArquillianExtension.class)
class DatasetAttachmentsIT {

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withWebTests(DatasetAttachmentsIT.class);
  }

  @Inject EventCatalog catalog;
  @Inject AnnouncementDesk desk;
  @Inject DatasetAttachments datasets;
  @Inject AuditTrail auditTrail;

  @Test
  void theConferencesInstitutionsAndTheSolidarityCitiesAreAttachedAsCsvAndXlsx()
      throws IOException {
    Event conference =
        catalog.findEdition("Conferencia Nacional de Ciudades Solidarias", "II").orElseThrow();
    long id = desk.draft("Datos de la conferencia " + System.nanoTime()).id();
    desk.relate(id, conference.id());

    Attachment csv = datasets.attach(id, Dataset.EVENT_INSTITUTIONS, Format.CSV);
    Attachment xlsx = datasets.attach(id, Dataset.SOLIDARITY_CITIES, Format.XLSX);

    assertThat(csv.fileName())
        .isEqualTo(
            "instituciones-participantes-ii-conferencia-nacional-de-ciudades-solidarias.csv");
    assertThat(csv.mediaType()).isEqualTo(MediaType.CSV);
    String text = new String(csv.content(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\uFEFFEvento,Fecha del evento,Institución,Siglas,Tipo,País")
        .contains(
            "II Conferencia Nacional de Ciudades Solidarias,2024-09-25,"
                + "Ministerio de Relaciones Exteriores,MINEX,Ministerio,Guatemala,,,2,"
                + "Canciller Carlos Ramiro Martínez; Vicecanciller Antonio Escobedo")
        .contains("Organización de los Estados Americanos,OEA")
        .contains(",Belice,");

    assertThat(xlsx.fileName()).matches("ciudades-solidarias-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
    assertThat(xlsx.mediaType()).isEqualTo(MediaType.XLSX);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
      XSSFSheet sheet = workbook.getSheet("Ciudades Solidarias");
      assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Fecha de firma");
      List<String> municipalities = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row.getCell(1) != null) {
          municipalities.add(row.getCell(1).getStringCellValue());
        }
        assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      }
      assertThat(municipalities).contains("Flores", "San Benito", "Esquipulas");
    }

    assertThat(desk.find(id).orElseThrow().attachments())
        .extracting(Attachment::fileName)
        .containsExactly(csv.fileName(), xlsx.fileName());
    assertThat(auditTrail.of(AnnouncementDesk.RECORD_TYPE, id))
        .extracting(AuditEntry::action)
        .containsSubsequence("draft", "relate", "attach", "attach");
  }

  @Test
  void theInstitutionsOfACommuniqueWithoutAnEventAreRefused() {
    long id = desk.draft("Sin evento " + System.nanoTime()).id();

    assertThatThrownBy(() -> datasets.attach(id, Dataset.EVENT_INSTITUTIONS, Format.XLSX))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("announcement.dataset.noEvent");
    assertThat(desk.find(id).orElseThrow().attachments()).isEmpty();
  }

  @Test
  void aDatasetIsNotAttachedOverSomeoneElsesChange() {
    long id = desk.draft("Datos en disputa " + System.nanoTime()).id();
    long versionRead = desk.find(id).orElseThrow().version();
    desk.edit(
        id,
        new AnnouncementContent("Otro título " + System.nanoTime(), null, null, null, null, null));

    assertThatThrownBy(
            () -> datasets.attach(id, versionRead, Dataset.SOLIDARITY_CITIES, Format.CSV))
        .isInstanceOf(ConcurrentChange.class);
    assertThat(desk.find(id).orElseThrow().attachments()).isEmpty();

    long current = desk.find(id).orElseThrow().version();
    assertThat(datasets.attach(id, current, Dataset.SOLIDARITY_CITIES, Format.CSV).fileName())
        .startsWith("ciudades-solidarias-");
  }
}
