package gt.mirps.coordination.participation;

/** The part someone plays at an event. */
public enum ParticipationRole {
  GUEST_OF_HONOUR,
  SPEAKER,
  ORGANISER,
  MODERATOR,
  PANELLIST,
  DELEGATE,
  ATTENDEE,
  OBSERVER
}
