package gt.mirps.coordination.announcement;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

  private static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  // Accepted: each type, with its declared type, without one, or with what browsers also send.

  @Test
  void acceptsCsvThatIsUtf8Text() {
    assertThat(MediaTypes.check("ciudades-solidarias.csv", "text/csv", SampleFiles.csv()))
        .isEqualTo(MediaType.CSV);
    assertThat(MediaTypes.check("con-bom.csv", "text/csv", SampleFiles.csvWithBom()))
        .isEqualTo(MediaType.CSV);
  }

  @Test
  void acceptsXlsByItsOle2Header() {
    assertThat(MediaTypes.check("municipios.xls", "application/vnd.ms-excel", SampleFiles.xls()))
        .isEqualTo(MediaType.XLS);
  }

  @Test
  void acceptsXlsxByItsZipDirectory() {
    assertThat(MediaTypes.check("municipios.xlsx", XLSX_TYPE, SampleFiles.xlsx()))
        .isEqualTo(MediaType.XLSX);
    assertThat(MediaTypes.check("comentado.xlsx", XLSX_TYPE, SampleFiles.xlsxWithComment()))
        .isEqualTo(MediaType.XLSX);
  }

  @Test
  void acceptsPdf() {
    assertThat(MediaTypes.check("informe.pdf", "application/pdf", SampleFiles.pdf()))
        .isEqualTo(MediaType.PDF);
  }

  @Test
  void acceptsPng() {
    assertThat(MediaTypes.check("foto.png", "image/png", SampleFiles.png()))
        .isEqualTo(MediaType.PNG);
  }

  @Test
  void acceptsJpegWithEitherExtension() {
    assertThat(MediaTypes.check("foto.jpg", "image/jpeg", SampleFiles.jpeg()))
        .isEqualTo(MediaType.JPEG);
    assertThat(MediaTypes.check("foto.jpeg", "image/jpeg", SampleFiles.jpeg()))
        .isEqualTo(MediaType.JPEG);
  }

  @Test
  void withoutADeclaredTypeTheContentDecides() {
    assertThat(MediaTypes.check("informe.pdf", null, SampleFiles.pdf())).isEqualTo(MediaType.PDF);
    assertThat(MediaTypes.check("informe.pdf", " ", SampleFiles.pdf())).isEqualTo(MediaType.PDF);
    assertThat(MediaTypes.check("datos.csv", "application/octet-stream", SampleFiles.csv()))
        .isEqualTo(MediaType.CSV);
  }

  @Test
  void aDeclaredTypeMayCarryParametersCaseAndCommonAliases() {
    assertThat(MediaTypes.check("datos.csv", "Text/CSV; charset=UTF-8", SampleFiles.csv()))
        .isEqualTo(MediaType.CSV);
    assertThat(MediaTypes.check("foto.jpg", "image/jpg", SampleFiles.jpeg()))
        .isEqualTo(MediaType.JPEG);
  }

  @Test
  void theExtensionIsComparedIgnoringCase() {
    assertThat(MediaTypes.check("INFORME.PDF", "application/pdf", SampleFiles.pdf()))
        .isEqualTo(MediaType.PDF);
  }

  @Test
  void aFileOfExactlyTwentyMegabytesIsAccepted() {
    byte[] limit = SampleFiles.pdfOfSize((int) MediaTypes.MAX_BYTES);

    assertThat(MediaTypes.check("grande.pdf", "application/pdf", limit)).isEqualTo(MediaType.PDF);
  }

  // Refused.

  @Test
  void anEmptyFileIsRefused() {
    assertRefused(
        () -> MediaTypes.check("vacio.csv", "text/csv", new byte[0]), "attachment.content.empty");
    assertRefused(
        () -> MediaTypes.check("vacio.csv", "text/csv", null), "attachment.content.empty");
  }

  @Test
  void aFileOverTwentyMegabytesIsRefused() {
    byte[] tooLarge = SampleFiles.pdfOfSize((int) MediaTypes.MAX_BYTES + 1);

    assertRefused(
        () -> MediaTypes.check("grande.pdf", "application/pdf", tooLarge),
        "attachment.content.tooLarge");
  }

  @Test
  void otherKindsOfFileAreRefused() {
    assertRefused(
        () -> MediaTypes.check("animado.gif", "image/gif", SampleFiles.gif()),
        "attachment.type.unsupported");
    assertRefused(
        () -> MediaTypes.check("programa.exe", null, SampleFiles.windowsProgram()),
        "attachment.type.unsupported");
  }

  @Test
  void textThatIsNotNamedCsvIsRefused() {
    assertRefused(
        () -> MediaTypes.check("notas.txt", "text/plain", SampleFiles.csv()),
        "attachment.type.unsupported");
    assertRefused(
        () -> MediaTypes.check("pagina.html", "text/csv", "<script>x</script>".getBytes()),
        "attachment.type.unsupported");
  }

  @Test
  void aCsvThatIsNotUtf8IsRefused() {
    assertRefused(
        () -> MediaTypes.check("latin1.csv", "text/csv", SampleFiles.csvInLatin1()),
        "attachment.csv.invalid");
  }

  @Test
  void aCsvWithANulByteIsRefused() {
    assertRefused(
        () -> MediaTypes.check("nul.csv", "text/csv", SampleFiles.csvWithNul()),
        "attachment.csv.invalid");
  }

  @Test
  void aZipThatIsNotASpreadsheetIsRefused() {
    assertRefused(
        () -> MediaTypes.check("carta.xlsx", XLSX_TYPE, SampleFiles.docx()),
        "attachment.type.unsupported");
    assertRefused(
        () -> MediaTypes.check("datos.xlsx", XLSX_TYPE, SampleFiles.zipWithoutContentTypes()),
        "attachment.type.unsupported");
  }

  @Test
  void aDamagedZipIsRefused() {
    byte[] headerOnly = {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0};
    byte[] truncated = java.util.Arrays.copyOf(SampleFiles.xlsx(), SampleFiles.xlsx().length - 10);

    assertRefused(
        () -> MediaTypes.check("roto.xlsx", XLSX_TYPE, headerOnly), "attachment.type.unsupported");
    assertRefused(
        () -> MediaTypes.check("roto.xlsx", XLSX_TYPE, truncated), "attachment.type.unsupported");
  }

  @Test
  void aDeclaredTypeThatContradictsTheContentIsRefused() {
    assertRefused(
        () -> MediaTypes.check("datos.csv", "application/vnd.ms-excel", SampleFiles.csv()),
        "attachment.type.mismatch");
    assertRefused(
        () -> MediaTypes.check("informe.pdf", "image/png", SampleFiles.pdf()),
        "attachment.type.mismatch");
    assertRefused(
        () -> MediaTypes.check("libro.xls", XLSX_TYPE, SampleFiles.xls()),
        "attachment.type.mismatch");
  }

  @Test
  void aFileNameThatDoesNotFitTheContentIsRefused() {
    assertRefused(
        () -> MediaTypes.check("informe.csv", null, SampleFiles.pdf()),
        "attachment.fileName.wrongExtension");
    assertRefused(
        () -> MediaTypes.check("foto.jpg", null, SampleFiles.png()),
        "attachment.fileName.wrongExtension");
    assertRefused(
        () -> MediaTypes.check("libro.xlsx", null, SampleFiles.xls()),
        "attachment.fileName.wrongExtension");
    assertRefused(
        () -> MediaTypes.check("informe", null, SampleFiles.pdf()),
        "attachment.fileName.wrongExtension");
  }
}
