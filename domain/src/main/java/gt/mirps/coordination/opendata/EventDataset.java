package gt.mirps.coordination.opendata;

/** The public facts of every event, latest first. */
public interface EventDataset extends OpenDataset<PublicEvent> {}
