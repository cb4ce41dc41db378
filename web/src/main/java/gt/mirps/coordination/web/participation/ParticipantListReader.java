package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.participation.ParticipantImport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a participant list from the bytes of an uploaded file: an XLSX workbook (its first sheet)
 * or a UTF-8 CSV file separated by commas or, as Spanish Excel writes them, semicolons. The format
 * is told by the content, never by the file's name. A file that is neither, empty, over 10 MB, with
 * formulas or with more rows than an import takes is refused with the reason.
 */
public final class ParticipantListReader {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int MAX_COLUMNS = 50;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static {
    // Zip bombs and huge XML parts: refuse entries that inflate suspiciously or past 25 MB (a
    // sheet of 5000 rows by 50 columns stays well below; the workbook is read into memory).
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(25L * 1024 * 1024);
  }

  private ParticipantListReader() {}

  public static UploadedTable read(byte[] content) throws UnreadableFile {
    if (content == null || content.length == 0) {
      throw new UnreadableFile("import.file.empty", "Empty file");
    }
    if (content.length > MAX_BYTES) {
      throw new UnreadableFile(
          "import.file.tooLarge", content.length + " bytes", MAX_BYTES / (1024 * 1024));
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UnreadableFile("import.file.notSupported", "Unreadable header", e);
    }
    return switch (magic) {
      case OOXML -> xlsx(content);
      case OLE2 -> throw new UnreadableFile("import.file.oldExcel", "An OLE2 (XLS) file");
      default -> csv(content);
    };
  }

  private static UploadedTable xlsx(byte[] content) throws UnreadableFile {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
        XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new UnreadableFile("import.file.empty", "A workbook without sheets");
      }
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() > ParticipantImport.MAX_ROWS + 1) {
        throw new UnreadableFile(
            "import.file.tooManyRows", "Too many rows", ParticipantImport.MAX_ROWS);
      }
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<List<String>> lines = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
              throw new UnreadableFile(
                  "import.file.formula",
                  "A formula cell",
                  new CellReference(r, c).formatAsString());
            }
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
          }
        }
        lines.add(cells);
      }
      return table(lines);
    } catch (UnreadableFile e) {
      throw e;
    } catch (Exception | OutOfMemoryError e) {
      // Not a workbook (another OOXML or zip file), damaged, or refused by ZipSecureFile.
      throw new UnreadableFile("import.file.notSupported", "Not a readable XLSX file", e);
    }
  }

  private static UploadedTable csv(byte[] content) throws UnreadableFile {
    String text;
    try {
      int start = startsWithBom(content) ? UTF8_BOM.length : 0;
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content, start, content.length - start))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableFile("import.file.notUtf8", "Not UTF-8 text", e);
    }
    if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\n'))) {
      throw new UnreadableFile("import.file.notSupported", "Binary content");
    }
    if (text.isBlank()) {
      throw new UnreadableFile("import.file.empty", "Blank text");
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();
    List<List<String>> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        if (lines.size() > ParticipantImport.MAX_ROWS + 1) {
          throw new UnreadableFile(
              "import.file.tooManyRows", "Too many rows", ParticipantImport.MAX_ROWS);
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.min(record.size(), MAX_COLUMNS); c++) {
          String cell = record.get(c);
          if (cell.startsWith("=")) {
            throw new UnreadableFile(
                "import.file.formula",
                "A formula cell",
                new CellReference(lines.size(), c).formatAsString());
          }
          cells.add(cell);
        }
        lines.add(cells);
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new UnreadableFile("import.file.badCsv", "Malformed CSV", e);
    }
    return table(lines);
  }

  /** A semicolon when the header row has more semicolons than commas, else a comma. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static boolean startsWithBom(byte[] content) {
    return content.length >= 3
        && content[0] == UTF8_BOM[0]
        && content[1] == UTF8_BOM[1]
        && content[2] == UTF8_BOM[2];
  }

  /** The first line is the header; blank lines are left out but keep their numbers. */
  private static UploadedTable table(List<List<String>> lines) throws UnreadableFile {
    if (lines.isEmpty() || lines.get(0).stream().allMatch(String::isBlank)) {
      throw new UnreadableFile("import.file.noHeader", "No header row");
    }
    List<String> headers = new ArrayList<>();
    List<String> given = lines.get(0);
    for (int c = 0; c < given.size(); c++) {
      String header = given.get(c).strip();
      headers.add(header.isEmpty() ? CellReference.convertNumToColString(c) : header);
    }
    List<UploadedTable.Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      List<String> fitted = new ArrayList<>();
      for (int c = 0; c < headers.size(); c++) {
        fitted.add(c < cells.size() ? cells.get(c).strip() : "");
      }
      rows.add(new UploadedTable.Row(i + 1, fitted));
    }
    if (rows.isEmpty()) {
      throw new UnreadableFile("import.file.noRows", "Only a header row");
    }
    if (rows.size() > ParticipantImport.MAX_ROWS) {
      throw new UnreadableFile(
          "import.file.tooManyRows", "Too many rows", ParticipantImport.MAX_ROWS);
    }
    return new UploadedTable(headers, rows);
  }
}
