package gt.mirps.coordination.web.announcement;

import gt.mirps.coordination.announcement.EventCommuniqueWriter;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.web.export.Column;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/** The rows and typed columns of the datasets a communiqué can carry. */
final class DatasetTables {

  /** One institution at one event. */
  record InstitutionRow(
      String event,
      LocalDate eventDay,
      Institution institution,
      int participants,
      List<String> representatives) {}

  private DatasetTables() {}

  /**
   * The institutions that took part in {@code event} (as a communiqué counts them), each with how
   * many people came and who represented it: positions always, names only with consent.
   */
  static List<InstitutionRow> institutionsOf(Event event, List<Participation> participations) {
    Map<Institution, List<Participation>> byInstitution = new LinkedHashMap<>();
    for (Participation participation : EventCommuniqueWriter.takingPart(event, participations)) {
      participation
          .institution()
          .ifPresent(
              i -> byInstitution.computeIfAbsent(i, k -> new ArrayList<>()).add(participation));
    }
    Collator collator = Collator.getInstance(Locale.forLanguageTag("es-GT"));
    collator.setStrength(Collator.PRIMARY);
    List<InstitutionRow> rows = new ArrayList<>();
    byInstitution.forEach(
        (institution, theirs) ->
            rows.add(
                new InstitutionRow(
                    event.title(),
                    event.firstDay(),
                    institution,
                    theirs.stream().mapToInt(Participation::headCount).sum(),
                    theirs.stream()
                        .map(DatasetTables::representative)
                        .flatMap(Optional::stream)
                        .toList())));
    rows.sort(Comparator.comparing((InstitutionRow r) -> r.institution().name(), collator));
    return rows;
  }

  private static Optional<String> representative(Participation participation) {
    Optional<Person> person = participation.person();
    if (person.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> position = participation.positionAtEvent().filter(p -> !p.isBlank());
    if (!person.get().publicConsent()) {
      return position;
    }
    return Optional.of(position.map(p -> p + " ").orElse("") + person.get().fullName());
  }

  static List<Column<InstitutionRow>> institutionColumns(ResourceBundle texts) {
    return List.of(
        Column.text(texts.getString("dataset.column.event"), 40, InstitutionRow::event),
        Column.date(texts.getString("dataset.column.eventDay"), 12, InstitutionRow::eventDay),
        Column.text(texts.getString("dataset.column.institution"), 50, r -> r.institution().name()),
        Column.text(
            texts.getString("dataset.column.acronym"),
            12,
            r -> r.institution().acronym().orElse(null)),
        Column.text(
            texts.getString("dataset.column.kind"),
            24,
            r -> texts.getString("directory.kind." + r.institution().kind().name())),
        Column.text(
            texts.getString("dataset.column.country"), 16, r -> r.institution().country().nameEs()),
        Column.text(
            texts.getString("dataset.column.department"),
            18,
            r -> r.institution().territory().map(DatasetTables::departmentName).orElse(null)),
        Column.text(
            texts.getString("dataset.column.municipality"),
            22,
            r -> r.institution().territory().map(DatasetTables::municipalityName).orElse(null)),
        Column.number(
            texts.getString("dataset.column.participants"), 12, InstitutionRow::participants),
        Column.text(
            texts.getString("dataset.column.representatives"),
            60,
            r -> r.representatives().isEmpty() ? null : String.join("; ", r.representatives())));
  }

  static List<Column<SolidarityCity>> solidarityCityColumns(ResourceBundle texts) {
    String yes = texts.getString("dataset.yes");
    String no = texts.getString("dataset.no");
    List<Column<SolidarityCity>> columns = new ArrayList<>();
    columns.add(
        Column.text(
            texts.getString("dataset.column.kind"),
            24,
            c -> texts.getString("solidarityCity.kind." + c.kind().name())));
    columns.add(
        Column.text(
            texts.getString("dataset.column.municipality"),
            22,
            c -> municipalityName(c.territory())));
    columns.add(
        Column.text(texts.getString("dataset.column.department"), 18, c -> c.department().name()));
    columns.add(
        Column.text(texts.getString("dataset.column.ineCode"), 10, c -> c.territory().code()));
    columns.add(
        Column.date(texts.getString("dataset.column.signedOn"), 14, SolidarityCity::signedOn));
    columns.add(
        Column.text(
            texts.getString("dataset.column.institution"),
            40,
            c -> c.institution().map(Institution::name).orElse(null)));
    for (SolidarityService service : SolidarityService.values()) {
      Function<SolidarityCity, String> offers = c -> c.services().contains(service) ? yes : no;
      columns.add(
          Column.text(texts.getString("solidarityCity.service." + service.name()), 14, offers));
    }
    columns.add(
        Column.text(
            texts.getString("dataset.column.focalPointInstitution"),
            40,
            c ->
                c.focalPoint()
                    .flatMap(Person::currentAffiliation)
                    .map(a -> a.institution().name())
                    .orElse(null)));
    columns.add(
        Column.text(
            texts.getString("dataset.column.network"),
            14,
            c -> c.nationalNetworkMember() ? yes : no));
    return columns;
  }

  private static String departmentName(Territory territory) {
    return territory.department().map(Territory::name).orElse(territory.name());
  }

  private static String municipalityName(Territory territory) {
    return territory.isMunicipality() ? territory.name() : null;
  }
}
