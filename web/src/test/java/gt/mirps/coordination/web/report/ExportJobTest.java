package gt.mirps.coordination.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.web.export.Column;
import gt.mirps.coordination.web.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A background export, run in the test's thread: its file, its progress, its cancelling. */
class ExportJobTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-GT");
  private static final ResourceBundle TEXTS = Messages.bundle(SPANISH);
  private static final List<Column<Integer>> COLUMNS =
      List.of(
          Column.number("Número", 10, (Integer n) -> n), Column.text("Año", 10, n -> "Año " + n));

  /** A report of {@code rows} numbers read in pages of 10; {@code onPage} runs before each page. */
  private static ExportJob job(int rows, AtomicReference<ExportJob> self, Runnable onPage)
      throws IOException {
    ExportJob job =
        new ExportJob(
            ReportFormat.CSV,
            progress -> {
              progress.total(rows);
              return new ReportDocument<>(
                  "Números",
                  "numeros",
                  List.of(),
                  COLUMNS,
                  PagedRows.byPosition(
                      (first, max) -> {
                        onPage.run();
                        return IntStream.range(first, Math.min(rows, first + max)).boxed().toList();
                      },
                      10,
                      progress));
            },
            TEXTS,
            SPANISH);
    self.set(job);
    return job;
  }

  @Test
  void aFinishedExportKeepsItsFileUntilHandedOver() throws IOException {
    AtomicReference<ExportJob> self = new AtomicReference<>();
    ExportJob job = job(25, self, () -> {});
    job.run();

    assertThat(job.state()).isEqualTo(ExportJob.State.DONE);
    assertThat(job.percent()).isEqualTo(100);
    assertThat(job.written()).isEqualTo(25);
    assertThat(job.total()).isEqualTo(25);
    assertThat(job.fileName()).isEqualTo("numeros.csv");
    String csv = Files.readString(job.file(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFNúmero,Año\r\n0,Año 0\r\n").contains("24,Año 24");
    job.discard();
    assertThat(job.file()).doesNotExist();
  }

  @Test
  void itsStatusSaysItIsCountingUntilTheTotalIsKnownThenTheRowsWritten() throws IOException {
    AtomicReference<ExportJob> self = new AtomicReference<>();
    List<String> seen = new ArrayList<>();
    ExportJob job = job(2500, self, () -> seen.add(self.get().status()));
    assertThat(job.status()).isEqualTo("Preparando el archivo CSV: contando las filas…");

    job.run();

    assertThat(seen)
        .startsWith(
            "Preparando el archivo CSV: 0 de 2,500 filas.",
            "Preparando el archivo CSV: 10 de 2,500 filas.");
    assertThat(job.status()).isEqualTo("Preparando el archivo CSV: 2,500 de 2,500 filas.");
    ExportJob inEnglish =
        new ExportJob(
            ReportFormat.PDF,
            progress -> {
              throw new IllegalStateException("never run");
            },
            Messages.bundle(Locale.ENGLISH),
            Locale.ENGLISH);
    assertThat(inEnglish.status()).isEqualTo("Preparing the PDF file: counting the rows…");
    inEnglish.discard();
    job.discard();
  }

  @Test
  void aCancelledExportStopsAtTheNextPageAndDeletesItsFile() throws IOException {
    AtomicReference<ExportJob> self = new AtomicReference<>();
    int[] pages = {0};
    ExportJob job =
        job(
            1000,
            self,
            () -> {
              if (++pages[0] == 2) {
                self.get().cancel();
              }
            });
    job.run();

    assertThat(job.state()).isEqualTo(ExportJob.State.CANCELLED);
    assertThat(pages[0]).isEqualTo(2);
    assertThat(job.written()).isEqualTo(20);
    assertThat(job.file()).doesNotExist();
  }

  @Test
  void aFailedExportSaysSoAndDeletesItsFile() throws IOException {
    AtomicReference<ExportJob> self = new AtomicReference<>();
    ExportJob job =
        job(
            100,
            self,
            () -> {
              throw new IllegalStateException("The database went away");
            });
    job.run();

    assertThat(job.state()).isEqualTo(ExportJob.State.FAILED);
    assertThat(job.file()).doesNotExist();
  }
}
