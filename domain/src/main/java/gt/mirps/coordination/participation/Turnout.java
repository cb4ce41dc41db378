package gt.mirps.coordination.participation;

/**
 * How many take part in an event: participations not cancelled, and of them how many have checked
 * in.
 */
public record Turnout(long registered, long checkedIn) {

  public static final Turnout NONE = new Turnout(0, 0);
}
