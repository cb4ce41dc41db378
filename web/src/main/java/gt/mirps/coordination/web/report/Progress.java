package gt.mirps.coordination.web.report;

/**
 * What a report being written tells, and asks, between rows: how far it got, and whether to stop.
 */
public interface Progress {

  /** A progress that nobody watches and that never stops (the direct download URLs). */
  Progress NONE =
      new Progress() {
        @Override
        public void total(long rows) {}

        @Override
        public void advance() {}

        @Override
        public boolean cancelled() {
          return false;
        }
      };

  /** How many rows the report will have. */
  void total(long rows);

  /** One more row written. */
  void advance();

  /** True once the person cancelled: the writer stops before the next page. */
  boolean cancelled();
}
