package gt.mirps.coordination.web.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ParticipantListReaderTest {

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String refusal(byte[] content) {
    try {
      ParticipantListReader.read(content);
    } catch (UnreadableFile refused) {
      return refused.messageKey();
    }
    throw new AssertionError("The file was read");
  }

  interface SheetFiller {
    void fill(XSSFWorkbook workbook, Sheet sheet);
  }

  static byte[] xlsx(SheetFiller filler) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      filler.fill(workbook, workbook.createSheet("Participantes"));
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void aCommaSeparatedFileWithQuotesAndAccentsIsRead() throws Exception {
    UploadedTable table =
        ParticipantListReader.read(
            utf8(
                "Nombre,Institución,Cargo\n"
                    + "\"Pérez, Ana María\",MINEX,\"Directora de \"\"Asuntos\"\" Migratorios\"\n"
                    + "José Peña,ACNUR,\n"));

    assertThat(table.headers()).containsExactly("Nombre", "Institución", "Cargo");
    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).line()).isEqualTo(2);
    assertThat(table.rows().get(0).cells())
        .containsExactly("Pérez, Ana María", "MINEX", "Directora de \"Asuntos\" Migratorios");
    assertThat(table.rows().get(1).cells()).containsExactly("José Peña", "ACNUR", "");
  }

  @Test
  void aSpanishExcelFileWithBomAndSemicolonsKeepsItsRowNumbers() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        utf8("Nombre completo;Correo\r\nÁngela Núñez;angela@ejemplo.gt\r\n;\r\nLuis Gómez;\r\n");
    byte[] content = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(body, 0, content, bom.length, body.length);

    UploadedTable table = ParticipantListReader.read(content);

    assertThat(table.headers()).containsExactly("Nombre completo", "Correo");
    assertThat(table.rows())
        .extracting(UploadedTable.Row::line)
        .as("the blank row 3 is left out, row 4 keeps its number")
        .containsExactly(2, 4);
    assertThat(table.rows().get(0).cells()).containsExactly("Ángela Núñez", "angela@ejemplo.gt");
  }

  @Test
  void aCsvFileThatIsNotUtf8IsRefused() {
    byte[] latin1 = "Nombre\nJosé Peña\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(refusal(latin1)).isEqualTo("import.file.notUtf8");
  }

  @Test
  void aFormulaInACsvCellIsRefused() {
    assertThat(refusal(utf8("Nombre;Cargo\nAna;=HYPERLINK(\"x\")\n")))
        .isEqualTo("import.file.formula");
  }

  @Test
  void anUnclosedQuoteIsAMalformedCsv() {
    assertThat(refusal(utf8("Nombre,Cargo\n\"Ana,Directora\nLuis,Asesor\n")))
        .isEqualTo("import.file.badCsv");
  }

  @Test
  void anXlsxWorkbookIsReadWithItsTypes() throws Exception {
    byte[] content =
        xlsx(
            (workbook, sheet) -> {
              Row header = sheet.createRow(0);
              header.createCell(0).setCellValue("Nombre");
              header.createCell(1).setCellValue("Teléfono");
              header.createCell(2).setCellValue("Fecha");
              header.createCell(3).setCellValue("Confirmado");
              Row ana = sheet.createRow(1);
              ana.createCell(0).setCellValue("  Ana Pérez ");
              ana.createCell(1).setCellValue(24100000d);
              CellStyle date = workbook.createCellStyle();
              date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
              ana.createCell(2).setCellValue(LocalDate.of(2024, 9, 25));
              ana.getCell(2).setCellStyle(date);
              ana.createCell(3).setCellValue(true);
              sheet.createRow(3).createCell(0).setCellValue("Luis Gómez");
            });

    UploadedTable table = ParticipantListReader.read(content);

    assertThat(table.headers()).containsExactly("Nombre", "Teléfono", "Fecha", "Confirmado");
    assertThat(table.rows()).extracting(UploadedTable.Row::line).containsExactly(2, 4);
    assertThat(table.rows().get(0).cells())
        .containsExactly("Ana Pérez", "24100000", "2024-09-25", "TRUE");
    assertThat(table.rows().get(1).cells()).containsExactly("Luis Gómez", "", "", "");
  }

  @Test
  void anXlsxWorkbookWithAFormulaIsRefusedNamingTheCell() throws Exception {
    byte[] content =
        xlsx(
            (workbook, sheet) -> {
              sheet.createRow(0).createCell(0).setCellValue("Nombre");
              sheet.createRow(1).createCell(0).setCellValue("Ana");
              sheet.getRow(1).createCell(1).setCellFormula("CONCATENATE(A2,\"!\")");
            });

    assertThatThrownBy(() -> ParticipantListReader.read(content))
        .isInstanceOf(UnreadableFile.class)
        .satisfies(
            e -> {
              assertThat(((UnreadableFile) e).messageKey()).isEqualTo("import.file.formula");
              assertThat(((UnreadableFile) e).arguments()).containsExactly("B2");
            });
  }

  @Test
  void aWorkbookWhoseSheetInflatesHugelyIsRefusedAsAZipBomb() throws Exception {
    byte[] workbook =
        xlsx(
            (book, sheet) -> {
              sheet.createRow(0).createCell(0).setCellValue("Nombre");
              sheet.createRow(1).createCell(0).setCellValue("Ana");
            });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] part = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          // Valid XML that would read as the same sheet: blanks before the root's end.
          String xml = new String(part, StandardCharsets.UTF_8);
          int end = xml.lastIndexOf("</worksheet>");
          zip.write(utf8(xml.substring(0, end)));
          byte[] blanks = new byte[1024 * 1024];
          java.util.Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 30; i++) {
            zip.write(blanks);
          }
          zip.write(utf8(xml.substring(end)));
        } else {
          zip.write(part);
        }
        zip.closeEntry();
      }
    }

    assertThat(out.size()).isLessThan(200_000);
    assertThat(refusal(out.toByteArray())).isEqualTo("import.file.notSupported");
  }

  @Test
  void aZipThatIsNotAWorkbookIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("participantes.csv"));
      zip.write(utf8("Nombre\nAna\n"));
      zip.closeEntry();
    }

    assertThat(refusal(out.toByteArray())).isEqualTo("import.file.notSupported");
  }

  @Test
  void binaryFilesAndOldExcelWorkbooksAreRefusedByTheirContentNotTheirName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    assertThat(refusal(png)).isIn("import.file.notSupported", "import.file.notUtf8");
    assertThat(refusal(ole2)).isEqualTo("import.file.oldExcel");
    assertThat(refusal(utf8("Nombre\u0000\u0001\nAna\n"))).isEqualTo("import.file.notSupported");
  }

  @Test
  void emptyOversizedAndHeaderOnlyFilesAreRefused() {
    assertThat(refusal(new byte[0])).isEqualTo("import.file.empty");
    assertThat(refusal(utf8("  \n \n"))).isEqualTo("import.file.empty");
    assertThat(refusal(new byte[(int) ParticipantListReader.MAX_BYTES + 1]))
        .isEqualTo("import.file.tooLarge");
    assertThat(refusal(utf8("Nombre;Correo\n"))).isEqualTo("import.file.noRows");
    assertThat(refusal(utf8("\nAna\n"))).isEqualTo("import.file.noHeader");
  }

  @Test
  void moreRowsThanAnImportTakesAreRefused() throws Exception {
    StringBuilder csv = new StringBuilder("Nombre\n");
    for (int i = 0; i < 5_001; i++) {
      csv.append("Persona ").append(i).append('\n');
    }
    assertThat(refusal(utf8(csv.toString()))).isEqualTo("import.file.tooManyRows");
    csv.setLength(csv.indexOf("Persona 5000"));
    assertThat(ParticipantListReader.read(utf8(csv.toString())).rows()).hasSize(5_000);
  }

  @Test
  void missingCellsAtTheEndOfARowAreBlank() throws Exception {
    UploadedTable table = ParticipantListReader.read(utf8("Nombre,Cargo,Correo\nAna\n"));

    assertThat(table.rows().get(0).cells()).isEqualTo(List.of("Ana", "", ""));
  }
}
