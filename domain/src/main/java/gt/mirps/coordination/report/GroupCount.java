package gt.mirps.coordination.report;

/**
 * How many records fall in one group: a status, a thematic area, a service ({@code key} the enum's
 * name), a month ("2024-09") or a department ({@code key} its INE code, {@code label} its name).
 */
public record GroupCount(String key, String label, long count) {}
