package gt.mirps.coordination.opendata;

/** The published communiqués, newest first. */
public interface CommuniqueDataset extends OpenDataset<PublicCommunique> {}
