package gt.mirps.coordination.person;

/** What the person form holds: the values a person typed; blanks clear optional ones. */
public record PersonDetails(
    String fullName,
    String honorific,
    String position,
    String email,
    String phone,
    boolean publicConsent) {}
