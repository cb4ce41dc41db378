package gt.mirps.coordination.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores instants as SQL timestamps. JDBC writes a timestamp in the JVM's time zone, so the server
 * runs with {@code -Duser.timezone=UTC} (app-ear/src/main/liberty/config/jvm.options) and every
 * stored instant reads as UTC.
 */
@Converter(autoApply = true)
public class InstantColumn implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
