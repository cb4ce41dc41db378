package gt.mirps.coordination.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {

  private final AtomicLong nanos = new AtomicLong(1_000);
  private final RecentAnswers answers = new RecentAnswers(nanos::get);

  private RecentAnswers.Kept kept(String body) {
    return new RecentAnswers.Kept(
        body, null, OpenData.sha256(body), null, nanos.get() + RecentAnswers.LIFETIME.toNanos());
  }

  @Test
  void anAnswerIsServedAgainForItsLifetimeOnly() {
    String address = "http://localhost/api/v1/communiques?page=0";
    answers.keep(address, kept("{\"items\":[]}"));

    assertThat(answers.find(address))
        .extracting(RecentAnswers.Kept::body)
        .isEqualTo("{\"items\":[]}");
    nanos.addAndGet(RecentAnswers.LIFETIME.toNanos() - 1);
    assertThat(answers.find(address)).isNotNull();
    nanos.addAndGet(1);
    assertThat(answers.find(address)).isNull();
  }

  @Test
  void eachAddressHasItsOwnAnswer() {
    answers.keep("http://localhost/api/v1/communiques?page=0", kept("a"));

    assertThat(answers.find("http://localhost/api/v1/communiques?page=1")).isNull();
    assertThat(answers.find("http://localhost/api/v1/communiques?page=0&q=oea")).isNull();
  }

  @Test
  void aFullCacheStartsAfreshRatherThanGrowing() {
    for (int i = 0; i < RecentAnswers.CAPACITY; i++) {
      answers.keep("http://localhost/api/v1/events/" + i, kept("e" + i));
    }
    assertThat(answers.find("http://localhost/api/v1/events/0")).isNotNull();

    answers.keep("http://localhost/api/v1/events/new", kept("new"));

    assertThat(answers.find("http://localhost/api/v1/events/0")).isNull();
    assertThat(answers.find("http://localhost/api/v1/events/new")).isNotNull();
  }
}
