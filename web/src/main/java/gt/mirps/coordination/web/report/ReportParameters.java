package gt.mirps.coordination.web.report;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.report.CommitmentReportFilter;
import gt.mirps.coordination.report.ParticipationGrouping;
import gt.mirps.coordination.report.ParticipationReportFilter;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The filters of a report as query parameters of the export URLs: {@code desde}, {@code hasta} (ISO
 * dates), {@code agrupar} (institucion, tipo, pais, evento, ninguno), {@code serie}, {@code
 * tipoEvento}, {@code tipoInstitucion}, {@code pais} (ISO code), {@code rol}, {@code asistencia};
 * for commitments {@code estado}, {@code area}, {@code vencidos}. Values of lists are the codes the
 * application uses (CONFERENCE, UN_AGENCY, ATTENDED…), in any case. A wrong value is refused with a
 * sentence in the reader's language.
 */
public final class ReportParameters {

  /** A parameter the export cannot use; its message is for the person. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  static final Map<String, ParticipationGrouping> GROUPINGS =
      Map.of(
          "institucion", ParticipationGrouping.INSTITUTION,
          "tipo", ParticipationGrouping.INSTITUTION_KIND,
          "pais", ParticipationGrouping.COUNTRY,
          "evento", ParticipationGrouping.EVENT,
          "ninguno", ParticipationGrouping.NONE);

  private final Function<String, String> parameters;
  private final ResourceBundle texts;
  private final Locale locale;

  public ReportParameters(
      Function<String, String> parameters, ResourceBundle texts, Locale locale) {
    this.parameters = parameters;
    this.texts = texts;
    this.locale = locale;
  }

  public ParticipationGrouping grouping() throws Refused {
    String value = value("agrupar");
    if (value == null) {
      return ParticipationGrouping.INSTITUTION;
    }
    ParticipationGrouping grouping = GROUPINGS.get(value.toLowerCase(Locale.ROOT));
    if (grouping == null) {
      throw refused(
          "agrupar", value, String.join(", ", GROUPINGS.keySet().stream().sorted().toList()));
    }
    return grouping;
  }

  public ParticipationReportFilter participation() throws Refused {
    LocalDate from = date("desde");
    LocalDate to = date("hasta");
    try {
      return new ParticipationReportFilter(
          from,
          to,
          value("serie"),
          choice("tipoEvento", EventKind.class),
          choice("tipoInstitucion", InstitutionKind.class),
          country(),
          choice("rol", ParticipationRole.class),
          choice("asistencia", AttendanceState.class));
    } catch (RuleViolation reversed) {
      throw new Refused(text(reversed.messageKey()));
    }
  }

  public CommitmentReportFilter commitments() throws Refused {
    LocalDate from = date("desde");
    LocalDate to = date("hasta");
    String overdue = value("vencidos");
    if (overdue != null
        && !overdue.equalsIgnoreCase("true")
        && !overdue.equalsIgnoreCase("false")) {
      throw refused("vencidos", overdue, "true, false");
    }
    try {
      return new CommitmentReportFilter(
          from,
          to,
          choice("estado", CommitmentStatus.class),
          choice("area", ThematicArea.class),
          choice("tipoInstitucion", InstitutionKind.class),
          value("serie"),
          Boolean.parseBoolean(overdue));
    } catch (RuleViolation reversed) {
      throw new Refused(text(reversed.messageKey()));
    }
  }

  private String country() throws Refused {
    String code = value("pais");
    if (code != null && !code.matches("[A-Za-z]{2}")) {
      throw new Refused(text("reports.bad.country", code));
    }
    return code == null ? null : code.toUpperCase(Locale.ROOT);
  }

  private LocalDate date(String name) throws Refused {
    String value = value(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException notADate) {
      throw new Refused(text("reports.bad.date", name, value));
    }
  }

  private <E extends Enum<E>> E choice(String name, Class<E> type) throws Refused {
    String value = value(name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw refused(
          name,
          value,
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  private String value(String name) {
    String value = parameters.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Refused refused(String name, String value, String allowed) {
    return new Refused(text("reports.bad.value", name, value, allowed));
  }

  private String text(String key, Object... args) {
    return Messages.format(texts, locale, key, args);
  }
}
