package gt.mirps.coordination.opendata;

/** The institutions of the directory, by name. */
public interface InstitutionDataset extends OpenDataset<PublicInstitution> {}
