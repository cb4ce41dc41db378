package gt.mirps.coordination.report;

import java.time.LocalDate;

/**
 * One row of the grouped participation report. {@code key} names the group (an institution's or
 * event's id, an institution kind, a country code; null for participations without one); {@code
 * name} and {@code otherName} are what the group is called (institution name and acronym, country
 * name in Spanish and English, event title), {@code date} the event's first day. Counts are of
 * people: a delegation counts its head count.
 */
public record ParticipationGroup(
    String key,
    String name,
    String otherName,
    LocalDate date,
    long registered,
    long attended,
    long noShows) {}
