package gt.mirps.coordination.web.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.opendata.PublicCommitment;
import gt.mirps.coordination.opendata.PublicCommunique;
import gt.mirps.coordination.opendata.PublicEvent;
import gt.mirps.coordination.opendata.PublicInstitution;
import gt.mirps.coordination.opendata.PublicSolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.web.export.Column;
import gt.mirps.coordination.web.export.TabularWriter;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class OpenDataColumnsTest {

  private static final ResourceBundle ES = Messages.bundle(Language.SPANISH);
  private static final ResourceBundle EN = Messages.bundle(Language.ENGLISH);
  private static final String SITE = "https://mirps.example.gt:443/mirps";
  private static final LocalDate TODAY = LocalDate.of(2024, 10, 1);

  /** Each header of the row with the value its column gives. */
  private static <R> Map<String, Object> cells(ColumnSet<R> set, R row) {
    Map<String, Object> cells = new LinkedHashMap<>();
    for (Column<R> column : set.columns()) {
      cells.put(column.header(), column.value().apply(row));
    }
    return cells;
  }

  private static final PublicCommunique COMMUNIQUE =
      new PublicCommunique(
          7,
          "II Conferencia Nacional de Ciudades Solidarias: autoridades participan",
          LocalDate.of(2024, 9, 26),
          "ii-conferencia",
          List.of("Ciudades Solidarias", "Acnur"),
          "=HYPERLINK(\"x\") Autoridades del MINEX.");

  @Test
  void aCommuniqueRowHasItsAbsoluteAddressAndTags() {
    Map<String, Object> cells = cells(OpenDataColumns.communiques(ES, SITE), COMMUNIQUE);

    assertThat(cells)
        .containsEntry("ID", 7L)
        .containsEntry("Fecha", LocalDate.of(2024, 9, 26))
        .containsEntry("Dirección", SITE + "/comunicados/ii-conferencia")
        .containsEntry("Etiquetas", "Ciudades Solidarias; Acnur");
  }

  @Test
  void aCommuniquesCsvNeutralisesAFormulaInTheLeadAndKeepsTheAccents() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    TabularWriter.csv(OpenDataColumns.communiques(ES, SITE).columns(), List.of(COMMUNIQUE), out);

    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFID,Título,Fecha,Dirección,");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\") Autoridades del MINEX.\"");
    assertThat(csv).contains("2024-09-26");
  }

  @Test
  void anEventRowNamesItsKindStatusOrganisersAndCommunique() {
    PublicEvent event =
        new PublicEvent(
            3,
            "Taller",
            EventKind.WORKSHOP,
            EventStatus.HELD,
            LocalDateTime.of(2024, 9, 25, 9, 0),
            LocalDateTime.of(2024, 9, 25, 17, 0),
            "Hotel",
            "Ciudad de Guatemala",
            "Guatemala",
            List.of("ACNUR", "MINEX"),
            List.of(),
            4,
            null);

    Map<String, Object> cells = cells(OpenDataColumns.events(ES, SITE), event);

    assertThat(cells)
        .containsEntry("Tipo de evento", ES.getString("event.kind.WORKSHOP"))
        .containsEntry("Estado", ES.getString("event.status.HELD"))
        .containsEntry("Inicio", LocalDateTime.of(2024, 9, 25, 9, 0))
        .containsEntry("Organizadores", "ACNUR; MINEX")
        .containsEntry("Coorganizadores", null)
        .containsEntry("Instituciones participantes", 4L)
        .containsEntry("Comunicado", null);
  }

  @Test
  void anInstitutionRowNamesItsKindInTheVisitorsLanguage() {
    PublicInstitution institution =
        new PublicInstitution(
            5,
            "Ministerio",
            "MINEX",
            InstitutionKind.MINISTRY,
            "GT",
            "Guatemala",
            "Guatemala",
            null);

    assertThat(cells(OpenDataColumns.institutions(EN), institution))
        .containsEntry("Institution kind", EN.getString("directory.kind.MINISTRY"))
        .containsEntry("Country code", "GT")
        .containsEntry("Municipality", null);
  }

  @Test
  void aSolidarityCityHasOneYesOrNoColumnPerServiceInAnXlsxWithTypedCells() throws IOException {
    PublicSolidarityCity city =
        new PublicSolidarityCity(
            9,
            SolidarityCityKind.MUNICIPALITY,
            "Santa Catarina Pinula",
            "Guatemala",
            "0102",
            LocalDate.of(2023, 5, 10),
            "Municipalidad de Santa Catarina Pinula",
            EnumSet.of(SolidarityService.HEALTH),
            true);
    ColumnSet<PublicSolidarityCity> set = OpenDataColumns.solidarityCities(ES);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    TabularWriter.xlsx("Ciudades Solidarias", set.columns(), List.of(city), out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      Row row = sheet.getRow(1);
      assertThat(headers)
          .contains(
              ES.getString("solidarityCity.service.HEALTH"),
              ES.getString("solidarityCity.service.EDUCATION"));
      assertThat(
              row.getCell(headers.indexOf(ES.getString("solidarityCity.service.HEALTH")))
                  .getStringCellValue())
          .isEqualTo("Sí");
      assertThat(
              row.getCell(headers.indexOf(ES.getString("solidarityCity.service.EDUCATION")))
                  .getStringCellValue())
          .isEqualTo("No");
      assertThat(row.getCell(headers.indexOf("Municipio")).getStringCellValue())
          .isEqualTo("Santa Catarina Pinula");
      assertThat(row.getCell(headers.indexOf("Fecha de firma")).getLocalDateTimeCellValue())
          .isEqualTo(LocalDate.of(2023, 5, 10).atStartOfDay());
      assertThat(row.getCell(headers.indexOf("ID")).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(headers.indexOf("Red Nacional")).getStringCellValue()).isEqualTo("Sí");
    }
    assertThat(set.columns()).hasSize(8 + SolidarityService.values().length);
    assertThat(set.notes()).extracting(ColumnSet.Note::header).contains("Servicios");
  }

  @Test
  void aCommitmentIsOverdueOnlyWhileOpenPastItsTarget() {
    PublicCommitment open =
        new PublicCommitment(
            1,
            "Abrir oficina",
            "Municipalidad",
            List.of("ACNUR", "OIM"),
            "Conferencia",
            ThematicArea.PROTECTION,
            CommitmentType.TECHNICAL,
            CommitmentStatus.IN_PROGRESS,
            LocalDate.of(2024, 9, 1),
            LocalDate.of(2024, 9, 20));
    ColumnSet<PublicCommitment> set = OpenDataColumns.commitments(ES, TODAY);

    assertThat(cells(set, open))
        .containsEntry("Copatrocinadores", "ACNUR; OIM")
        .containsEntry("Área temática", ES.getString("commitment.area.PROTECTION"))
        .containsEntry("Vencido", "Sí")
        .containsEntry("Último avance", LocalDate.of(2024, 9, 20));
    assertThat(cells(OpenDataColumns.commitments(ES, LocalDate.of(2024, 9, 1)), open))
        .containsEntry("Vencido", "No");
  }

  @Test
  void everyDescribedColumnHasADescriptionInBothLanguages() {
    for (ResourceBundle texts : List.of(ES, EN)) {
      List<ColumnSet<?>> sets =
          List.of(
              OpenDataColumns.communiques(texts, SITE),
              OpenDataColumns.events(texts, SITE),
              OpenDataColumns.institutions(texts),
              OpenDataColumns.solidarityCities(texts),
              OpenDataColumns.commitments(texts, TODAY));
      for (ColumnSet<?> set : sets) {
        assertThat(set.notes()).allSatisfy(n -> assertThat(n.description()).isNotBlank());
      }
    }
  }
}
