package gt.mirps.coordination.web.participation;

import static gt.mirps.coordination.web.participation.ExportSamples.CANCILLER;
import static gt.mirps.coordination.web.participation.ExportSamples.IGM;
import static gt.mirps.coordination.web.participation.ExportSamples.SPANISH;
import static gt.mirps.coordination.web.participation.ExportSamples.TEXTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedListsTest {

  private static final String EVENT = "II Conferencia Nacional de Ciudades Solidarias";

  private static PdfReader signInSheet(List<ParticipantRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SignInSheet.write(EVENT, "25 y 26 de septiembre de 2024", rows, TEXTS, SPANISH, out);
    return new PdfReader(out.toByteArray());
  }

  private static PdfReader badges(List<ParticipantRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Badges.write(EVENT, rows, TEXTS, SPANISH, out);
    return new PdfReader(out.toByteArray());
  }

  private static String text(PdfReader pdf, int page) throws IOException {
    // Table cells wrap long names over lines: compare words, not line breaks.
    return new PdfTextExtractor(pdf).getTextFromPage(page).replaceAll("\\s+", " ");
  }

  @Test
  void theSignInSheetNamesTheEventAndListsEachParticipantWithRoomToSign() throws IOException {
    PdfReader pdf = signInSheet(List.of(CANCILLER, IGM));
    String page = text(pdf, 1);

    assertThat(pdf.getNumberOfPages()).isEqualTo(1);
    assertThat(page)
        .contains("Hoja de firmas")
        .contains(EVENT)
        .contains("25 y 26 de septiembre de 2024")
        .contains("Firma")
        .contains("Lic. Carlos Ramiro Martínez")
        .contains("Ministerio de Relaciones Exteriores (MINEX)")
        .contains("Canciller")
        .contains("Instituto Guatemalteco de Migración (4)")
        .contains("Página 1");
  }

  @Test
  void aLongSignInSheetRunsOverNumberedPagesWithEveryone() throws IOException {
    PdfReader pdf = signInSheet(ExportSamples.many(120));

    assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
    int last = pdf.getNumberOfPages();
    assertThat(text(pdf, 1)).contains("Participante 1").contains("Página 1");
    assertThat(text(pdf, last)).contains("Participante 120").contains("Página " + last);
    // The header row repeats on every page.
    assertThat(text(pdf, last)).contains("Firma");
  }

  @Test
  void badgesComeEightToAPageWithNameInstitutionAndCode() throws IOException {
    PdfReader pdf = badges(ExportSamples.many(9));

    assertThat(pdf.getNumberOfPages()).isEqualTo(2);
    assertThat(text(pdf, 1))
        .contains("Participante 1")
        .contains("Participante 8")
        .doesNotContain("Participante 9")
        .contains("Municipalidad de Villa Nueva")
        .contains("A0000008");
    assertThat(text(pdf, 2)).contains("Participante 9").contains("A0000009");
  }

  @Test
  void aBadgeShowsTheParticipantsRoleAndAccents() throws IOException {
    String page = text(badges(List.of(CANCILLER)), 1);

    assertThat(page).contains("Carlos Ramiro Martínez").contains("Ponente").contains("ABCD2345");
  }

  @Test
  void theQrCodeOfABadgeReadsBackAsTheParticipantCode() throws Exception {
    BitMatrix modules = QrCodes.of("ABCD2345");
    int scale = 4;
    int size = modules.getWidth() * scale;
    int[] pixels = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        pixels[y * size + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));

    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("ABCD2345");
  }
}
