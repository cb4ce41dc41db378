package gt.mirps.coordination.security;

import gt.mirps.coordination.shared.BatchRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** User accounts kept with JPA. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaUserAccountRepository() {}

  /** For tests outside the container. */
  JpaUserAccountRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public UserAccount add(UserAccount account) {
    entityManager.persist(account);
    return account;
  }

  @Override
  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(entityManager.find(UserAccount.class, id));
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    String key = UserAccount.usernameKey(username);
    if (key == null) {
      return Optional.empty();
    }
    return entityManager
        .createNamedQuery("UserAccount.findByUsername", UserAccount.class)
        .setParameter("username", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UserAccount> list() {
    // The roles of every listed account in one more statement, not one per account.
    return BatchRead.of(
            entityManager.createNamedQuery("UserAccount.list", UserAccount.class), "a.roles")
        .getResultList();
  }

  @Override
  public long countActiveAdministrators() {
    return entityManager
        .createNamedQuery("UserAccount.countActiveWithRole", Long.class)
        .setParameter("role", Role.ADMINISTRATOR)
        .getSingleResult();
  }
}
