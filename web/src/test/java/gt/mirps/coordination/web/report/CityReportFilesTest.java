package gt.mirps.coordination.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.report.CityReportFilter;
import gt.mirps.coordination.report.CityReportRow;
import gt.mirps.coordination.report.EventTakenPart;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.web.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CityReportFilesTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-GT");
  private static final ResourceBundle TEXTS = Messages.bundle(SPANISH);
  private static final Territory HUEHUETENANGO = Territory.department("13", "Huehuetenango");
  private static final LocalDate SIGNED = LocalDate.of(2024, 9, 25);

  private static CityReportRow row(String code, String name, int events) {
    Territory place = Territory.municipality(code, name, HUEHUETENANGO);
    SolidarityCity city =
        new SolidarityCity(
            SolidarityCityKind.MUNICIPALITY, place, SIGNED, LocalDate.of(2025, 1, 1));
    city.representedBy(
        new Institution(
            "Municipalidad de " + name,
            InstitutionKind.MUNICIPALITY,
            new Country("GT", "Guatemala", "Guatemala", true),
            place));
    city.changeServices(EnumSet.of(SolidarityService.HEALTH, SolidarityService.EDUCATION));
    List<EventTakenPart> taken = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      taken.add(
          new EventTakenPart(
              i,
              "II Conferencia Nacional de Ciudades Solidarias",
              LocalDate.of(2024, 9, 25),
              LocalDate.of(2024, 9, 26)));
    }
    return new CityReportRow(city, taken);
  }

  private final List<CityReportRow> rows =
      List.of(row("1301", "Huehuetenango", 1), row("1302", "Chiantla", 0));

  @Test
  void theXlsxHasTypedCellsATickPerServiceAndTheEvents() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CityReportFiles.xlsx(rows, TEXTS, SPANISH, out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = workbook.getSheet("Ciudades Solidarias");
      Row header = sheet.getRow(0);
      List<String> headers = new ArrayList<>();
      header.forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .startsWith("Departamento", "Ciudad Solidaria", "Tipo", "Institución", "Fecha de firma")
          .contains("Salud", "Educación", "Albergue", "Eventos en que participó");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Huehuetenango");
      assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
      assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(SIGNED);
      assertThat(first.getCell(headers.indexOf("Salud")).getStringCellValue()).isEqualTo("Sí");
      assertThat(first.getCell(headers.indexOf("Albergue"))).isNull();
      int count = headers.indexOf("Número de eventos");
      assertThat(first.getCell(count).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(count).getNumericCellValue()).isEqualTo(1.0);
      assertThat(first.getCell(headers.indexOf("Eventos en que participó")).getStringCellValue())
          .isEqualTo(
              "II Conferencia Nacional de Ciudades Solidarias (25 y 26 de septiembre de 2024)");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Chiantla");
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }
  }

  @Test
  void theCsvIsUtf8WithABom() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CityReportFiles.csv(rows, TEXTS, SPANISH, out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFDepartamento,Ciudad Solidaria,Tipo,Institución");
    assertThat(csv)
        .contains(
            "Huehuetenango,Huehuetenango,Municipio,Municipalidad de Huehuetenango,2024-09-25");
  }

  @Test
  void thePdfHasItsSpanishTitleTheFiltersAndPageNumbers() throws IOException {
    List<CityReportRow> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(row("13" + (10 + i), "Municipio " + i, 2));
    }
    String filters =
        CityReportFiles.filters(
            new CityReportFilter("13", SolidarityService.HEALTH, LocalDate.of(2024, 1, 1), null),
            code -> CityReportFiles.departmentName(List.of(HUEHUETENANGO), code),
            TEXTS,
            SPANISH);
    assertThat(filters)
        .isEqualTo(
            "Filtros: departamento Huehuetenango, servicio Salud, firmadas desde el 1 de enero de"
                + " 2024");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CityReportFiles.pdf(many, filters, LocalDate.of(2025, 3, 3), TEXTS, SPANISH, out);

    PdfReader reader = new PdfReader(out.toByteArray());
    try {
      assertThat(reader.getNumberOfPages()).isGreaterThan(1);
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      String first = extractor.getTextFromPage(1);
      assertThat(first)
          .contains("Informe de Ciudades Solidarias")
          .contains(filters)
          .contains("Municipio 0")
          .contains("Página 1");
      assertThat(extractor.getTextFromPage(2)).contains("Página 2");
    } finally {
      reader.close();
    }
  }
}
