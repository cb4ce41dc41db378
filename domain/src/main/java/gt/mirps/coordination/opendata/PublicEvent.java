package gt.mirps.coordination.opendata;

import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventStatus;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The public facts of an event: what, when, where, who organised it, how many institutions took
 * part (as a communiqué counts them, see {@link TakingPart}) and the slug of its latest published
 * communiqué, if any (null otherwise).
 */
public record PublicEvent(
    long id,
    String title,
    EventKind kind,
    EventStatus status,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String venue,
    String city,
    String department,
    List<String> organisers,
    List<String> coOrganisers,
    long institutions,
    String communiqueSlug) {

  public PublicEvent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    organisers = List.copyOf(organisers);
    coOrganisers = List.copyOf(coOrganisers);
  }
}
