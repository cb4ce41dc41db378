package gt.mirps.coordination.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.web.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** How the dashboard words a change of the audit trail. */
class ChangeWordingTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-GT");
  private static final ResourceBundle ES = Messages.bundle(SPANISH);
  private static final ResourceBundle EN = Messages.bundle(Locale.ENGLISH);
  private static final Instant NOW = Instant.parse("2024-09-25T18:00:00Z");

  private static AuditEntry entry(String action, String recordType, long id) {
    return new AuditEntry(NOW, "gerencia", action, recordType, id, null);
  }

  private static String ago(Duration before, ResourceBundle bundle, Locale locale) {
    return ChangeWording.ago(NOW.minus(before), NOW, bundle, locale);
  }

  @Test
  void aChangeReadsAsWhatWasDoneToWhichRecord() {
    AuditEntry published = entry("publish", "Announcement", 12);

    assertThat(ChangeWording.what(published, ES)).isEqualTo("publicó el comunicado");
    assertThat(ChangeWording.record(published, ES)).isEqualTo("Comunicado 12");
    assertThat(ChangeWording.what(published, EN)).isEqualTo("published the communiqué");
    assertThat(ChangeWording.what(entry("event.recorded", "Event", 3), ES))
        .isEqualTo("registró el evento");
  }

  @Test
  void changesNameTheirAuthorOrSayTheSystemMadeThem() {
    UnaryOperator<String> names = u -> u.equals("gerencia") ? "Marta Gómez" : u;
    assertThat(ChangeWording.who(entry("publish", "Announcement", 12), ES, names))
        .isEqualTo("Marta Gómez");
    assertThat(
            ChangeWording.who(
                new AuditEntry(NOW, "system", "event.recorded", "Event", 1, null), ES, names))
        .isEqualTo("el sistema");
  }

  @Test
  void anActionWithoutItsOwnTextStillNamesTheRecordAndTheAction() {
    assertThat(ChangeWording.what(entry("renamed", "Commitment", 7), ES))
        .isEqualTo("Compromiso · renamed");
    assertThat(ChangeWording.what(entry("imported", "Spreadsheet", 7), ES))
        .isEqualTo("Spreadsheet · imported");
    assertThat(ChangeWording.record(entry("imported", "Spreadsheet", 7), ES))
        .isEqualTo("Spreadsheet 7");
  }

  @Test
  void recordsWithAPageLinkToIt() {
    assertThat(ChangeWording.page(entry("revised", "Commitment", 7)))
        .contains("/equipo/compromisos/compromiso.xhtml?id=7");
    assertThat(ChangeWording.page(entry("publish", "Announcement", 12)))
        .contains("/equipo/comunicados/comunicado.xhtml?id=12");
    assertThat(ChangeWording.page(entry("event.revised", "Event", 3)))
        .contains("/equipo/eventos/evento.xhtml?id=3");
    assertThat(ChangeWording.page(entry("participation.checkedIn", "Participation", 9))).isEmpty();
  }

  @Test
  void theTimeOfAChangeIsSaidRelativeToNowInSpanish() {
    assertThat(ago(Duration.ofSeconds(20), ES, SPANISH)).isEqualTo("hace un momento");
    assertThat(ago(Duration.ofMinutes(1), ES, SPANISH)).isEqualTo("hace 1 minuto");
    assertThat(ago(Duration.ofMinutes(5).plusSeconds(40), ES, SPANISH)).isEqualTo("hace 5 minutos");
    assertThat(ago(Duration.ofHours(3), ES, SPANISH)).isEqualTo("hace 3 horas");
    assertThat(ago(Duration.ofDays(1), ES, SPANISH)).isEqualTo("hace 1 día");
    assertThat(ago(Duration.ofDays(65), ES, SPANISH)).isEqualTo("hace 2 meses");
    assertThat(ago(Duration.ofDays(800), ES, SPANISH)).isEqualTo("hace 2 años");
  }

  @Test
  void andInEnglish() {
    assertThat(ago(Duration.ofMinutes(5), EN, Locale.ENGLISH)).isEqualTo("5 minutes ago");
    assertThat(ago(Duration.ofHours(1), EN, Locale.ENGLISH)).isEqualTo("1 hour ago");
  }
}
