package gt.mirps.coordination.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.report.CommitmentReportFilter;
import gt.mirps.coordination.report.CommitmentTrack;
import gt.mirps.coordination.report.ParticipationGroup;
import gt.mirps.coordination.report.ParticipationGrouping;
import gt.mirps.coordination.report.ParticipationLine;
import gt.mirps.coordination.report.ParticipationReportFilter;
import gt.mirps.coordination.report.ReportQueries;
import gt.mirps.coordination.report.ReportSort;
import gt.mirps.coordination.report.Reports;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.web.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The reports' files, opened the way a reader would: POI for XLSX, OpenPDF for PDF. */
class ReportFilesTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-GT");
  private static final ResourceBundle TEXTS = Messages.bundle(SPANISH);

  private static final ParticipationGroup ACNUR =
      new ParticipationGroup(
          "7",
          "Alto Comisionado de las Naciones Unidas para los Refugiados",
          "ACNUR",
          null,
          5,
          4,
          1);
  private static final ParticipationGroup HOSTILE =
      new ParticipationGroup("8", "=HYPERLINK(\"http://x\")", null, null, 2, 0, 2);

  /** A database in a list: 2 groups, {@code lines} participations, one overdue commitment. */
  private static final class ListedQueries implements ReportQueries {
    final List<ParticipationLine> lines = new ArrayList<>();
    final AtomicInteger pagesRead = new AtomicInteger();

    ListedQueries(long lineCount) {
      LongStream.rangeClosed(1, lineCount)
          .forEach(
              id ->
                  lines.add(
                      new ParticipationLine(
                          id,
                          "II Conferencia Nacional de Ciudades Solidarias",
                          LocalDate.of(2024, 9, 25),
                          id == 1 ? "Carlos Ramiro Martínez" : null,
                          id == 2 ? "-2+3" : "Ministerio de Relaciones Exteriores",
                          InstitutionKind.MINISTRY,
                          "Guatemala",
                          ParticipationRole.SPEAKER,
                          AttendanceState.ATTENDED,
                          id == 3 ? 4 : 1)));
    }

    @Override
    public long countGroups(ParticipationReportFilter filter, ParticipationGrouping grouping) {
      return 2;
    }

    @Override
    public List<ParticipationGroup> groups(
        ParticipationReportFilter filter,
        ParticipationGrouping grouping,
        ReportSort sort,
        boolean ascending,
        int first,
        int max) {
      pagesRead.incrementAndGet();
      return List.of(ACNUR, HOSTILE).subList(Math.min(first, 2), Math.min(first + max, 2));
    }

    @Override
    public long countLines(ParticipationReportFilter filter) {
      return lines.size();
    }

    @Override
    public List<ParticipationLine> lines(ParticipationReportFilter filter, long afterId, int max) {
      pagesRead.incrementAndGet();
      return lines.stream().filter(l -> l.id() > afterId).limit(max).toList();
    }

    @Override
    public long countCommitments(CommitmentReportFilter filter, LocalDate today) {
      return 1;
    }

    @Override
    public List<CommitmentTrack> commitments(
        CommitmentReportFilter filter,
        LocalDate today,
        ReportSort sort,
        boolean ascending,
        int first,
        int max) {
      return commitmentsAfter(filter, today, first - 1, max);
    }

    @Override
    public List<CommitmentTrack> commitmentsAfter(
        CommitmentReportFilter filter, LocalDate today, long afterId, int max) {
      return afterId >= 1
          ? List.of()
          : List.of(
              new CommitmentTrack(
                  1,
                  "Abrir una oficina de atención",
                  "Ministerio de Relaciones Exteriores",
                  "MINEX",
                  CommitmentStatus.IN_PROGRESS,
                  ThematicArea.PROTECTION,
                  "II Conferencia Nacional de Ciudades Solidarias",
                  LocalDate.of(2024, 9, 25),
                  LocalDate.of(2024, 10, 1),
                  LocalDate.of(2024, 9, 26),
                  null));
    }
  }

  private static final Territories TERRITORIES =
      new Territories() {
        @Override
        public Optional<Territory> territory(String ineCode) {
          return Optional.empty();
        }

        @Override
        public List<Territory> departments() {
          return List.of();
        }

        @Override
        public List<Territory> municipalitiesOf(String departmentCode) {
          return List.of();
        }

        @Override
        public Optional<Country> country(String isoCode) {
          return Optional.empty();
        }

        @Override
        public List<Country> mirpsMembers() {
          return List.of();
        }
      };

  private static ReportDocuments documents(ListedQueries queries) {
    return new ReportDocuments(new Reports(queries), TERRITORIES);
  }

  private static byte[] write(ReportDocument<?> document, ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(document, TEXTS, SPANISH, out);
    return out.toByteArray();
  }

  private static ParticipationReportFilter september() {
    return new ParticipationReportFilter(
        LocalDate.of(2024, 9, 1),
        LocalDate.of(2024, 9, 30),
        "Conferencia Nacional de Ciudades Solidarias",
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void theGroupedXlsxHasATypedFrozenFilteredTableWithAccents() throws IOException {
    byte[] xlsx =
        write(
            documents(new ListedQueries(0))
                .participation(
                    september(), ParticipationGrouping.INSTITUTION, TEXTS, SPANISH, Progress.NONE),
            ReportFormat.XLSX);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Institución");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("No se presentaron");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D3");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)");
      assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(5);
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4);
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1);
      // XLSX keeps the text as text: a string cell is never evaluated as a formula.
      assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void theUngroupedCsvHasABomOneRowPerParticipationAndNeutralisedFormulas() throws IOException {
    ListedQueries queries = new ListedQueries(2L * ReportDocuments.PAGE + 500);
    byte[] csv =
        write(
            documents(queries)
                .participation(
                    ParticipationReportFilter.everything(),
                    ParticipationGrouping.NONE,
                    TEXTS,
                    SPANISH,
                    Progress.NONE),
            ReportFormat.CSV);
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    List<String> rows = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(rows).hasSize(2 * ReportDocuments.PAGE + 501);
    assertThat(rows.get(0))
        .isEqualTo(
            "Evento,Fecha,Persona,Institución,Tipo de institución,País,Rol,Asistencia,Personas");
    assertThat(rows.get(1))
        .isEqualTo(
            "II Conferencia Nacional de Ciudades Solidarias,2024-09-25,Carlos Ramiro Martínez,"
                + "Ministerio de Relaciones Exteriores,Ministerio,Guatemala,Ponente,Asistió,1");
    assertThat(rows.get(2)).contains(",,'-2+3,");
    assertThat(rows.get(3)).endsWith(",4");
    // Keyset pages: two full ones and a partial last one, after which nothing more is asked.
    assertThat(queries.pagesRead).hasValue(3);
  }

  @Test
  void thePdfIsInSpanishWithTheFiltersUsedAndPageNumbers() throws IOException {
    byte[] pdf =
        write(
            documents(new ListedQueries(0))
                .participation(
                    september(), ParticipationGrouping.INSTITUTION, TEXTS, SPANISH, Progress.NONE),
            ReportFormat.PDF);
    PdfReader reader = new PdfReader(pdf);
    String page = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
    assertThat(page)
        .contains("Informe de participación")
        .contains("Periodo: del 1 al 30 de septiembre de 2024")
        .contains("Serie de eventos: Conferencia Nacional de Ciudades Solidarias")
        .contains("Agrupado por: Institución")
        .contains("Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)")
        .contains("No se presentaron")
        .contains("Página 1");
  }

  @Test
  void theCommitmentsXlsxHasDatesAsDatesAndTheOverdueFlag() throws IOException {
    byte[] xlsx =
        write(
            documents(new ListedQueries(0))
                .commitments(CommitmentReportFilter.everything(), TEXTS, SPANISH, Progress.NONE),
            ReportFormat.XLSX);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Días hasta cumplirse");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Ministerio de Relaciones Exteriores (MINEX)");
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("En curso");
      assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(6))).isTrue();
      assertThat(sheet.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2024, 10, 1));
      // Overdue against today's date: 1 October 2024 is long past.
      assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Sí");
      assertThat(sheet.getRow(1).getCell(9)).isNull();
    }
  }

  @Test
  void aCancelledExportStopsBeforeTheNextPage() {
    ListedQueries queries = new ListedQueries(3L * ReportDocuments.PAGE);
    AtomicInteger written = new AtomicInteger();
    Progress cancelAfterFirstPage =
        new Progress() {
          @Override
          public void total(long rows) {}

          @Override
          public void advance() {
            written.incrementAndGet();
          }

          @Override
          public boolean cancelled() {
            return written.get() >= ReportDocuments.PAGE;
          }
        };
    ReportDocument<?> document =
        documents(queries)
            .participation(
                ParticipationReportFilter.everything(),
                ParticipationGrouping.NONE,
                TEXTS,
                SPANISH,
                cancelAfterFirstPage);
    assertThatThrownBy(() -> write(document, ReportFormat.CSV)).isInstanceOf(ExportCancelled.class);
    assertThat(written).hasValue(ReportDocuments.PAGE);
    assertThat(queries.pagesRead).hasValue(1);
  }
}
