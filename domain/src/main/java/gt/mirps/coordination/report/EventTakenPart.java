package gt.mirps.coordination.report;

import java.time.LocalDate;

/** An event an institution took part in, as the Solidarity Cities report lists it. */
public record EventTakenPart(long eventId, String title, LocalDate firstDay, LocalDate lastDay) {}
