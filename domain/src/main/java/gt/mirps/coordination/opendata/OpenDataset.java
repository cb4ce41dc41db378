package gt.mirps.coordination.opendata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A dataset the public may download: its rows a page at a time in a stable order, how many there
 * are, and when the data it draws on last changed. Rows hold only public facts: no contact details
 * and no person named without their consent.
 *
 * @param <R> the row type
 */
public interface OpenDataset<R> {

  /** Up to {@code max} rows from position {@code first} (from 0), in the dataset's order. */
  List<R> page(int first, int max);

  /** How many rows the dataset has. */
  long count();

  /** The latest change to the records the dataset draws on; empty when there is none. */
  Optional<Instant> lastUpdate();
}
