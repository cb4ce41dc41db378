package gt.mirps.coordination.announcement;

import gt.mirps.coordination.shared.RuleViolation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells what a file is from its content, never from what the browser or the file name claim, and
 * refuses anything that is not one of the {@link MediaType}s:
 *
 * <ul>
 *   <li>PDF starts with {@code %PDF-}; PNG with {@code 89 50 4E 47 0D 0A 1A 0A}; JPEG with {@code
 *       FF D8 FF};
 *   <li>XLS is an OLE2 compound file ({@code D0 CF 11 E0 A1 B1 1A E1});
 *   <li>XLSX is a ZIP ({@code PK 03 04}) whose central directory lists {@code [Content_Types].xml}
 *       and an entry under {@code xl/}; only the directory is read, nothing is decompressed;
 *   <li>CSV has no signature: a file named {@code .csv} whose bytes are valid UTF-8 without NUL.
 * </ul>
 *
 * The file name's extension must fit the detected type (so a download opens in the right program),
 * and a declared type, when there is one, must be the detected type or an alias of it. A blank
 * declared type or {@code application/octet-stream} (what browsers send when they do not know)
 * leaves the decision to the content.
 */
public final class MediaTypes {

  /** The largest file accepted: 20 MB. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final String UNKNOWN = "application/octet-stream";

  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

  private MediaTypes() {}

  /**
   * The type of {@code content} uploaded as {@code fileName} with the browser's {@code
   * declaredType} (may be null); refuses empty or oversized files, unknown content, a file name
   * that does not fit the content and a declared type that contradicts it.
   */
  public static MediaType check(String fileName, String declaredType, byte[] content) {
    MediaType detected = detect(fileName, content);
    if (!detected.fitsFileName(fileName)) {
      throw new RuleViolation(
          "attachment.fileName.wrongExtension",
          "File " + fileName + " holds " + detected + " but is not named ." + detected.extensions(),
          fileName,
          detected.extensions().get(0));
    }
    String declared = MediaType.essence(declaredType);
    if (!declared.isEmpty() && !declared.equals(UNKNOWN) && !detected.isDeclaredAs(declared)) {
      throw new RuleViolation(
          "attachment.type.mismatch",
          "File " + fileName + " was declared " + declared + " but holds " + detected.mimeType(),
          declared,
          detected.mimeType());
    }
    return detected;
  }

  /** The type of {@code content}; the file name counts only to recognise CSV, which has no mark. */
  public static MediaType detect(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new RuleViolation("attachment.content.empty", "The file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new RuleViolation(
          "attachment.content.tooLarge",
          "The file has " + content.length + " bytes, more than " + MAX_BYTES,
          MAX_BYTES / (1024 * 1024));
    }
    if (startsWith(content, PDF)) {
      return MediaType.PDF;
    }
    if (startsWith(content, PNG)) {
      return MediaType.PNG;
    }
    if (startsWith(content, JPEG)) {
      return MediaType.JPEG;
    }
    if (startsWith(content, OLE2)) {
      return MediaType.XLS;
    }
    if (startsWith(content, ZIP)) {
      if (ZipDirectory.isSpreadsheet(content)) {
        return MediaType.XLSX;
      }
      throw unsupported(fileName);
    }
    if (fileName != null && MediaType.CSV.fitsFileName(fileName)) {
      if (isUtf8TextWithoutNul(content)) {
        return MediaType.CSV;
      }
      throw new RuleViolation(
          "attachment.csv.invalid", "CSV file " + fileName + " is not UTF-8 text", fileName);
    }
    throw unsupported(fileName);
  }

  private static RuleViolation unsupported(String fileName) {
    return new RuleViolation(
        "attachment.type.unsupported", "Unsupported file type: " + fileName, fileName);
  }

  static boolean isUtf8TextWithoutNul(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return false;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(8192);
    try {
      while (true) {
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
          result.throwException();
        }
        out.clear();
        if (result.isUnderflow()) {
          break;
        }
      }
      while (decoder.flush(out).isOverflow()) {
        out.clear();
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Reads the names in a ZIP's central directory without inflating anything, so a crafted archive
   * (a "zip bomb") costs no more than its own size to inspect.
   */
  static final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int ENTRY_SIZE = 46;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipDirectory() {}

    static boolean isSpreadsheet(byte[] zip) {
      boolean contentTypes = false;
      boolean workbookPart = false;
      int end = findEnd(zip);
      if (end < 0) {
        return false;
      }
      int entries = u16(zip, end + 10);
      long directorySize = u32(zip, end + 12);
      long directoryStart = u32(zip, end + 16);
      if (directoryStart + directorySize > end) {
        return false; // ZIP64 or damaged: neither is a spreadsheet Excel would write at this size
      }
      int at = (int) directoryStart;
      for (int i = 0; i < entries; i++) {
        if (at + ENTRY_SIZE > end || u32(zip, at) != ENTRY_SIGNATURE) {
          return false;
        }
        int nameLength = u16(zip, at + 28);
        int extraLength = u16(zip, at + 30);
        int commentLength = u16(zip, at + 32);
        int nameStart = at + ENTRY_SIZE;
        if (nameStart + nameLength > end) {
          return false;
        }
        String name = new String(zip, nameStart, nameLength, StandardCharsets.UTF_8);
        contentTypes |= name.equals("[Content_Types].xml");
        workbookPart |= name.startsWith("xl/");
        at = nameStart + nameLength + extraLength + commentLength;
      }
      return contentTypes && workbookPart;
    }

    /** Where the end-of-central-directory record starts, searching back over a comment. */
    private static int findEnd(byte[] zip) {
      int last = zip.length - END_SIZE;
      int first = Math.max(0, last - MAX_COMMENT);
      for (int at = last; at >= first; at--) {
        if (u32(zip, at) == END_SIGNATURE && at + END_SIZE + u16(zip, at + 20) == zip.length) {
          return at;
        }
      }
      return -1;
    }

    private static int u16(byte[] bytes, int at) {
      return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] bytes, int at) {
      return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16) & 0xFFFFFFFFL;
    }
  }
}
