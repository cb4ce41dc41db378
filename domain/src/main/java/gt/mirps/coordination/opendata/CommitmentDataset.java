package gt.mirps.coordination.opendata;

/** The commitments, oldest first. */
public interface CommitmentDataset extends OpenDataset<PublicCommitment> {}
