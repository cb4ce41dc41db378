package gt.mirps.coordination.web.announcement;

/** A dataset generated from the record that a communiqué can carry as a file. */
public enum Dataset {
  /** The institutions that took part in each event related to the communiqué. */
  EVENT_INSTITUTIONS,
  /** The register of active Solidarity Cities. */
  SOLIDARITY_CITIES
}
