package gt.mirps.coordination.report;

import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import java.time.LocalDate;

/**
 * One participation in the ungrouped report: the person's name only when they consented to public
 * lists (otherwise null), the institution as at the event, and the head count (1 for a person).
 */
public record ParticipationLine(
    long id,
    String event,
    LocalDate date,
    String person,
    String institution,
    InstitutionKind institutionKind,
    String country,
    ParticipationRole role,
    AttendanceState state,
    int headCount) {}
