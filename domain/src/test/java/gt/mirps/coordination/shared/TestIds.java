package gt.mirps.coordination.shared;

import java.lang.reflect.Field;

/** Gives entities the identifier a database would, for testing use cases without one. */
public final class TestIds {

  private TestIds() {}

  /** Sets the private {@code id} field of {@code entity} to {@code id} and returns the entity. */
  public static <T> T assign(T entity, long id) {
    for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException(entity.getClass() + " has no id field");
  }
}
