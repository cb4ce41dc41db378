package gt.mirps.coordination.demo;

/** A named set of demo records, loaded once per database through the use-case services. */
public interface DemoDataSet {

  /** The name recorded in the demo-data ledger; never changes once released. */
  String name();

  /** Records the data set; runs inside the loader's transaction. */
  void load();
}
