package gt.mirps.coordination.announcement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made byte by byte, for the attachment tests. */
final class SampleFiles {

  static final String CSV_TEXT =
      "municipio,departamento,servicios\n"
          + "Flores,Petén,educación\n"
          + "San Benito,Petén,salud\n"
          + "Esquipulas,Chiquimula,apoyo psicosocial\n";

  private SampleFiles() {}

  static byte[] csv() {
    return CSV_TEXT.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] csvWithBom() {
    return withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv());
  }

  /** What Excel's plain "CSV" writes on a Spanish Windows: "educación" in Latin-1. */
  static byte[] csvInLatin1() {
    return CSV_TEXT.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] csvWithNul() {
    byte[] bytes = csv();
    bytes[5] = 0;
    return bytes;
  }

  static byte[] xls() {
    byte[] bytes = new byte[512];
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(ole2, 0, bytes, 0, ole2.length);
    return bytes;
  }

  static byte[] xlsx() {
    return zip(
        null, "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/s1.xml");
  }

  static byte[] xlsxWithComment() {
    return zip("Generado por MIRPS", "[Content_Types].xml", "xl/workbook.xml");
  }

  static byte[] docx() {
    return zip(null, "[Content_Types].xml", "_rels/.rels", "word/document.xml");
  }

  static byte[] zipWithoutContentTypes() {
    return zip(null, "xl/workbook.xml", "datos.txt");
  }

  static byte[] pdf() {
    return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] png() {
    return withPrefix(
        new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A},
        new byte[] {0, 0, 0, 13});
  }

  static byte[] jpeg() {
    return new byte[] {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'
    };
  }

  static byte[] gif() {
    return "GIF89a\u0001\u0000".getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] windowsProgram() {
    return withPrefix("MZ".getBytes(StandardCharsets.US_ASCII), new byte[64]);
  }

  /** A PDF of exactly {@code size} bytes. */
  static byte[] pdfOfSize(int size) {
    byte[] bytes = Arrays.copyOf(pdf(), size);
    Arrays.fill(bytes, pdf().length, size, (byte) ' ');
    return bytes;
  }

  private static byte[] withPrefix(byte[] prefix, byte[] rest) {
    byte[] bytes = Arrays.copyOf(prefix, prefix.length + rest.length);
    System.arraycopy(rest, 0, bytes, prefix.length, rest.length);
    return bytes;
  }

  private static byte[] zip(String comment, String... names) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (comment != null) {
        zip.setComment(comment);
      }
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
