package gt.mirps.coordination.opendata;

/** The active Solidarity Cities, by INE code (so by department, then municipality). */
public interface SolidarityCityDataset extends OpenDataset<PublicSolidarityCity> {}
