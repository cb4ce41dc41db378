package gt.mirps.coordination.participation;

/**
 * What an import did: how many participants it registered, and how many of them were new people.
 */
public record ImportSummary(int participants, int newPeople) implements java.io.Serializable {}
