package gt.mirps.coordination.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.report.EventBrief;
import gt.mirps.coordination.report.EventBrief.CommitmentLine;
import gt.mirps.coordination.report.EventBrief.InstitutionPart;
import gt.mirps.coordination.report.EventBrief.Representative;
import gt.mirps.coordination.report.EventBrief.SessionLine;
import gt.mirps.coordination.web.i18n.Messages;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class BriefPdfTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-GT");
  private static final ResourceBundle TEXTS = Messages.bundle(SPANISH);
  private static final LocalDate TODAY = LocalDate.of(2024, 10, 1);

  /** The demo conference as the seed records it. */
  static EventBrief demoConference() {
    LocalDateTime opening = LocalDateTime.of(2024, 9, 25, 9, 0);
    return new EventBrief(
        7,
        "II Conferencia Nacional de Ciudades Solidarias",
        EventKind.CONFERENCE,
        EventStatus.HELD,
        LocalDate.of(2024, 9, 25),
        LocalDate.of(2024, 9, 26),
        "Ciudad de Guatemala, Guatemala, Guatemala",
        List.of("Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)"),
        List.of(),
        "Promover un intercambio de buenas prácticas con gobiernos locales y el Gobierno central"
            + " para crear la Red de Ciudades Solidarias.",
        14,
        List.of(
            new InstitutionPart(
                "Ministerio de Relaciones Exteriores (MINEX)",
                2,
                List.of(
                    new Representative("Carlos Ramiro Martínez", "Canciller"),
                    new Representative("Antonio Escobedo", "Vicecanciller"))),
            new InstitutionPart(
                "Vicepresidencia de la República de Guatemala",
                1,
                List.of(new Representative("Karin Herrera", "Vicepresidenta de la República"))),
            new InstitutionPart(
                "Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)",
                1,
                List.of(new Representative(null, "Representante de ACNUR en Guatemala"))),
            new InstitutionPart("Instituto Guatemalteco de Migración (IGM)", 1, List.of())),
        List.of(
            new SessionLine(
                "La importancia de la creación de la Red Nacional de Ciudades Solidarias",
                opening.plusHours(1),
                opening.plusHours(2),
                List.of("Carlos Ramiro Martínez"))),
        List.of(
            new CommitmentLine(
                "Continuar impulsando acciones en beneficio de las personas refugiadas",
                "Ministerio de Relaciones Exteriores (MINEX)",
                CommitmentStatus.IN_PROGRESS,
                LocalDate.of(2025, 12, 31))),
        List.of("autoridades-del-minex-participan-en-la-ii-conferencia"));
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      assertThat(reader.getNumberOfPages()).isEqualTo(1);
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }

  @Test
  void theDemoConferenceFitsOnePageInSpanish() throws IOException {
    BriefPdf.Fitted fitted =
        BriefPdf.write(demoConference(), "https://mirps.example/app", TODAY, TEXTS, SPANISH);

    String text = text(fitted.pdf());
    assertThat(text)
        .contains("Ficha del evento")
        .contains("II Conferencia Nacional de Ciudades Solidarias")
        .contains("25 y 26 de septiembre de 2024")
        .contains("Carlos Ramiro Martínez, Canciller")
        .contains("Representante de ACNUR en Guatemala")
        .contains("ACNUR")
        .contains("En curso")
        .contains("https://mirps.example/app/comunicados/autoridades-del-minex")
        .contains("Página 1");
    // the consenting people are named; nothing was cut
    assertThat(fitted.summary().moreInstitutions()).isNull();
    assertThat(fitted.summary().institutions()).hasSize(4);
  }

  @Test
  void aLargeEventIsSummarisedOntoOnePage() throws IOException {
    EventBrief demo = demoConference();
    List<InstitutionPart> institutions = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      List<Representative> people = new ArrayList<>();
      for (int p = 1; p <= 6; p++) {
        people.add(new Representative("Persona " + i + "-" + p, "Director de área número " + p));
      }
      institutions.add(new InstitutionPart("Municipalidad de prueba número " + i, 6, people));
    }
    List<SessionLine> sessions = new ArrayList<>();
    List<CommitmentLine> commitments = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      LocalDateTime at = LocalDateTime.of(2024, 9, 25, 8, 0).plusMinutes(30L * i);
      sessions.add(
          new SessionLine(
              "Sesión de trabajo " + i, at, at.plusMinutes(30), List.of("Ponente " + i)));
      commitments.add(
          new CommitmentLine(
              "Compromiso " + i, "Municipalidad " + i, CommitmentStatus.PLANNING, null));
    }
    EventBrief large =
        new EventBrief(
            demo.eventId(),
            demo.title(),
            demo.kind(),
            demo.status(),
            demo.firstDay(),
            demo.lastDay(),
            demo.place(),
            demo.organisers(),
            demo.coOrganisers(),
            "Propósito largo. ".repeat(200),
            720,
            institutions,
            sessions,
            commitments,
            demo.communiqueSlugs());

    BriefPdf.Fitted fitted = BriefPdf.write(large, "http://localhost", TODAY, TEXTS, SPANISH);

    String text = text(fitted.pdf());
    int shown = fitted.summary().institutions().size();
    assertThat(shown).isLessThan(120).isPositive();
    String more = "y " + (120 - shown) + " instituciones más";
    assertThat(fitted.summary().moreInstitutions()).isEqualTo(more);
    assertThat(text)
        .contains(more)
        .contains("sesiones más")
        .contains("compromisos más")
        .contains("720 personas de 120 instituciones");
  }

  @Test
  void inEnglishTheBriefSpeaksEnglish() throws IOException {
    Locale english = Locale.ENGLISH;
    BriefPdf.Fitted fitted =
        BriefPdf.write(
            demoConference(), "http://localhost", TODAY, Messages.bundle(english), english);

    assertThat(text(fitted.pdf()))
        .contains("Event brief")
        .contains("Participating institutions and their representatives")
        .contains("In progress")
        .contains("Page 1")
        .doesNotContain("Ficha del evento");
  }
}
