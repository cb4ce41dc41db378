package gt.mirps.coordination.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordHashTest {

  private static final String FORMAT =
      "^PBKDF2WithHmacSHA256:210000:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$";
  private static final char[] PASSWORD = "Solidaridad-2024".toCharArray();

  /** One hash for the tests that only read it: each hash costs 210,000 iterations. */
  private static final PasswordHash HASHED = PasswordHash.of(PASSWORD);

  private static final String SALT_16 = Base64.getEncoder().encodeToString(new byte[16]);
  private static final String SALT_32 = Base64.getEncoder().encodeToString(new byte[32]);

  @Test
  void aNewHashIsStoredInJakartaSecuritysPbkdf2Format() {
    String stored = HASHED.encoded();

    assertThat(stored).matches(FORMAT);
    String[] parts = stored.split(":");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
  }

  @Test
  void verifyAcceptsTheRightPassword() {
    assertThat(HASHED.verify("Solidaridad-2024".toCharArray())).isTrue();
  }

  @Test
  void verifyRefusesAWrongPassword() {
    assertThat(HASHED.verify("Solidaridad-2025".toCharArray())).isFalse();
    assertThat(HASHED.verify("solidaridad-2024".toCharArray())).isFalse();
    assertThat(HASHED.verify("Solidaridad-2024 ".toCharArray())).isFalse();
  }

  @Test
  void verifyRefusesNoPasswordAtAll() {
    assertThat(HASHED.verify(new char[0])).isFalse();
    assertThat(HASHED.verify(null)).isFalse();
  }

  @Test
  void twoHashesOfTheSamePasswordDifferByTheirSalt() {
    PasswordHash again = PasswordHash.of(PASSWORD);

    assertThat(again.encoded()).isNotEqualTo(HASHED.encoded());
    assertThat(again.encoded().split(":")[2]).isNotEqualTo(HASHED.encoded().split(":")[2]);
    assertThat(again).isNotEqualTo(HASHED);
    assertThat(again.verify(PASSWORD)).isTrue();
  }

  @Test
  void hashingLeavesTheCallersPasswordAlone() {
    char[] password = "Ciudades-Solidarias".toCharArray();

    PasswordHash.of(password);

    assertThat(password).isEqualTo("Ciudades-Solidarias".toCharArray());
  }

  @Test
  void anEmptyPasswordCannotBeHashed() {
    assertThatThrownBy(() -> PasswordHash.of(new char[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PasswordHash.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStoredHashIsReadBackAndStillVerifies() {
    PasswordHash read = PasswordHash.parse(HASHED.encoded());

    assertThat(read).isEqualTo(HASHED).hasSameHashCodeAs(HASHED);
    assertThat(read.encoded()).isEqualTo(HASHED.encoded());
    assertThat(read.verify(PASSWORD)).isTrue();
    assertThat(read.verify("otra-contraseña".toCharArray())).isFalse();
  }

  @Test
  void aHashMadeTheWayJakartaSecurityDoesIsVerified() throws Exception {
    // Pbkdf2PasswordHash's defaults: 2048 iterations, 32-byte salt and key.
    byte[] salt = new byte[32];
    Arrays.fill(salt, (byte) 7);
    byte[] key =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(PASSWORD, salt, 2048, 256))
            .getEncoded();
    String stored =
        "PBKDF2WithHmacSHA256:2048:"
            + Base64.getEncoder().encodeToString(salt)
            + ":"
            + Base64.getEncoder().encodeToString(key);

    PasswordHash read = PasswordHash.parse(stored);

    assertThat(read.verify(PASSWORD)).isTrue();
    assertThat(read.verify("Solidaridad-2025".toCharArray())).isFalse();
    assertThat(read.encoded()).isEqualTo(stored);
  }

  static Stream<String> malformed() {
    String hash = HASHED.encoded();
    String[] parts = hash.split(":");
    return Stream.of(
        null,
        "",
        "Solidaridad-2024",
        "PBKDF2WithHmacSHA1:210000:" + parts[2] + ":" + parts[3],
        "pbkdf2withhmacsha256:210000:" + parts[2] + ":" + parts[3],
        "PBKDF2WithHmacSHA256:210000:" + parts[2],
        hash + ":",
        ":" + hash,
        "PBKDF2WithHmacSHA256::" + parts[2] + ":" + parts[3],
        "PBKDF2WithHmacSHA256:abc:" + parts[2] + ":" + parts[3],
        "PBKDF2WithHmacSHA256:+210000:" + parts[2] + ":" + parts[3],
        "PBKDF2WithHmacSHA256:-210000:" + parts[2] + ":" + parts[3],
        "PBKDF2WithHmacSHA256:0210000:" + parts[2] + ":" + parts[3],
        "PBKDF2WithHmacSHA256:1023:" + parts[2] + ":" + parts[3],
        "PBKDF2WithHmacSHA256:10000001:" + parts[2] + ":" + parts[3],
        "PBKDF2WithHmacSHA256:99999999999:" + parts[2] + ":" + parts[3],
        "PBKDF2WithHmacSHA256:210000::" + parts[3],
        "PBKDF2WithHmacSHA256:210000:" + parts[2] + ":",
        "PBKDF2WithHmacSHA256:210000:@@@@:" + parts[3],
        "PBKDF2WithHmacSHA256:210000:" + parts[2] + ":not base64!",
        // URL-safe Base64 is not the standard alphabet.
        "PBKDF2WithHmacSHA256:210000:" + SALT_32.replace('A', '-') + ":" + parts[3],
        // Unpadded Base64 is not the canonical spelling.
        "PBKDF2WithHmacSHA256:210000:" + parts[2].replace("=", "") + ":" + parts[3],
        // A salt or hash shorter than Jakarta Security's minimum of 16 bytes.
        "PBKDF2WithHmacSHA256:210000:"
            + Base64.getEncoder().encodeToString(new byte[15])
            + ":"
            + parts[3],
        "PBKDF2WithHmacSHA256:210000:"
            + parts[2]
            + ":"
            + Base64.getEncoder().encodeToString(new byte[8]),
        "PBKDF2WithHmacSHA256:210000:"
            + Base64.getEncoder().encodeToString(new byte[65])
            + ":"
            + parts[3],
        hash + " ",
        " " + hash);
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void aMalformedStoredValueIsRefusedWithoutRepeatingIt(String stored) {
    assertThatThrownBy(() -> PasswordHash.parse(stored))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a well-formed PBKDF2WithHmacSHA256 password hash");
  }

  @Test
  void theSmallestAndLargestAcceptedParametersAreRead() {
    String smallest = "PBKDF2WithHmacSHA256:1024:" + SALT_16 + ":" + SALT_16;
    String largest =
        "PBKDF2WithHmacSHA256:10000000:"
            + Base64.getEncoder().encodeToString(new byte[64])
            + ":"
            + Base64.getEncoder().encodeToString(new byte[64]);

    assertThat(PasswordHash.parse(smallest).encoded()).isEqualTo(smallest);
    assertThat(PasswordHash.parse(largest).encoded()).isEqualTo(largest);
    assertThat(largest.length()).isLessThanOrEqualTo(PasswordHash.STORED_MAX);
  }

  @Test
  void toStringNamesTheAlgorithmButNotTheHash() {
    String shown = HASHED.toString();

    assertThat(shown).isEqualTo("PasswordHash[PBKDF2WithHmacSHA256]");
    for (String part : HASHED.encoded().split(":")) {
      if (!part.equals("PBKDF2WithHmacSHA256")) {
        assertThat(shown).doesNotContain(part);
      }
    }
  }
}
