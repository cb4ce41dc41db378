package gt.mirps.coordination.web.participation;

import static gt.mirps.coordination.web.participation.ExportSamples.CANCILLER;
import static gt.mirps.coordination.web.participation.ExportSamples.FORMULA;
import static gt.mirps.coordination.web.participation.ExportSamples.IGM;
import static gt.mirps.coordination.web.participation.ExportSamples.TEXTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ParticipantSpreadsheetTest {

  private static XSSFWorkbook written(Iterable<ParticipantRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParticipantSpreadsheet.write(rows, TEXTS, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void aHeaderRowThenOneRowPerParticipantWithAccentsKept() throws IOException {
    try (XSSFWorkbook workbook = written(List.of(CANCILLER, IGM))) {
      XSSFSheet sheet = workbook.getSheet("Participantes");

      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nombre");
      assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Código");
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      Row canciller = sheet.getRow(1);
      assertThat(canciller.getCell(0).getStringCellValue()).isEqualTo("Carlos Ramiro Martínez");
      assertThat(canciller.getCell(2).getStringCellValue())
          .isEqualTo("Ministerio de Relaciones Exteriores (MINEX)");
      assertThat(canciller.getCell(8).getStringCellValue()).isEqualTo("ABCD2345");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("Instituto Guatemalteco de Migración");
    }
  }

  @Test
  void headCountsAreNumbersAndCheckInTimesAreDates() throws IOException {
    try (XSSFWorkbook workbook = written(List.of(CANCILLER, IGM))) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      assertThat(sheet.getRow(2).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(4.0);
      var checkIn = sheet.getRow(1).getCell(7);
      assertThat(checkIn.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(checkIn)).isTrue();
      assertThat(checkIn.getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2024, 9, 25, 9, 12));
      assertThat(sheet.getRow(2).getCell(7)).isNull();
    }
  }

  @Test
  void theHeaderIsFrozenAndFilteredOverEveryRow() throws IOException {
    try (XSSFWorkbook workbook = written(List.of(CANCILLER, IGM, FORMULA))) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I4");
    }
  }

  @Test
  void aFormulaTypedAsANameStaysText() throws IOException {
    try (XSSFWorkbook workbook = written(List.of(FORMULA))) {
      var cell = workbook.getSheetAt(0).getRow(1).getCell(0);

      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
    }
  }

  @Test
  void manyRowsAllArrive() throws IOException {
    try (XSSFWorkbook workbook = written(ExportSamples.many(450))) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      assertThat(sheet.getLastRowNum()).isEqualTo(450);
      assertThat(sheet.getRow(450).getCell(0).getStringCellValue()).isEqualTo("Participante 450");
    }
  }
}
