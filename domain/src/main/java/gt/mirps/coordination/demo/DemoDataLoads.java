package gt.mirps.coordination.demo;

/** The record of which demo data sets this database has received. */
public interface DemoDataLoads {

  boolean wasLoaded(String dataSet);

  void record(DemoDataLoad load);
}
