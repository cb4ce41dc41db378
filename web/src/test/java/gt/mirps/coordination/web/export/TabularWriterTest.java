package gt.mirps.coordination.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.MediaType;
import gt.mirps.coordination.announcement.MediaTypes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularWriterTest {

  record Line(String name, Integer count, LocalDate day, LocalDateTime at) {}

  private static final List<Column<Line>> COLUMNS =
      List.of(
          Column.text("Institución", 30, Line::name),
          Column.number("Participantes", 10, Line::count),
          Column.date("Fecha de firma", 12, Line::day),
          Column.dateTime("Registro", 16, Line::at));

  private static final List<Line> LINES =
      List.of(
          new Line(
              "Secretaría contra la Violencia Sexual, Explotación y Trata de Personas",
              3,
              LocalDate.of(2024, 9, 25),
              LocalDateTime.of(2024, 9, 25, 9, 12)),
          new Line("=cmd|' /C calc'!A0", null, null, null),
          new Line("\tTabulado", 1, null, null),
          new Line("Dice \"hola\"\r\notra línea", 2, null, null));

  @Test
  void csvIsUtf8WithBomTypedAndNeutralised() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TabularWriter.csv(COLUMNS, LINES, out);
    byte[] bytes = out.toByteArray();

    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(text.split("\r\n", -1))
        .startsWith(
            "Institución,Participantes,Fecha de firma,Registro",
            "\"Secretaría contra la Violencia Sexual, Explotación y Trata de Personas\",3,"
                + "2024-09-25,2024-09-25 09:12",
            "'=cmd|' /C calc'!A0,,,",
            "'\tTabulado,1,,");
    assertThat(text).contains("\"Dice \"\"hola\"\"\r\notra línea\",2,,");
    assertThat(TabularWriter.csvCell("+502")).isEqualTo("'+502");
    assertThat(TabularWriter.csvCell("-1")).isEqualTo("'-1");
    assertThat(TabularWriter.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(TabularWriter.csvCell("\rx")).isEqualTo("\"'\rx\"");
    assertThat(MediaTypes.check("datos.csv", "text/csv", bytes)).isEqualTo(MediaType.CSV);
  }

  @Test
  void xlsxHasABoldFrozenFilteredHeaderNumbersAsNumbersAndDatesAsDates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TabularWriter.xlsx("Ciudades Solidarias", COLUMNS, LINES, out);
    byte[] bytes = out.toByteArray();

    assertThat(
            MediaTypes.check(
                "datos.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                bytes))
        .isEqualTo(MediaType.XLSX);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = workbook.getSheet("Ciudades Solidarias");
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Institución");
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D5");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Secretaría contra la Violencia Sexual, Explotación y Trata de Personas");
      assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
      var day = sheet.getRow(1).getCell(2);
      assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
      assertThat(day.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2024, 9, 25));
      assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      var at = sheet.getRow(1).getCell(3);
      assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
      assertThat(at.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 9, 25, 9, 12));
      // a text cell in a workbook is never a formula
      assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
      assertThat(sheet.getRow(2).getCell(1)).isNull();
    }
  }
}
