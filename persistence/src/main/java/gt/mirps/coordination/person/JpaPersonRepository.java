package gt.mirps.coordination.person;

import gt.mirps.coordination.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** People kept with JPA. */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaPersonRepository() {}

  /** For tests outside the container. */
  JpaPersonRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Person add(Person person) {
    entityManager.persist(person);
    return person;
  }

  @Override
  public Optional<Person> find(long id) {
    return Optional.ofNullable(entityManager.find(Person.class, id));
  }

  @Override
  public List<Person> findByName(String name) {
    return entityManager
        .createNamedQuery("Person.findByNameKey", Person.class)
        .setParameter("key", Text.searchKey(name))
        .getResultList();
  }
}
