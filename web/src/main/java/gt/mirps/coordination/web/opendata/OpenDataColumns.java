package gt.mirps.coordination.web.opendata;

import gt.mirps.coordination.opendata.PublicCommitment;
import gt.mirps.coordination.opendata.PublicCommunique;
import gt.mirps.coordination.opendata.PublicEvent;
import gt.mirps.coordination.opendata.PublicInstitution;
import gt.mirps.coordination.opendata.PublicSolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.web.export.Column;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The columns of the five open datasets, in the visitor's language. Lists of names are joined with
 * "; "; yes/no facts read "Sí"/"No"; addresses are absolute, from {@code site} (scheme, host, port
 * and context path).
 */
final class OpenDataColumns {

  static final String SEPARATOR = "; ";

  private OpenDataColumns() {}

  private static String joined(List<String> names) {
    return names.isEmpty() ? null : String.join(SEPARATOR, names);
  }

  private static String yesNo(ResourceBundle texts, boolean yes) {
    return texts.getString(yes ? "dataset.yes" : "dataset.no");
  }

  private static String communiqueAddress(String site, String slug) {
    return slug == null ? null : site + "/comunicados/" + slug;
  }

  static ColumnSet<PublicCommunique> communiques(ResourceBundle texts, String site) {
    return new ColumnSet<PublicCommunique>(texts)
        .number("id", 8, PublicCommunique::id)
        .text("title", 60, PublicCommunique::title)
        .date("communiqueDate", 12, PublicCommunique::date)
        .text("address", 50, c -> communiqueAddress(site, c.slug()))
        .text("slug", 30, PublicCommunique::slug)
        .text("tags", 40, c -> joined(c.tags()))
        .text("lead", 80, PublicCommunique::lead);
  }

  static ColumnSet<PublicEvent> events(ResourceBundle texts, String site) {
    return new ColumnSet<PublicEvent>(texts)
        .number("id", 8, PublicEvent::id)
        .text("title", 60, PublicEvent::title)
        .text("eventKind", 14, e -> texts.getString("event.kind." + e.kind().name()))
        .text("eventStatus", 14, e -> texts.getString("event.status." + e.status().name()))
        .dateTime("startsAt", 17, PublicEvent::startsAt)
        .dateTime("endsAt", 17, PublicEvent::endsAt)
        .text("venue", 30, PublicEvent::venue)
        .text("city", 20, PublicEvent::city)
        .text("department", 18, PublicEvent::department)
        .text("organisers", 40, e -> joined(e.organisers()))
        .text("coOrganisers", 40, e -> joined(e.coOrganisers()))
        .number("institutionCount", 14, PublicEvent::institutions)
        .text("communique", 50, e -> communiqueAddress(site, e.communiqueSlug()));
  }

  static ColumnSet<PublicInstitution> institutions(ResourceBundle texts) {
    return new ColumnSet<PublicInstitution>(texts)
        .number("id", 8, PublicInstitution::id)
        .text("name", 60, PublicInstitution::name)
        .text("acronym", 12, PublicInstitution::acronym)
        .text("institutionKind", 24, i -> texts.getString("directory.kind." + i.kind().name()))
        .text("countryCode", 8, PublicInstitution::countryCode)
        .text("country", 16, PublicInstitution::country)
        .text("department", 18, PublicInstitution::department)
        .text("municipality", 22, PublicInstitution::municipality);
  }

  static ColumnSet<PublicSolidarityCity> solidarityCities(ResourceBundle texts) {
    ColumnSet<PublicSolidarityCity> set =
        new ColumnSet<PublicSolidarityCity>(texts)
            .number("id", 8, PublicSolidarityCity::id)
            .text("cityKind", 24, c -> texts.getString("solidarityCity.kind." + c.kind().name()))
            .text("municipality", 22, PublicSolidarityCity::municipality)
            .text("department", 18, PublicSolidarityCity::department)
            .text("ineCode", 10, PublicSolidarityCity::ineCode)
            .date("signedOn", 14, PublicSolidarityCity::signedOn)
            .text("signingInstitution", 40, PublicSolidarityCity::institution)
            .note("services");
    for (SolidarityService service : SolidarityService.values()) {
      set.undescribed(
          Column.text(
              texts.getString("solidarityCity.service." + service.name()),
              14,
              c -> yesNo(texts, c.offers(service))));
    }
    return set.text("network", 14, c -> yesNo(texts, c.networkMember()));
  }

  static ColumnSet<PublicCommitment> commitments(ResourceBundle texts, LocalDate today) {
    return new ColumnSet<PublicCommitment>(texts)
        .number("id", 8, PublicCommitment::id)
        .text("title", 60, PublicCommitment::title)
        .text("submitter", 40, PublicCommitment::submitter)
        .text("cosponsors", 40, c -> joined(c.cosponsors()))
        .text("event", 40, PublicCommitment::event)
        .text("area", 24, c -> texts.getString("commitment.area." + c.area().name()))
        .text("commitmentType", 16, c -> texts.getString("commitment.type." + c.type().name()))
        .text(
            "commitmentStatus", 14, c -> texts.getString("commitment.status." + c.status().name()))
        .date("targetDate", 14, PublicCommitment::targetDate)
        .text("overdue", 10, c -> yesNo(texts, c.isOverdueOn(today)))
        .date("lastProgress", 14, PublicCommitment::lastProgressOn);
  }
}
