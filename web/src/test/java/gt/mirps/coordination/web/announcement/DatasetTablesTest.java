package gt.mirps.coordination.web.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipantCode;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.web.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DatasetTablesTest {

  private static final ResourceBundle TEXTS = Messages.bundle(DatasetAttachments.SPANISH);
  private static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);
  private static final Territory PETEN = Territory.department("17", "Petén");
  private static final Territory FLORES = Territory.municipality("1701", "Flores", PETEN);

  private static <T> T withId(T entity, long id) {
    for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException("no id");
  }

  private final Event conference =
      withId(
          new Event(
              "II Conferencia Nacional de Ciudades Solidarias",
              EventKind.CONFERENCE,
              LocalDateTime.of(2024, 9, 25, 9, 0),
              LocalDateTime.of(2024, 9, 26, 17, 0)),
          1);
  private final Institution minex = institution(2, "Ministerio de Relaciones Exteriores", "MINEX");
  private final Institution flores =
      withId(
          new Institution(
              "Municipalidad de Flores", InstitutionKind.MUNICIPALITY, GUATEMALA, FLORES),
          3);

  private Institution institution(long id, String name, String acronym) {
    Institution institution = new Institution(name, InstitutionKind.MINISTRY, GUATEMALA, null);
    institution.abbreviate(acronym);
    return withId(institution, id);
  }

  private Person person(long id, String name, String position, boolean consent) {
    Person person = new Person(name);
    person.describe(null, position);
    person.joinInstitution(minex, position, LocalDate.of(2024, 1, 15));
    person.consentToPublicLists(consent);
    return withId(person, id);
  }

  private List<Participation> participations() {
    Participation canciller =
        Participation.ofPerson(
            conference,
            person(10, "Carlos Ramiro Martínez", "Canciller", true),
            null,
            null,
            ParticipationRole.SPEAKER,
            AttendanceState.REGISTERED,
            ParticipantCode.next());
    Participation advisor =
        Participation.ofPerson(
            conference,
            person(11, "Persona Reservada", "Asesora", false),
            null,
            null,
            ParticipationRole.ATTENDEE,
            AttendanceState.REGISTERED,
            ParticipantCode.next());
    Participation municipality =
        Participation.delegation(
            conference,
            flores,
            3,
            ParticipationRole.DELEGATE,
            AttendanceState.REGISTERED,
            ParticipantCode.next());
    Participation cancelled =
        Participation.delegation(
            conference,
            institution(4, "Organización que no vino", null),
            2,
            ParticipationRole.DELEGATE,
            AttendanceState.REGISTERED,
            ParticipantCode.next());
    cancelled.cancel();
    return List.of(canciller, advisor, municipality, cancelled);
  }

  @Test
  void theInstitutionsOfAnEventAsXlsxWithTypesAccentsAndNoNameWithoutConsent() throws IOException {
    List<DatasetTables.InstitutionRow> rows =
        DatasetTables.institutionsOf(conference, participations());
    byte[] xlsx =
        DatasetAttachments.render(
            Format.XLSX,
            TEXTS.getString("dataset.sheet.institutions"),
            DatasetTables.institutionColumns(TEXTS),
            rows);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = workbook.getSheet("Instituciones participantes");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Institución");
      assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Participantes");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      Row minexRow = sheet.getRow(1);
      assertThat(minexRow.getCell(2).getStringCellValue())
          .isEqualTo("Ministerio de Relaciones Exteriores");
      assertThat(minexRow.getCell(3).getStringCellValue()).isEqualTo("MINEX");
      assertThat(minexRow.getCell(4).getStringCellValue()).isEqualTo("Ministerio");
      assertThat(minexRow.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(minexRow.getCell(8).getNumericCellValue()).isEqualTo(2.0);
      assertThat(minexRow.getCell(9).getStringCellValue())
          .isEqualTo("Canciller Carlos Ramiro Martínez; Asesora");
      assertThat(DateUtil.isCellDateFormatted(minexRow.getCell(1))).isTrue();
      Row floresRow = sheet.getRow(2);
      assertThat(floresRow.getCell(2).getStringCellValue()).isEqualTo("Municipalidad de Flores");
      assertThat(floresRow.getCell(6).getStringCellValue()).isEqualTo("Petén");
      assertThat(floresRow.getCell(7).getStringCellValue()).isEqualTo("Flores");
      assertThat(floresRow.getCell(8).getNumericCellValue()).isEqualTo(3.0);
    }
  }

  @Test
  void theSolidarityCitiesAsCsvWithServicesAsYesOrNo() {
    SolidarityCity city =
        new SolidarityCity(
            SolidarityCityKind.MUNICIPALITY,
            FLORES,
            LocalDate.of(2024, 9, 25),
            LocalDate.of(2024, 11, 25));
    city.representedBy(flores);
    city.changeServices(EnumSet.of(SolidarityService.EDUCATION, SolidarityService.HEALTH));
    city.joinNetwork();

    byte[] csv =
        DatasetAttachments.render(
            Format.CSV,
            TEXTS.getString("dataset.sheet.solidarityCities"),
            DatasetTables.solidarityCityColumns(TEXTS),
            List.of(city));

    String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
    assertThat(lines[0])
        .startsWith("Tipo,Municipio,Departamento,Código INE,Fecha de firma,Institución,Educación,")
        .endsWith(",Institución del punto focal,Red Nacional");
    assertThat(lines[1])
        .isEqualTo(
            "Municipio,Flores,Petén,1701,2024-09-25,Municipalidad de Flores,Sí,Sí,No,No,No,No,No,No,,Sí");
  }
}
