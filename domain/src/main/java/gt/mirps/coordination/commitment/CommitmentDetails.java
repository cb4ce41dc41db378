package gt.mirps.coordination.commitment;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import java.time.LocalDate;
import java.util.List;

/**
 * What the commitment form holds besides the submitter: the facts {@link CommitmentRegister}
 * records or revises. {@code event}, {@code description} and {@code targetDate} may be null.
 */
public record CommitmentDetails(
    String title,
    String description,
    Event event,
    CommitmentType type,
    ThematicArea area,
    LocalDate targetDate,
    List<Institution> cosponsors) {}
