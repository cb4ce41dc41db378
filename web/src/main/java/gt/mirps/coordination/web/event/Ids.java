package gt.mirps.coordination.web.event;

import java.util.Optional;

/** Record ids as they arrive from a page: text that may be blank or not a number. */
final class Ids {

  private Ids() {}

  static Optional<Long> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.valueOf(value.strip()));
    } catch (NumberFormatException notAnId) {
      return Optional.empty();
    }
  }
}
