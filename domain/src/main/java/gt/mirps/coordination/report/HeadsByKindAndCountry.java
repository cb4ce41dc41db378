package gt.mirps.coordination.report;

/**
 * The people one institution kind brought from one country, as the database grouped them; both null
 * for participations without an institution. {@link ManagerDashboard} rolls these up by kind and by
 * country, so one scan of the participations serves both charts.
 */
public record HeadsByKindAndCountry(
    String kind, String countryCode, String countryName, long registered, long attended) {}
