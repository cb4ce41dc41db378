package gt.mirps.coordination.demo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that a demo data set was loaded. It stays after the demo records are edited or
 * deleted, so a restart never loads them again.
 */
@Entity
@Table(name = "demo_data_load")
public class DemoDataLoad {

  @Id
  @Column(name = "data_set", length = 60)
  private String dataSet;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  protected DemoDataLoad() {
    // for JPA
  }

  public DemoDataLoad(String dataSet, Instant loadedAt) {
    this.dataSet = Objects.requireNonNull(dataSet);
    this.loadedAt = Objects.requireNonNull(loadedAt);
  }

  public String dataSet() {
    return dataSet;
  }

  public Instant loadedAt() {
    return loadedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DemoDataLoad that && dataSet.equals(that.dataSet);
  }

  @Override
  public int hashCode() {
    return dataSet.hashCode();
  }
}
