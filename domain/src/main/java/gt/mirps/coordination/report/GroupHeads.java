package gt.mirps.coordination.report;

/**
 * How many people one group of participations brings: a person counts one, a delegation its head
 * count. {@code registered} leaves out the cancelled; {@code attended} counts those checked in.
 *
 * @param key what the group is (an institution kind's or a country's code), null for participations
 *     without an institution
 * @param label the group's name where the database has one (a country's), otherwise null
 */
public record GroupHeads(String key, String label, long registered, long attended) {}
