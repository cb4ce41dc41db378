package gt.mirps.coordination.event;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.territory.Territory;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the event form holds, to record a new event or revise one in one step (all or
 * nothing). Optional texts and the territory may be null; the lists may be empty.
 */
public record EventDetails(
    String title,
    EventKind kind,
    EventStatus status,
    String series,
    String edition,
    String purpose,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String venue,
    String city,
    Territory territory,
    String framework,
    List<Institution> organisers,
    List<Institution> coOrganisers,
    String notes) {

  public EventDetails {
    organisers = organisers == null ? List.of() : List.copyOf(organisers);
    coOrganisers = coOrganisers == null ? List.of() : List.copyOf(coOrganisers);
  }
}
